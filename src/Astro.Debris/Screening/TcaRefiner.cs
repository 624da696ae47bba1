using Astro.Debris.Frames;
using Astro.Debris.Propagation;
using MathNet.Numerics.RootFinding;

namespace Astro.Debris.Screening;

/// <summary>Evaluates two scalar propagators at a time given in seconds from the window start.</summary>
internal readonly struct PairEvaluator(Sgp4Propagator first, double firstOffsetMinutes, Sgp4Propagator second, double secondOffsetMinutes)
{
    public bool TryEvaluate(double seconds, out Sgp4Result a, out Sgp4Result b)
    {
        a = first.Propagate(firstOffsetMinutes + seconds / 60.0);
        b = second.Propagate(secondOffsetMinutes + seconds / 60.0);
        return a.IsSuccess && b.IsSuccess;
    }

    /// <summary>Range rate divided by |Δv|² (seconds; ≈ t − TCA near a fast encounter), NaN on failure.</summary>
    public double ScaledRangeRate(double seconds)
    {
        if (!TryEvaluate(seconds, out var a, out var b)) return double.NaN;
        return Scaled(b.Position - a.Position, b.Velocity - a.Velocity);
    }

    public static double Scaled(Vector3D dr, Vector3D dv)
    {
        double v2 = dv.NormSquared;
        return Vector3D.Dot(dr, dv) / Math.Max(v2, 1e-18);
    }
}

/// <summary>
/// TCA refinement on one grid interval [a, b]: the relative state at both ends (from the scalar propagator) defines a
/// cubic Hermite fit of the relative position, whose range rate ρ·ρ̇ (a quintic) is sampled at 16 sub-steps to isolate
/// its sign changes from − to + (distance minima). Each bracket is checked against the real range rate and finished with
/// MathNet's Brent root finder on the real scalar-propagator range rate (scaled by 1/|Δv|², so that the function is in
/// seconds) to 1e-7 s. Brackets are half-open, f(lo) &lt; 0 ≤ f(hi), so a minimum on a grid point belongs to exactly one
/// interval. When the Hermite signs and the real signs disagree, the 17 sub-step points are evaluated for real instead.
/// </summary>
internal static class TcaRefiner
{
    private const int SubSteps = 16;
    internal const double BrentAccuracySeconds = 1e-7;

