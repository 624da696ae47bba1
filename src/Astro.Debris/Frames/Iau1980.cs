namespace Astro.Debris.Frames;

/// <summary>
/// IAU-1976 precession and IAU-1980 nutation (the FK5 reduction of Vallado, Fundamentals of Astrodynamics and
/// Applications, 4th ed., §3.7.2), written from the published equations and coefficients.
/// </summary>
internal static class Iau1980
{
    private const double ArcsecToRad = Math.PI / 648000.0;
    private const double DegToRad = Math.PI / 180.0;

    /// <summary>
    /// The 106-term IAU-1980 nutation series (Seidelmann 1982; Explanatory Supplement to the Astronomical
    /// Almanac 1992, table 3.222.1), in its standard order. Each row: multipliers of the Delaunay arguments
    /// l, l′, F, D, Ω, then A, B (Δψ = Σ (A + B·T) sin θ) and C, D (Δε = Σ (C + D·T) cos θ), in units of 0.0001″.
    /// </summary>
    private static readonly double[] Series =
    [
        //  l   l'   F   D   Ω        A       B        C      D
         0,  0,  0,  0,  1, -171996, -174.2, 92025,  8.9,
         0,  0,  0,  0,  2,    2062,    0.2,  -895,  0.5,
        -2,  0,  2,  0,  1,      46,    0.0,   -24,  0.0,
         2,  0, -2,  0,  0,      11,    0.0,     0,  0.0,
        -2,  0,  2,  0,  2,      -3,    0.0,     1,  0.0,
         1, -1,  0, -1,  0,      -3,    0.0,     0,  0.0,
         0, -2,  2, -2,  1,      -2,    0.0,     1,  0.0,
         2,  0, -2,  0,  1,       1,    0.0,     0,  0.0,
         0,  0,  2, -2,  2,  -13187,   -1.6,  5736, -3.1,
         0,  1,  0,  0,  0,    1426,   -3.4,    54, -0.1,
        // 11-20
         0,  1,  2, -2,  2,    -517,    1.2,   224, -0.6,
         0, -1,  2, -2,  2,     217,   -0.5,   -95,  0.3,
         0,  0,  2, -2,  1,     129,    0.1,   -70,  0.0,
         2,  0,  0, -2,  0,      48,    0.0,     1,  0.0,
         0,  0,  2, -2,  0,     -22,    0.0,     0,  0.0,
         0,  2,  0,  0,  0,      17,   -0.1,     0,  0.0,
         0,  1,  0,  0,  1,     -15,    0.0,     9,  0.0,
         0,  2,  2, -2,  2,     -16,    0.1,     7,  0.0,
         0, -1,  0,  0,  1,     -12,    0.0,     6,  0.0,
        -2,  0,  0,  2,  1,      -6,    0.0,     3,  0.0,
        // 21-30
         0, -1,  2, -2,  1,      -5,    0.0,     3,  0.0,
         2,  0,  0, -2,  1,       4,    0.0,    -2,  0.0,
         0,  1,  2, -2,  1,       4,    0.0,    -2,  0.0,
         1,  0,  0, -1,  0,      -4,    0.0,     0,  0.0,
         2,  1,  0, -2,  0,       1,    0.0,     0,  0.0,
         0,  0, -2,  2,  1,       1,    0.0,     0,  0.0,
         0,  1, -2,  2,  0,      -1,    0.0,     0,  0.0,
         0,  1,  0,  0,  2,       1,    0.0,     0,  0.0,
        -1,  0,  0,  1,  1,       1,    0.0,     0,  0.0,
         0,  1,  2, -2,  0,      -1,    0.0,     0,  0.0,
        // 31-40
         0,  0,  2,  0,  2,   -2274,   -0.2,   977, -0.5,
         1,  0,  0,  0,  0,     712,    0.1,    -7,  0.0,
         0,  0,  2,  0,  1,    -386,   -0.4,   200,  0.0,
         1,  0,  2,  0,  2,    -301,    0.0,   129, -0.1,
         1,  0,  0, -2,  0,    -158,    0.0,    -1,  0.0,
        -1,  0,  2,  0,  2,     123,    0.0,   -53,  0.0,
         0,  0,  0,  2,  0,      63,    0.0,    -2,  0.0,
         1,  0,  0,  0,  1,      63,    0.1,   -33,  0.0,
        -1,  0,  0,  0,  1,     -58,   -0.1,    32,  0.0,
        -1,  0,  2,  2,  2,     -59,    0.0,    26,  0.0,
        // 41-50
         1,  0,  2,  0,  1,     -51,    0.0,    27,  0.0,
         0,  0,  2,  2,  2,     -38,    0.0,    16,  0.0,
         2,  0,  0,  0,  0,      29,    0.0,    -1,  0.0,
         1,  0,  2, -2,  2,      29,    0.0,   -12,  0.0,
         2,  0,  2,  0,  2,     -31,    0.0,    13,  0.0,
         0,  0,  2,  0,  0,      26,    0.0,    -1,  0.0,
        -1,  0,  2,  0,  1,      21,    0.0,   -10,  0.0,
        -1,  0,  0,  2,  1,      16,    0.0,    -8,  0.0,
         1,  0,  0, -2,  1,     -13,    0.0,     7,  0.0,
        -1,  0,  2,  2,  1,     -10,    0.0,     5,  0.0,
        // 51-60
         1,  1,  0, -2,  0,      -7,    0.0,     0,  0.0,
         0,  1,  2,  0,  2,       7,    0.0,    -3,  0.0,
         0, -1,  2,  0,  2,      -7,    0.0,     3,  0.0,
         1,  0,  2,  2,  2,      -8,    0.0,     3,  0.0,
         1,  0,  0,  2,  0,       6,    0.0,     0,  0.0,
         2,  0,  2, -2,  2,       6,    0.0,    -3,  0.0,
         0,  0,  0,  2,  1,      -6,    0.0,     3,  0.0,
         0,  0,  2,  2,  1,      -7,    0.0,     3,  0.0,
         1,  0,  2, -2,  1,       6,    0.0,    -3,  0.0,
         0,  0,  0, -2,  1,      -5,    0.0,     3,  0.0,
        // 61-70
         1, -1,  0,  0,  0,       5,    0.0,     0,  0.0,
         2,  0,  2,  0,  1,      -5,    0.0,     3,  0.0,
         0,  1,  0, -2,  0,      -4,    0.0,     0,  0.0,
         1,  0, -2,  0,  0,       4,    0.0,     0,  0.0,
         0,  0,  0,  1,  0,      -4,    0.0,     0,  0.0,
         1,  1,  0,  0,  0,      -3,    0.0,     0,  0.0,
         1,  0,  2,  0,  0,       3,    0.0,     0,  0.0,
         1, -1,  2,  0,  2,      -3,    0.0,     1,  0.0,
        -1, -1,  2,  2,  2,      -3,    0.0,     1,  0.0,
        -2,  0,  0,  0,  1,      -2,    0.0,     1,  0.0,
        // 71-80
         3,  0,  2,  0,  2,      -3,    0.0,     1,  0.0,
         0, -1,  2,  2,  2,      -3,    0.0,     1,  0.0,
         1,  1,  2,  0,  2,       2,    0.0,    -1,  0.0,
        -1,  0,  2, -2,  1,      -2,    0.0,     1,  0.0,
         2,  0,  0,  0,  1,       2,    0.0,    -1,  0.0,
         1,  0,  0,  0,  2,      -2,    0.0,     1,  0.0,
         3,  0,  0,  0,  0,       2,    0.0,     0,  0.0,
         0,  0,  2,  1,  2,       2,    0.0,    -1,  0.0,
        -1,  0,  0,  0,  2,       1,    0.0,    -1,  0.0,
         1,  0,  0, -4,  0,      -1,    0.0,     0,  0.0,
        // 81-90
        -2,  0,  2,  2,  2,       1,    0.0,    -1,  0.0,
        -1,  0,  2,  4,  2,      -2,    0.0,     1,  0.0,
         2,  0,  0, -4,  0,      -1,    0.0,     0,  0.0,
         1,  1,  2, -2,  2,       1,    0.0,    -1,  0.0,
         1,  0,  2,  2,  1,      -1,    0.0,     1,  0.0,
        -2,  0,  2,  4,  2,      -1,    0.0,     1,  0.0,
        -1,  0,  4,  0,  2,       1,    0.0,     0,  0.0,
         1, -1,  0, -2,  0,       1,    0.0,     0,  0.0,
         2,  0,  2, -2,  1,       1,    0.0,    -1,  0.0,
         2,  0,  2,  2,  2,      -1,    0.0,     0,  0.0,
        // 91-100
         1,  0,  0,  2,  1,      -1,    0.0,     0,  0.0,
         0,  0,  4, -2,  2,       1,    0.0,     0,  0.0,
         3,  0,  2, -2,  2,       1,    0.0,     0,  0.0,
         1,  0,  2, -2,  0,      -1,    0.0,     0,  0.0,
         0,  1,  2,  0,  1,       1,    0.0,     0,  0.0,
        -1, -1,  0,  2,  1,       1,    0.0,     0,  0.0,
         0,  0, -2,  0,  1,      -1,    0.0,     0,  0.0,
         0,  0,  2, -1,  2,      -1,    0.0,     0,  0.0,
         0,  1,  0,  2,  0,      -1,    0.0,     0,  0.0,
         1,  0, -2, -2,  0,      -1,    0.0,     0,  0.0,
        // 101-106
         0, -1,  2,  0,  1,      -1,    0.0,     0,  0.0,
         1,  1,  0, -2,  1,      -1,    0.0,     0,  0.0,
         1,  0, -2,  2,  0,      -1,    0.0,     0,  0.0,
         2,  0,  0,  2,  0,       1,    0.0,     0,  0.0,
         0,  0,  2,  4,  2,      -1,    0.0,     0,  0.0,
         0,  1,  0,  1,  0,       1,    0.0,     0,  0.0,
    ];

