namespace Astro.Debris.Time;

/// <summary>Greenwich sidereal time.</summary>
public static class SiderealTime
{
    /// <summary>
    /// Greenwich mean sidereal time, IAU-82 (the form the SGP4 reference uses, Vallado's gstime), in radians [0, 2π).
    /// </summary>
    /// <param name="julianDateUt1">Julian date, UT1 (UTC is used for TLE work, as in the reference).</param>
    public static double Gmst82(double julianDateUt1)
    {
        const double twoPi = 2.0 * Math.PI;
        const double deg2rad = Math.PI / 180.0;
        double tut1 = (julianDateUt1 - 2451545.0) / 36525.0;
        double temp = -6.2e-6 * tut1 * tut1 * tut1 + 0.093104 * tut1 * tut1
                      + (876600.0 * 3600 + 8640184.812866) * tut1 + 67310.54841; // seconds
        temp = (temp * deg2rad / 240.0) % twoPi; // 360/86400 = 1/240, to deg, to rad
        if (temp < 0.0) temp += twoPi;
        return temp;
    }

    /// <summary>
    /// Greenwich mean sidereal time (IAU-82) at an epoch taken as UT1, radians [0, 2π). Same formula as
    /// <see cref="Gmst82(double)"/>, evaluated from the epoch's two Julian-date parts so that no precision is lost
    /// to a single-double Julian date (the scalar overload loses up to ~20 µs of time, ~1.5e-9 rad).
    /// </summary>
    /// <remarks>
    /// The IAU-82 polynomial's linear term (876600 h + 8640184.812866 s)·T splits into 86400 s per day of
    /// elapsed UT1 (a whole number of sidereal turns per whole day, which drops out modulo 2π) and the small
    /// 8640184.812866 s·T term. Since the epoch's whole part is a midnight (J2000 + n + ½ days), only the fractional
    /// part of ½ + <see cref="Epoch.DayFraction"/> contributes; this is evaluated exactly.
    /// </remarks>
    public static double Gmst82(Epoch epoch)
    {
        const double twoPi = 2.0 * Math.PI;
        double days = epoch.DaysSinceJ2000;
        double tut1 = days / 36525.0;
        // Seconds of sidereal time beyond whole days: the 86400·days part contributes only its fractional day.
        double whole = epoch.JulianDayMidnight - Epoch.J2000; // an integer plus one half; exact
        double dayPart = (whole - Math.Floor(whole)) + epoch.DayFraction;
        dayPart -= Math.Floor(dayPart);
        double seconds = 67310.54841 + 86400.0 * dayPart
                         + tut1 * (8640184.812866 + tut1 * (0.093104 - 6.2e-6 * tut1));
        double gmst = (seconds * (twoPi / 86400.0)) % twoPi;
        if (gmst < 0.0) gmst += twoPi;
        return gmst;
    }
}