    /// <summary>Appends the TCAs (seconds from window start) of the distance minima in (a, b]. False when a propagation failed; then <paramref name="failedSeconds"/> is set.</summary>
    public static bool FindMinima(in PairEvaluator ev, double a, double b, List<double> tcas, out double failedSeconds, out Sgp4Error error1, out Sgp4Error error2)
    {
        failedSeconds = double.NaN;
        error1 = error2 = Sgp4Error.None;
        if (!ev.TryEvaluate(a, out var a1, out var a2)) { failedSeconds = a; error1 = a1.Error; error2 = a2.Error; return false; }
        if (!ev.TryEvaluate(b, out var b1, out var b2)) { failedSeconds = b; error1 = b1.Error; error2 = b2.Error; return false; }
        Vector3D p0 = a2.Position - a1.Position, v0 = a2.Velocity - a1.Velocity;
        Vector3D p1 = b2.Position - b1.Position, v1 = b2.Velocity - b1.Velocity;
        double h = b - a;

        Span<double> g = stackalloc double[SubSteps + 1];
        g[0] = Vector3D.Dot(p0, v0);
        g[SubSteps] = Vector3D.Dot(p1, v1);
        for (int j = 1; j < SubSteps; j++)
        {
            double s = (double)j / SubSteps, s2 = s * s, s3 = s2 * s;
            Vector3D p = (2 * s3 - 3 * s2 + 1) * p0 + ((s3 - 2 * s2 + s) * h) * v0 + (-2 * s3 + 3 * s2) * p1 + ((s3 - s2) * h) * v1;
            Vector3D dp = (6 * s2 - 6 * s) * p0 + ((3 * s2 - 4 * s + 1) * h) * v0 + (-6 * s2 + 6 * s) * p1 + ((3 * s2 - 2 * s) * h) * v1;
            g[j] = Vector3D.Dot(p, dp); // h·(ρ·ρ̇): same sign
        }

        // Real range rate at sub-step points, evaluated lazily (NaN = not yet).
        Span<double> real = stackalloc double[SubSteps + 1];
        real.Fill(double.NaN);
        real[0] = g[0]; // the end values are real (scalar-propagator states); only their signs are used
        real[SubSteps] = g[SubSteps];

        Span<int> brackets = stackalloc int[SubSteps];
        int count = 0;
        bool consistent = true;
        for (int j = 0; j < SubSteps; j++)
        {
            if (!(g[j] < 0.0 && g[j + 1] >= 0.0)) continue;
            for (int q = j; q <= j + 1; q++)
                if (double.IsNaN(real[q]))
                {
                    real[q] = ev.ScaledRangeRate(a + h * q / SubSteps);
                    if (double.IsNaN(real[q])) return Failed(in ev, a + h * q / SubSteps, out failedSeconds, out error1, out error2);
                }
            if (real[j] < 0.0 && real[j + 1] >= 0.0) brackets[count++] = j;
            else { consistent = false; break; }
        }
        if (!consistent)
        {
            count = 0;
            for (int q = 1; q < SubSteps; q++)
                if (double.IsNaN(real[q]))
                {
                    real[q] = ev.ScaledRangeRate(a + h * q / SubSteps);
                    if (double.IsNaN(real[q])) return Failed(in ev, a + h * q / SubSteps, out failedSeconds, out error1, out error2);
                }
            for (int j = 0; j < SubSteps; j++)
                if (real[j] < 0.0 && real[j + 1] >= 0.0) brackets[count++] = j;
        }

        for (int c = 0; c < count; c++)
        {
            int j = brackets[c];
            double lo = j == 0 ? a : a + h * j / SubSteps;
            double hi = j + 1 == SubSteps ? b : a + h * (j + 1) / SubSteps;
            double? t = Refine(in ev, lo, hi, real[j + 1]);
            if (t is null) return Failed(in ev, lo, out failedSeconds, out error1, out error2);
            tcas.Add(t.Value);
        }
        return true;
    }

    /// <summary>Brent on the real scaled range rate in [lo, hi] (f(lo) &lt; 0 ≤ f(hi)); null if a propagation failed inside.</summary>
    public static double? Refine(in PairEvaluator ev, double lo, double hi, double fHi)
    {
        if (fHi == 0.0) return hi;
        var copy = ev;
        bool failed = false;
        double F(double t)
        {
            double f = copy.ScaledRangeRate(t);
            if (double.IsNaN(f)) { failed = true; return 0.0; }
            return f;
        }
        if (!Brent.TryFindRoot(F, lo, hi, BrentAccuracySeconds, 200, out double root) || failed)
        {
            if (failed) return null;
            // Brent gave up (should not happen on a valid bracket): bisect to the same accuracy.
            double l = lo, u = hi;
            while (u - l > BrentAccuracySeconds)
            {
                double m = 0.5 * (l + u);
                double fm = F(m);
                if (failed) return null;
                if (fm < 0.0) l = m; else u = m;
            }
            root = 0.5 * (l + u);
        }
        return Math.Clamp(root, lo, hi);
    }

    /// <summary>The conjunction quantities at a TCA; false when a propagation failed.</summary>
    public static bool Describe(in PairEvaluator ev, double tca, out Sgp4Result s1, out Sgp4Result s2, out double missKm, out double speed, out Vector3D rtn)
    {
        missKm = speed = double.NaN;
        rtn = default;
        if (!ev.TryEvaluate(tca, out s1, out s2)) return false;
        Vector3D dr = s2.Position - s1.Position;
        missKm = dr.Norm;
        speed = (s2.Velocity - s1.Velocity).Norm;
        rtn = RtnFrame.FromState(s1.State).ToRtn(dr);
        return true;
    }

    private static bool Failed(in PairEvaluator ev, double t, out double failedSeconds, out Sgp4Error e1, out Sgp4Error e2)
    {
        ev.TryEvaluate(t, out var r1, out var r2);
        failedSeconds = t; e1 = r1.Error; e2 = r2.Error;
        return false;
    }
}