    internal const int TermCount = 106;
    private const int Stride = 9;

    /// <summary>The series as rows (for tests): multipliers then A, B, C, D.</summary>
    internal static ReadOnlySpan<double> SeriesTable => Series;

    /// <summary>Mean obliquity of the ecliptic, IAU-1980 (radians), at TT Julian centuries <paramref name="t"/> from J2000.</summary>
    internal static double MeanObliquity(double t) =>
        (84381.448 + t * (-46.8150 + t * (-0.00059 + t * 0.001813))) * ArcsecToRad;

    /// <summary>
    /// IAU-1980 nutation in longitude and obliquity (radians) from the full 106-term series, at TT Julian
    /// centuries <paramref name="t"/> from J2000 (TDB ≈ TT). Corrections (IERS dPsi, dEps) are not included.
    /// </summary>
    internal static (double DeltaPsi, double DeltaEpsilon) Nutation(double t)
    {
        var (dpsi, deps, _) = NutationWithNode(t);
        return (dpsi, deps);
    }

    /// <summary>As <see cref="Nutation"/>, also returning Ω, the mean longitude of the Moon's ascending node (radians).</summary>
    internal static (double DeltaPsi, double DeltaEpsilon, double MoonNode) NutationWithNode(double t)
    {
        // Delaunay arguments, IAU 1980 (Explanatory Supplement 1992, eq. 3.222-2), degrees then radians.
        double l = Fundamental(134.96298139, 1717915922.6330, 31.310, 0.064, t);
        double lp = Fundamental(357.52772333, 129596581.2240, -0.577, -0.012, t);
        double f = Fundamental(93.27191028, 1739527263.1370, -13.257, 0.011, t);
        double d = Fundamental(297.85036306, 1602961601.3280, -6.891, 0.019, t);
        double om = Fundamental(125.04452222, -6962890.5390, 7.455, 0.008, t);

        double dpsi = 0.0, deps = 0.0;
        ReadOnlySpan<double> s = Series;
        // Sum from the smallest terms up to limit rounding.
        for (int i = TermCount - 1; i >= 0; i--)
        {
            int k = i * Stride;
            double arg = s[k] * l + s[k + 1] * lp + s[k + 2] * f + s[k + 3] * d + s[k + 4] * om;
            dpsi += (s[k + 5] + s[k + 6] * t) * Math.Sin(arg);
            deps += (s[k + 7] + s[k + 8] * t) * Math.Cos(arg);
        }
        const double unit = 1e-4 * ArcsecToRad;
        return (dpsi * unit, deps * unit, om);
    }

