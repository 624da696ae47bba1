using MathNet.Numerics;

namespace Astro.Debris.Probability;

/// <summary>
/// Integrals of a zero-mean 2D Gaussian over a disk or a square, in the principal axes of its covariance. The numerics
/// behind <see cref="CollisionProbability"/>.
/// </summary>
internal static class Gaussian2D
{
    private const double Sqrt2 = 1.4142135623730951;
    private const double InvSqrt2Pi = 0.3989422804014327;

    /// <summary>Relative change between two successive trapezoid estimates accepted as converged.</summary>
    internal const double RelativeTolerance = 1e-12;

    /// <summary>Largest number of θ intervals tried by <see cref="Circle"/>.</summary>
    internal const int MaxIntervals = 1 << 20;

    /// <summary>
    /// P(m − h &lt; X &lt; m + h) for X ~ N(0, σ²), without cancellation in the tails: the difference of two error functions
    /// is taken as a difference of complementary error functions when the whole interval lies on one side of zero.
    /// </summary>
    internal static double Interval(double m, double h, double sigma)
    {
        if (!(h > 0)) return 0;
        double am = Math.Abs(m); // symmetric in m
        double lo = (am - h) / (sigma * Sqrt2);
        double hi = (am + h) / (sigma * Sqrt2);
        if (lo >= 0)
            return 0.5 * (SpecialFunctions.Erfc(lo) - SpecialFunctions.Erfc(hi));
        // The interval straddles zero: both erf terms are positive, no cancellation.
        return 0.5 * (SpecialFunctions.Erf(hi) + SpecialFunctions.Erf(-lo));
    }

    /// <summary>Normal density N(x; 0, σ²).</summary>
    internal static double Density(double x, double sigma)
    {
        double t = x / sigma;
        return InvSqrt2Pi / sigma * Math.Exp(-0.5 * t * t);
    }

    /// <summary>
    /// Probability that X ~ N(0, diag(σu², σw²)) falls in the disk of radius R centred at (u, w).
    /// Pc = ∫ N(s; σu) · P(|Y − w| &lt; √(R² − (s − u)²)) ds over the chord s ∈ [u − R, u + R], with s = u − R cos θ,
    /// θ ∈ [0, π]. The θ-integrand is even and 2π-periodic, so the trapezoid rule (equivalently Gauss–Chebyshev of the
    /// second kind in cos θ) converges geometrically; the number of intervals is doubled until two successive
    /// estimates agree to <see cref="RelativeTolerance"/>. σu ≥ σw is expected (outer integral on the major axis).
    /// </summary>
    internal static double Circle(double u, double w, double sigmaU, double sigmaW, double radius, out bool converged)
    {
        converged = true;
        if (!(radius > 0)) return 0;
        if (double.IsPositiveInfinity(radius)) return 1;

        // Start with enough nodes to resolve the narrowest feature: the strip edge moves by ~R·dθ per step in θ and
        // must be sampled finer than σw; the density along u has width σu.
        double finest = Math.Min(sigmaU, sigmaW);
        double wanted = 4.0 * Math.PI * radius / finest;
        int n = 64;
        while (n < wanted && n < (1 << 16)) n <<= 1;

        double step = Math.PI / n;
        double sum = 0;
        for (int k = 1; k < n; k++) sum += Integrand(k * step, u, w, sigmaU, sigmaW, radius);
        double estimate = sum * step;
        while (true)
        {
            if (n >= MaxIntervals) { converged = false; return Math.Min(estimate, 1.0); }
            double half = step * 0.5;
            double added = 0;
            for (int k = 0; k < n; k++) added += Integrand(half + k * step, u, w, sigmaU, sigmaW, radius);
            sum += added;
            n <<= 1;
            step = half;
            double next = sum * step;
            double diff = Math.Abs(next - estimate);
            estimate = next;
            if (diff <= RelativeTolerance * next || next == 0) return Math.Min(estimate, 1.0);
        }
    }

    private static double Integrand(double theta, double u, double w, double sigmaU, double sigmaW, double radius)
    {
        var (sin, cos) = Math.SinCos(theta);
        double h = radius * sin;
        double s = u - radius * cos;
        double d = Density(s, sigmaU);
        if (d == 0) return 0;
        return h * d * Interval(w, h, sigmaW);
    }

    /// <summary>Probability that X ~ N(0, diag(σu², σw²)) falls in the axis-aligned square of half-width a centred at (u, w).</summary>
    internal static double Square(double u, double w, double sigmaU, double sigmaW, double halfWidth) =>
        Interval(u, halfWidth, sigmaU) * Interval(w, halfWidth, sigmaW);
}
