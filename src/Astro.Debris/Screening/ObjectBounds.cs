using Astro.Debris.Elements;
using Astro.Debris.Time;

namespace Astro.Debris.Screening;

/// <summary>
/// Per-object bounds over a screening window, from the SGP4 mean elements: the radius band used by the
/// apogee/perigee prefilter, the largest speed and the largest acceleration any valid SGP4 state can have.
/// </summary>
/// <remarks>
/// a = (μ/n²)^⅓ from the Kozai mean motion; perigee/apogee r = a(1 ∓ e). The pad P added on both sides is
/// <c>PrefilterPadKm</c> (default 30 km: SGP4 short-period radial terms ≲ (3/4)·J2·Re²/p ≈ 5–10 km in LEO and the
/// Kozai/Brouwer difference in a, ≈ J2·(Re/a)²·a ≈ 7 km) plus a drag term 3 × (2/3)·a·|Δn|/n with
/// Δn = 2·(ṅ/2)·T (T: largest |t − epoch| in the window, days), plus 2 km/day when the perigee is below 500 km
/// altitude, plus 50 km + 20 km/day for deep-space (SDP4) objects (lunar-solar changes of e and perigee).
/// Valid SGP4 states never lie below one Earth radius (error 6 otherwise), so r_lo = max(r_p − P, Re).
/// Speed: vis-viva v² = μ(2/r − 1/a) with r ≥ r_lo and a ≤ a + P gives v ≤ √(μ(2/r_lo − 1/(a+P))); we use
/// 1.02 × that + 0.05 km/s to cover the difference between SGP4's velocity and the derivative of its position.
/// Acceleration: |r̈| ≤ 1.05 μ/r_lo² (the J2 term adds ≤ 3·J2·(Re/r)² ≈ 0.3 %; drag and SGP4's own model error are far
/// smaller than the remaining margin).
/// </remarks>
internal readonly record struct ObjectBounds(double RadiusLowKm, double RadiusHighKm, double MaxSpeedKmPerSecond, double MaxAccelerationKmPerSecond2)
{
    internal const double Mu = 398600.8;
    internal const double EarthRadiusKm = 6378.135;

    public static ObjectBounds Of(ElementSet e, Epoch start, Epoch end, double padKm)
    {
        double n = e.MeanMotion * 2.0 * Math.PI / 86400.0; // rad/s
        double a = Math.Cbrt(Mu / (n * n));
        double ecc = Math.Clamp(e.Eccentricity, 0.0, 0.999);
        double rp = a * (1.0 - ecc), ra = a * (1.0 + ecc);
        double tDays = Math.Max(Math.Abs(start.SecondsSince(e.Epoch)), Math.Abs(end.SecondsSince(e.Epoch))) / 86400.0;
        double pad = padKm;
        pad += 3.0 * (2.0 / 3.0) * a * (2.0 * Math.Abs(e.MeanMotionDot) * tDays) / e.MeanMotion;
        if (rp - EarthRadiusKm < 500.0) pad += 2.0 * tDays;
        if (2.0 * Math.PI / (n * 60.0) >= 225.0) pad += 50.0 + 20.0 * tDays;
        double rlo = Math.Max(rp - pad, EarthRadiusKm);
        double rhi = ra + pad;
        double aHi = a + pad;
        double v = 1.02 * Math.Sqrt(Mu * (2.0 / rlo - 1.0 / aHi)) + 0.05;
        double acc = 1.05 * Mu / (rlo * rlo);
        return new ObjectBounds(rlo, rhi, v, acc);
    }

    /// <summary>True when the radius bands of two objects come within <paramref name="distanceKm"/>.</summary>
    public static bool Overlap(in ObjectBounds a, in ObjectBounds b, double distanceKm) =>
        a.RadiusLowKm <= b.RadiusHighKm + distanceKm && b.RadiusLowKm <= a.RadiusHighKm + distanceKm;
}
