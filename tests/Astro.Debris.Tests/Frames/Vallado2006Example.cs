using Astro.Debris.Frames;
using Astro.Debris.Time;

namespace Astro.Debris.Tests.Frames;

/// <summary>
/// The worked example shared by Vallado, Crawford, Hujsak &amp; Kelso, "Revisiting Spacetrack Report #3",
/// AIAA 2006-6753, §"TEME" (and Vallado, Fundamentals of Astrodynamics and Applications, 4th ed.,
/// Example 3-15 / Table 3-6): one state at 2004-04-06 07:51:28.386009 UTC in every frame.
/// Values as published (also quoted in the test suites of SatelliteToolboxTransformations.jl,
/// test/reference_frames/teme/teme.jl, and of several other libraries).
/// </summary>
internal static class Vallado2006Example
{
    internal static readonly Epoch Utc = Epoch.FromCalendar(2004, 4, 6, 7, 51, 28.386009);

    // EOP used in the example (IERS values for that day).
    internal const double Ut1MinusUtc = -0.4399619;   // s
    internal const double Lod = 0.0015563;            // s
    internal const double XpArcsec = -0.140682;
    internal const double YpArcsec = 0.333309;
    internal const double DdPsiArcsec = -0.052195;
    internal const double DdEpsArcsec = -0.003875;
    internal const double TtMinusUtc = 32.0 + 32.184; // ΔAT = 32 s in 2004

    internal static EarthOrientationParameters Eop => new(
        Ut1MinusUtcSeconds: Ut1MinusUtc,
        PolarMotionX: XpArcsec * EarthOrientationParameters.RadiansPerArcsecond,
        PolarMotionY: YpArcsec * EarthOrientationParameters.RadiansPerArcsecond,
        LengthOfDaySeconds: Lod,
        DeltaPsiCorrection: DdPsiArcsec * EarthOrientationParameters.RadiansPerArcsecond,
        DeltaEpsilonCorrection: DdEpsArcsec * EarthOrientationParameters.RadiansPerArcsecond);

    /// <summary>Same as <see cref="Eop"/> without polar motion: the Earth-fixed frame is then PEF.</summary>
    internal static EarthOrientationParameters EopNoPolarMotion => Eop with { PolarMotionX = 0, PolarMotionY = 0 };

    internal static readonly StateVector TemeState = new(
        new Vector3D(5094.18016210, 6127.64465950, 6380.34453270),
        new Vector3D(-4.746131487, 0.785818041, 5.531931288));

    internal static readonly StateVector PefState = new(
        new Vector3D(-1033.47503130, 7901.30558560, 6380.34453270),
        new Vector3D(-3.225632747, -2.872442511, 5.531931288));

    internal static readonly StateVector ItrfState = new(
        new Vector3D(-1033.4793830, 7901.2952754, 6380.3565958),
        new Vector3D(-3.225636520, -2.872451450, 5.531924446));

    /// <summary>GCRF with the dPsi/dEps corrections (FK5 reduction of Example 3-15).</summary>
    internal static readonly StateVector GcrfState = new(
        new Vector3D(5102.50895790, 6123.01140070, 6378.13692820),
        new Vector3D(-4.7432201570, 0.7905364970, 5.5337557270));

    /// <summary>Mean-of-J2000 without the corrections (AIAA 2006-6753, teme2eci with ddpsi = ddeps = 0).</summary>
    internal static readonly StateVector J2000State = new(
        new Vector3D(5102.5096, 6123.01152, 6378.1363),
        new Vector3D(-4.7432196, 0.7905366, 5.53375619));
}
