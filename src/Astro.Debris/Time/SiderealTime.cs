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

    /// <summary>Greenwich mean sidereal time (IAU-82) at an epoch taken as UT1, radians [0, 2π).</summary>
    public static double Gmst82(Astro.Debris.Time.Epoch epoch) => Gmst82(epoch.ToJulianDate());
}
