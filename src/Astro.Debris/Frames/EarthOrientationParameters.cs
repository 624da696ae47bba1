namespace Astro.Debris.Frames;

/// <summary>
/// Earth orientation parameters (EOP) for one instant, as published by the IERS (Bulletin A/B, finals2000A):
/// the UT1−UTC offset, the polar motion angles, the excess length of day and the IAU-1980 celestial pole
/// offsets. <c>default</c> means "no EOP": UT1 = UTC, no polar motion, nominal rotation rate and no
/// nutation corrections, which is what SGP4 users normally want.
/// </summary>
/// <param name="Ut1MinusUtcSeconds">UT1 − UTC (ΔUT1), seconds.</param>
/// <param name="PolarMotionX">Polar motion x<sub>p</sub>, radians (IERS publishes arcseconds: multiply by π/648000).</param>
/// <param name="PolarMotionY">Polar motion y<sub>p</sub>, radians.</param>
/// <param name="LengthOfDaySeconds">Excess length of day (LOD), seconds; scales the Earth rotation rate by (1 − LOD/86400).</param>
/// <param name="DeltaPsiCorrection">Correction δΔψ to the IAU-1980 nutation in longitude (IERS dPsi), radians.</param>
/// <param name="DeltaEpsilonCorrection">Correction δΔε to the IAU-1980 nutation in obliquity (IERS dEps), radians.</param>
public readonly record struct EarthOrientationParameters(
    double Ut1MinusUtcSeconds = 0.0,
    double PolarMotionX = 0.0,
    double PolarMotionY = 0.0,
    double LengthOfDaySeconds = 0.0,
    double DeltaPsiCorrection = 0.0,
    double DeltaEpsilonCorrection = 0.0)
{
    /// <summary>No Earth orientation data: every parameter zero.</summary>
    public static EarthOrientationParameters None => default;

    /// <summary>Radians per arcsecond (π / 648000), for converting IERS values.</summary>
    public const double RadiansPerArcsecond = Math.PI / 648000.0;
}