    private static double Fundamental(double degrees, double arcsecPerCentury, double t2, double t3, double t)
    {
        double arcsec = ((t3 * t + t2) * t + arcsecPerCentury) * t;
        double deg = degrees + arcsec / 3600.0;
        deg %= 360.0;
        return deg * DegToRad;
    }

    /// <summary>
    /// The IAU-1976 precession matrix P that takes mean-of-date (MOD) coordinates to mean-of-J2000:
    /// r_J2000 = R3(ζ) · R2(−θ) · R3(z) · r_MOD (Lieske et al. 1977; Vallado eq. 3-88).
    /// </summary>
    internal static Matrix3D PrecessionModToJ2000(double t)
    {
        double zeta = t * (2306.2181 + t * (0.30188 + t * 0.017998)) * ArcsecToRad;
        double theta = t * (2004.3109 + t * (-0.42665 + t * -0.041833)) * ArcsecToRad;
        double z = t * (2306.2181 + t * (1.09468 + t * 0.018203)) * ArcsecToRad;
        return Matrix3D.R3(zeta) * Matrix3D.R2(-theta) * Matrix3D.R3(z);
    }

    /// <summary>
    /// The rotation from TEME to mean-of-J2000 (Vallado's teme2eci): r_J2000 = P · N · R3(−Eq) · r_TEME with
    /// N = R1(−ε̄) · R3(Δψ) · R1(ε̄ + Δε) and the equation of the equinoxes Eq = Δψ cos ε̄, plus — only when
    /// <paramref name="kinematicTerms"/> is set and the date is after 1997-02-27 — the kinematic terms
    /// 0.00264″ sin Ω + 0.000063″ sin 2Ω (IERS Conventions 1996).
    /// </summary>
    internal static Matrix3D TemeToJ2000(double t, double deltaPsiCorrection, double deltaEpsilonCorrection, bool kinematicTerms = false)
    {
        double meanEps = MeanObliquity(t);
        var (dpsi, deps, om) = NutationWithNode(t);
        dpsi += deltaPsiCorrection;
        deps += deltaEpsilonCorrection;
        double trueEps = meanEps + deps;
        double eqeq = dpsi * Math.Cos(meanEps);
        if (kinematicTerms && t * 36525.0 + 2451545.0 > KinematicTermsStartJulianDate)
            eqeq += (0.00264 * Math.Sin(om) + 0.000063 * Math.Sin(2.0 * om)) * ArcsecToRad;
        Matrix3D nutation = Matrix3D.R1(-meanEps) * Matrix3D.R3(dpsi) * Matrix3D.R1(trueEps);
        return PrecessionModToJ2000(t) * nutation * Matrix3D.R3(-eqeq);
    }

    /// <summary>Julian date (TT) of 1997-02-27 00:00, from which the IAU adopted the kinematic terms of the equation of the equinoxes.</summary>
    internal const double KinematicTermsStartJulianDate = 2450449.5;
}
