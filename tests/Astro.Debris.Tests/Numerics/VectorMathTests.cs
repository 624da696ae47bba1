using System.Runtime.Intrinsics;
using Astro.Debris.Numerics;
using Xunit.Abstractions;

namespace Astro.Debris.Tests.Numerics;

/// <summary>
/// Accuracy (against <see cref="Math"/>), edge cases, width/scalar agreement and lane independence of
/// <see cref="VectorMath"/>, plus a characterisation of the runtime's VectorN.SinCos. Sample size: 1,000,000 per
/// function, or ASTRO_VMATH_SAMPLES. Run also with DOTNET_EnableAVX512=0, DOTNET_EnableAVX2=0 and
/// DOTNET_EnableHWIntrinsic=0 (see docs in VectorMath).
/// </summary>
public class VectorMathTests(ITestOutputHelper output)
{
    internal static readonly int Samples =
        int.TryParse(Environment.GetEnvironmentVariable("ASTRO_VMATH_SAMPLES"), out int n) && n > 0 ? n : 1_000_000;

    // Bounds asserted by the tests (measured values are in the VectorMath XML docs and printed by the tests).
    private const long Atan2MaxUlp = 2;
    private const long CbrtMaxUlp = 1;          // against the exact cube root (double-double residual)
    private const long CbrtMaxUlpVsMath = 3;    // glibc's cbrt (Math.Cbrt on Linux) is itself up to ~2.9 ulp off
    private const long SinCosMaxUlp = 2;

    // ------------------------------------------------------------------ helpers

    /// <summary>Distance in units in the last place between two doubles (0 when both are NaN).</summary>
    internal static long UlpDistance(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b)) return double.IsNaN(a) && double.IsNaN(b) ? 0 : long.MaxValue;
        if (a == b) return 0;
        static long Ordered(double v)
        {
            long i = BitConverter.DoubleToInt64Bits(v);
            return i < 0 ? long.MinValue - i : i;
        }
        long d = Ordered(a) - Ordered(b);
        return d < 0 ? -d : d;
    }

    private static bool SameBits(double a, double b) =>
        (double.IsNaN(a) && double.IsNaN(b)) || BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);

    private static double LogUniform(Random rng, double minExp10, double maxExp10) =>
        Math.Pow(10, minExp10 + (maxExp10 - minExp10) * rng.NextDouble());

    private static double RandomSign(Random rng, double v) => rng.Next(2) == 0 ? v : -v;

    /// <summary>Random (y, x) pairs: uniform square, log-uniform moderate and extreme magnitudes, segment boundaries
    /// (|y/x| near 7/16, 11/16, 1 and their reciprocals), near-axis angles.</summary>
    internal static (double[] Y, double[] X) Atan2Inputs(int count, int seed)
    {
        var rng = new Random(seed);
        var ys = new double[count];
        var xs = new double[count];
        double[] ratios = [7.0 / 16, 11.0 / 16, 1.0, 16.0 / 7, 16.0 / 11, 0.5, 2.0];
        for (int i = 0; i < count; i++)
        {
            double y, x;
            switch (i % 5)
            {
                case 0:
                    y = 2 * rng.NextDouble() - 1;
                    x = 2 * rng.NextDouble() - 1;
                    break;
                case 1:
                    y = RandomSign(rng, LogUniform(rng, -10, 10));
                    x = RandomSign(rng, LogUniform(rng, -10, 10));
                    break;
                case 2:
                    y = RandomSign(rng, LogUniform(rng, -307, 308));
                    x = RandomSign(rng, LogUniform(rng, -307, 308));
                    break;
                case 3:
                    x = RandomSign(rng, LogUniform(rng, -3, 3));
                    y = RandomSign(rng, Math.Abs(x) * ratios[rng.Next(ratios.Length)] * (1 + 1e-9 * (2 * rng.NextDouble() - 1)));
                    break;
                default:
                    x = RandomSign(rng, LogUniform(rng, -3, 3));
                    y = RandomSign(rng, Math.Abs(x) * LogUniform(rng, -20, 0));
                    if (rng.Next(2) == 0) (x, y) = (y, x);
                    break;
            }
            ys[i] = y;
            xs[i] = x;
        }
        return (ys, xs);
    }

    /// <summary>|c − cbrt(x)| in ulps of c, from the residual x − c³ evaluated in double-double (x, c &gt; 0).</summary>
    internal static double CbrtTrueUlpError(double x, double c)
    {
        if (x < 1e-200) { x *= Math.ScaleB(1.0, 900); c *= Math.ScaleB(1.0, 300); } // exact; keeps c³ out of the subnormals
        double ulp = Math.BitIncrement(c) - c;
        double c2 = c * c, c2e = Math.FusedMultiplyAdd(c, c, -c2);
        double c3 = c2 * c, c3e = Math.FusedMultiplyAdd(c2, c, -c3) + c2e * c;
        double residual = (x - c3) - c3e;   // x − c³ to ~2^-100 relative
        return Math.Abs(residual / (3 * c2)) / ulp;
    }

    internal static double[] CbrtInputs(int count, int seed)
    {
        var rng = new Random(seed);
        var xs = new double[count];
        for (int i = 0; i < count; i++)
        {
            xs[i] = (i % 4) switch
            {
                0 => LogUniform(rng, -308, 308),
                1 => 1e-6 + 10 * rng.NextDouble(),            // SGP4's q*q is O(1)
                2 => Math.ScaleB(1 + rng.NextDouble(), rng.Next(-1074, 1024)), // every binade incl. subnormals
                _ => Math.ScaleB(1.0, rng.Next(-1074, 1024)) * (1 + 1e-15 * rng.Next(-8, 9)), // near powers of two
            };
        }
        return xs;
    }

    private static void ApplyAllWidths(Func<Vector128<double>, Vector128<double>> f128, Func<Vector256<double>, Vector256<double>> f256,
        Func<Vector512<double>, Vector512<double>> f512, double[] x, double[] d128, double[] d256, double[] d512)
    {
        for (int i = 0; i + 2 <= x.Length; i += 2) f128(Vector128.Create(x.AsSpan(i))).CopyTo(d128.AsSpan(i));
        for (int i = 0; i + 4 <= x.Length; i += 4) f256(Vector256.Create(x.AsSpan(i))).CopyTo(d256.AsSpan(i));
        for (int i = 0; i + 8 <= x.Length; i += 8) f512(Vector512.Create(x.AsSpan(i))).CopyTo(d512.AsSpan(i));
    }

    private void Report(string what, long maxUlp, double maxAbs, double maxRel, double worstA, double worstB, int count) =>
        output.WriteLine($"{what}: n={count:N0} max {maxUlp} ulp, max |err| {maxAbs:E3}, max rel {maxRel:E3} (worst at {worstA:R}, {worstB:R}); " +
            $"Vector512 accel={Vector512.IsHardwareAccelerated}, Vector256 accel={Vector256.IsHardwareAccelerated}, Vector128 accel={Vector128.IsHardwareAccelerated}");

    // ------------------------------------------------------------------ Atan2

    [Fact]
    public void Atan2_is_within_bound_of_Math_Atan2()
    {
        var (ys, xs) = Atan2Inputs(Samples, 20260101);
        long maxUlp = 0, off = 0;
        double maxAbs = 0, maxRel = 0, wy = 0, wx = 0;
        for (int i = 0; i < ys.Length; i++)
        {
            double got = VectorMath.Atan2(ys[i], xs[i]);
            double want = Math.Atan2(ys[i], xs[i]);
            long ulp = UlpDistance(got, want);
            if (ulp != 0) off++;
            if (ulp > maxUlp) { maxUlp = ulp; wy = ys[i]; wx = xs[i]; }
            double abs = Math.Abs(got - want);
            maxAbs = Math.Max(maxAbs, abs);
            if (want != 0) maxRel = Math.Max(maxRel, abs / Math.Abs(want));
        }
        Report($"Atan2 vs Math.Atan2 ({off:N0} not bit-identical)", maxUlp, maxAbs, maxRel, wy, wx, ys.Length);
        maxUlp.Should().BeLessThanOrEqualTo(Atan2MaxUlp);
        maxAbs.Should().BeLessThanOrEqualTo(1e-15);
    }

    [Fact]
    public void Atan2_edge_cases_match_Math_Atan2()
    {
        (double Y, double X)[] cases =
        [
            (0.0, 0.0),
            (-0.0, 0.0),
            (0.0, -0.0),
            (-0.0, -0.0),
            (0.0, 1.0),
            (-0.0, 1.0),
            (0.0, -1.0),
            (-0.0, -1.0),
            (1.0, 0.0),
            (1.0, -0.0),
            (-1.0, 0.0),
            (-1.0, -0.0),
            (1.0, 1.0),
            (-1.0, -1.0),
            (1.0, -1.0),
            (3.0, -3.0),
            (1e-300, 1e300),
            (1e-300, -1e300),
            (-1e300, 1e-300),
            (double.Epsilon, 1.0),
            (double.Epsilon, double.Epsilon),
            (double.Epsilon, -2 * double.Epsilon),
            (double.MaxValue, double.MaxValue),
            (double.MaxValue, -double.MaxValue),
            (-double.MaxValue, 0.75 * double.MaxValue),
            (double.MaxValue, 0.5 * double.MaxValue),
            (1.0, double.PositiveInfinity),
            (1.0, double.NegativeInfinity),
            (-1.0, double.NegativeInfinity),
            (double.PositiveInfinity, 1.0),
            (double.NegativeInfinity, -5.0),
            (0.4375, 1.0),
            (0.6875, 1.0),
            (-0.6875, -1.0),
        ];
        foreach (var (y, x) in cases)
        {
            double want = Math.Atan2(y, x);
            foreach (double got in AllWidths(y, x))
            {
                UlpDistance(got, want).Should().BeLessThanOrEqualTo(Atan2MaxUlp, $"atan2({y:R}, {x:R}) = {want:R}, got {got:R}");
                if (want == 0) double.IsNegative(got).Should().Be(double.IsNegative(want), $"sign of zero for atan2({y:R}, {x:R})");
            }
        }
    }

    [Fact]
    public void Atan2_NaN_and_both_infinite_give_NaN()
    {
        (double Y, double X)[] cases =
        [
            (double.NaN, 1.0),
            (1.0, double.NaN),
            (double.NaN, double.NaN),
            (double.NaN, 0.0),
            (0.0, double.NaN),
            (double.NaN, -0.0),
            (double.NaN, double.PositiveInfinity),
            (double.PositiveInfinity, double.PositiveInfinity),
            (double.NegativeInfinity, double.NegativeInfinity),
        ];
        foreach (var (y, x) in cases)
        {
            foreach (double got in AllWidths(y, x)) double.IsNaN(got).Should().BeTrue();
        }
    }

    private static IEnumerable<double> AllWidths(double y, double x)
    {
        yield return VectorMath.Atan2(y, x);
        yield return VectorMath.Atan2(Vector128.Create(y), Vector128.Create(x)).GetElement(1);
        yield return VectorMath.Atan2(Vector256.Create(y), Vector256.Create(x)).GetElement(3);
        yield return VectorMath.Atan2(Vector512.Create(y), Vector512.Create(x)).GetElement(7);
    }

    [Fact]
    public void Atan2_every_width_is_bit_identical_to_scalar()
    {
        var (ys, xs) = Atan2Inputs(Samples / 4, 77);
        AppendEdgeValues(ref ys, ref xs);
        int n = ys.Length - ys.Length % 8;
        var d128 = new double[n];
        var d256 = new double[n];
        var d512 = new double[n];
        for (int i = 0; i < n; i += 2) VectorMath.Atan2(Vector128.Create(ys.AsSpan(i)), Vector128.Create(xs.AsSpan(i))).CopyTo(d128.AsSpan(i));
        for (int i = 0; i < n; i += 4) VectorMath.Atan2(Vector256.Create(ys.AsSpan(i)), Vector256.Create(xs.AsSpan(i))).CopyTo(d256.AsSpan(i));
        for (int i = 0; i < n; i += 8) VectorMath.Atan2(Vector512.Create(ys.AsSpan(i)), Vector512.Create(xs.AsSpan(i))).CopyTo(d512.AsSpan(i));
        for (int i = 0; i < n; i++)
        {
            double s = VectorMath.Atan2(ys[i], xs[i]);
            if (!SameBits(s, d128[i]) || !SameBits(s, d256[i]) || !SameBits(s, d512[i]))
                Assert.Fail($"atan2({ys[i]:R}, {xs[i]:R}): scalar {s:R}, 128 {d128[i]:R}, 256 {d256[i]:R}, 512 {d512[i]:R}");
        }
    }

    private static void AppendEdgeValues(ref double[] ys, ref double[] xs)
    {
        double[] edge = [0.0, -0.0, 1.0, -1.0, double.Epsilon, -double.Epsilon, double.MaxValue, -double.MaxValue,
            double.PositiveInfinity, double.NegativeInfinity, double.NaN, 2.2250738585072014e-308, 0.4375, 0.6875];
        var ly = ys.ToList();
        var lx = xs.ToList();
        foreach (double a in edge)
        {
            foreach (double b in edge)
            {
                ly.Add(a);
                lx.Add(b);
            }
        }
        ys = [.. ly];
        xs = [.. lx];
    }

    [Fact]
    public void Atan2_lanes_are_independent_of_a_NaN_neighbour()
    {
        double[] y = [0.3, double.NaN, -2.0, 0.0, 5.0, -0.0, 1e-300, 7.0];
        double[] x = [1.0, 1.0, -0.5, -1.0, double.NaN, -3.0, 1e300, 0.0];
        var r512 = VectorMath.Atan2(Vector512.Create(y), Vector512.Create(x));
        var r256a = VectorMath.Atan2(Vector256.Create(y), Vector256.Create(x));
        var r256b = VectorMath.Atan2(Vector256.Create(y.AsSpan(4)), Vector256.Create(x.AsSpan(4)));
        for (int i = 0; i < 8; i++)
        {
            double s = VectorMath.Atan2(y[i], x[i]);
            var r128 = VectorMath.Atan2(Vector128.Create(y.AsSpan(i & ~1)), Vector128.Create(x.AsSpan(i & ~1)));
            SameBits(r512.GetElement(i), s).Should().BeTrue();
            SameBits(i < 4 ? r256a.GetElement(i) : r256b.GetElement(i - 4), s).Should().BeTrue();
            SameBits(r128.GetElement(i & 1), s).Should().BeTrue();
            double.IsNaN(s).Should().Be(i is 1 or 4);
        }
    }

    // ------------------------------------------------------------------ Cbrt

    [Fact]
    public void Cbrt_is_within_bound_of_Math_Cbrt()
    {
        var xs = CbrtInputs(Samples, 4242);
        long maxUlp = 0;
        double maxRel = 0, worst = 0;
        long off = 0;
        for (int i = 0; i < xs.Length; i++)
        {
            double got = VectorMath.Cbrt(xs[i]);
            double want = Math.Cbrt(xs[i]);
            long ulp = UlpDistance(got, want);
            if (ulp != 0) off++;
            if (ulp > maxUlp) { maxUlp = ulp; worst = xs[i]; }
            maxRel = Math.Max(maxRel, Math.Abs(got - want) / want);
        }
        Report($"Cbrt vs Math.Cbrt ({off:N0} not bit-identical)", maxUlp, 0, maxRel, worst, 0, xs.Length);
        double maxTrue = 0, worstTrue = 0, maxTrueMath = 0;
        long notCorrectlyRounded = 0;
        for (int i = 0; i < xs.Length; i++)
        {
            double e = CbrtTrueUlpError(xs[i], VectorMath.Cbrt(xs[i]));
            if (e > 0.5) notCorrectlyRounded++;
            if (e > maxTrue) { maxTrue = e; worstTrue = xs[i]; }
            maxTrueMath = Math.Max(maxTrueMath, CbrtTrueUlpError(xs[i], Math.Cbrt(xs[i])));
        }
        output.WriteLine($"Cbrt vs exact: max {maxTrue:F3} ulp (at {worstTrue:R}), {notCorrectlyRounded:N0} of {xs.Length:N0} not correctly rounded; Math.Cbrt vs exact: max {maxTrueMath:F3} ulp");
        maxTrue.Should().BeLessThanOrEqualTo(CbrtMaxUlp);
        maxUlp.Should().BeLessThanOrEqualTo(CbrtMaxUlpVsMath);
    }

    [Fact]
    public void Cbrt_edge_cases_match_Math_Cbrt()
    {
        double[] cases =
        [
            1.0,
            8.0,
            27.0,
            0.001,
            2.0,
            double.Epsilon,
            2.2250738585072014e-308,
            2.2250738585072009e-308,
            double.MaxValue,
            -8.0,
            -3e-310,
        ];
        foreach (var x in cases)
        {
            double want = Math.Cbrt(x);
            UlpDistance(VectorMath.Cbrt(x), want).Should().BeLessThanOrEqualTo(CbrtMaxUlp);
            UlpDistance(VectorMath.Cbrt(Vector128.Create(x)).GetElement(1), want).Should().BeLessThanOrEqualTo(CbrtMaxUlp);
            UlpDistance(VectorMath.Cbrt(Vector256.Create(x)).GetElement(2), want).Should().BeLessThanOrEqualTo(CbrtMaxUlp);
            UlpDistance(VectorMath.Cbrt(Vector512.Create(x)).GetElement(5), want).Should().BeLessThanOrEqualTo(CbrtMaxUlp);
        }
    }

    [Fact]
    public void Cbrt_special_values_pass_through()
    {
        double[] cases =
        [
            0.0,
            -0.0,
            double.PositiveInfinity,
            double.NegativeInfinity,
            double.NaN,
        ];
        foreach (var x in cases)
        {
            SameBits(VectorMath.Cbrt(x), x).Should().BeTrue();
            SameBits(VectorMath.Cbrt(Vector128.Create(x)).GetElement(0), x).Should().BeTrue();
            SameBits(VectorMath.Cbrt(Vector256.Create(x)).GetElement(0), x).Should().BeTrue();
            SameBits(VectorMath.Cbrt(Vector512.Create(x)).GetElement(0), x).Should().BeTrue();
        }
    }

    [Fact]
    public void Cbrt_every_width_is_bit_identical_to_scalar_and_lanes_are_independent()
    {
        var xs = CbrtInputs(Samples / 4, 99).Concat([0.0, -0.0, double.NaN, 1.0, double.PositiveInfinity, -5.0, double.Epsilon, 1e-310]).ToArray();
        int n = xs.Length - xs.Length % 8;
        xs = xs[^n..];
        double[] d128 = new double[n], d256 = new double[n], d512 = new double[n];
        ApplyAllWidths(VectorMath.Cbrt, VectorMath.Cbrt, VectorMath.Cbrt, xs, d128, d256, d512);
        for (int i = 0; i < n; i++)
        {
            double s = VectorMath.Cbrt(xs[i]);
            if (!SameBits(s, d128[i]) || !SameBits(s, d256[i]) || !SameBits(s, d512[i]))
                Assert.Fail($"cbrt({xs[i]:R}): scalar {s:R}, 128 {d128[i]:R}, 256 {d256[i]:R}, 512 {d512[i]:R}");
        }
    }

    // ------------------------------------------------------------------ Mod2Pi

    private static double ReferenceMod2Pi(double x) => x - VectorMath.TwoPi * Math.Truncate(x / VectorMath.TwoPi);

    /// <summary>Uniform |x| ≤ 1e4, log-uniform 1e-10…1e17, near multiples of 2π, and edge values; a multiple of 8 long.</summary>
    private static double[] Mod2PiInputs()
    {
        var rng = new Random(31337);
        var xs = new double[Samples / 4 + 16];
        for (int i = 0; i < xs.Length; i++)
        {
            xs[i] = (i % 3) switch
            {
                0 => (2 * rng.NextDouble() - 1) * 1e4,
                1 => RandomSign(rng, LogUniform(rng, -10, 17)),
                _ => VectorMath.TwoPi * rng.Next(-1000, 1000) * (1 + 1e-15 * rng.Next(-4, 5)), // near multiples of 2π
            };
        }
        double[] edge = [0.0, -0.0, VectorMath.TwoPi, -VectorMath.TwoPi, Math.PI, double.NaN, double.PositiveInfinity, 1e300, double.Epsilon, -1.0, 7.0, -7.0, 1e17, 123456.789, -0.5, 6.2831853071795862];
        edge.CopyTo(xs, xs.Length - edge.Length);
        return xs[^(xs.Length - xs.Length % 8)..];
    }

    [Fact]
    public void Mod2Pi_is_bit_identical_to_the_scalar_SGP4_formula_on_every_width()
    {
        var xs = Mod2PiInputs();
        int n = xs.Length;
        double[] d128 = new double[n], d256 = new double[n], d512 = new double[n];
        ApplyAllWidths(VectorMath.Mod2Pi, VectorMath.Mod2Pi, VectorMath.Mod2Pi, xs, d128, d256, d512);
        for (int i = 0; i < n; i++)
        {
            double want = ReferenceMod2Pi(xs[i]);
            if (!SameBits(want, VectorMath.Mod2Pi(xs[i])) || !SameBits(want, d128[i]) || !SameBits(want, d256[i]) || !SameBits(want, d512[i]))
                Assert.Fail($"mod2pi({xs[i]:R}) = {want:R}: scalar {VectorMath.Mod2Pi(xs[i]):R}, 128 {d128[i]:R}, 256 {d256[i]:R}, 512 {d512[i]:R}");
        }
    }

    [Fact]
    public void Mod2PiByReciprocal_is_Mod2Pi_or_the_neighbouring_representative_on_every_width()
    {
        var xs = Mod2PiInputs();
        int n = xs.Length, neighbours = 0;
        double[] d128 = new double[n], d256 = new double[n], d512 = new double[n];
        ApplyAllWidths(VectorMath.Mod2PiByReciprocal, VectorMath.Mod2PiByReciprocal, VectorMath.Mod2PiByReciprocal, xs, d128, d256, d512);
        for (int i = 0; i < n; i++)
        {
            double x = xs[i], got = VectorMath.Mod2PiByReciprocal(x), want = ReferenceMod2Pi(x);
            if (!SameBits(got, d128[i]) || !SameBits(got, d256[i]) || !SameBits(got, d512[i]))
                Assert.Fail($"mod2piByReciprocal({x:R}): scalar {got:R}, 128 {d128[i]:R}, 256 {d256[i]:R}, 512 {d512[i]:R}");
            if (SameBits(got, want) || !(Math.Abs(x) <= 1e15)) continue; // no claim beyond 1e15 (nor for NaN/∞: both NaN)
            neighbours++;
            // The other representative: differs by 2π up to the rounding of x − 2π·k (a few ulps of max(|x|, 2π)).
            double tolerance = 4 * Math.BitIncrement(Math.Max(Math.Abs(x), VectorMath.TwoPi)) - 4 * Math.Max(Math.Abs(x), VectorMath.TwoPi);
            Math.Abs(Math.Abs(got - want) - VectorMath.TwoPi).Should().BeLessThanOrEqualTo(tolerance, $"x = {x:R}: {got:R} vs {want:R}");
            Math.Abs(got).Should().BeLessThanOrEqualTo(VectorMath.TwoPi + tolerance);
        }
        output.WriteLine($"Mod2PiByReciprocal: {neighbours:N0} of {n:N0} give the neighbouring representative, the rest are bit-identical to Mod2Pi");
    }

    [Fact]
    public void Mod2Pi_matches_Sgp4Model_Mod2Pi()
    {
        foreach (double x in new[] { 0.0, -0.0, 1.0, -1.0, 7.0, -7.0, 1e4, -12345.678, 1e17, 6.2831853071795862 })
            SameBits(VectorMath.Mod2Pi(x), Astro.Debris.Propagation.Sgp4Model.Mod2Pi(x)).Should().BeTrue();
    }

    // ------------------------------------------------------------------ runtime SinCos characterisation

    [Fact]
    public void Runtime_vector_SinCos_is_within_bound_of_Math_Sin_Cos_for_abs_x_up_to_1e4()
    {
        var rng = new Random(2718);
        int n = Samples - Samples % 8;
        var xs = new double[n];
        for (int i = 0; i < n; i++)
            xs[i] = (i % 2 == 0) ? (2 * rng.NextDouble() - 1) * 1e4 : (2 * rng.NextDouble() - 1) * Math.PI;
        double[] s128 = new double[n], c128 = new double[n], s256 = new double[n], c256 = new double[n], s512 = new double[n], c512 = new double[n];
        for (int i = 0; i < n; i += 2) { var (s, c) = Vector128.SinCos(Vector128.Create(xs.AsSpan(i))); s.CopyTo(s128.AsSpan(i)); c.CopyTo(c128.AsSpan(i)); }
        for (int i = 0; i < n; i += 4) { var (s, c) = Vector256.SinCos(Vector256.Create(xs.AsSpan(i))); s.CopyTo(s256.AsSpan(i)); c.CopyTo(c256.AsSpan(i)); }
        for (int i = 0; i < n; i += 8) { var (s, c) = Vector512.SinCos(Vector512.Create(xs.AsSpan(i))); s.CopyTo(s512.AsSpan(i)); c.CopyTo(c512.AsSpan(i)); }

        long worst = 0;
        foreach (var (name, sin, cos) in new[] { ("Vector128", s128, c128), ("Vector256", s256, c256), ("Vector512", s512, c512) })
        {
            long maxS = 0, maxC = 0, diffS = 0, diffC = 0;
            double maxAbs = 0, wS = 0, wC = 0;
            for (int i = 0; i < n; i++)
            {
                double ms = Math.Sin(xs[i]), mc = Math.Cos(xs[i]);
                long us = UlpDistance(sin[i], ms), uc = UlpDistance(cos[i], mc);
                if (us != 0) diffS++;
                if (uc != 0) diffC++;
                if (us > maxS) { maxS = us; wS = xs[i]; }
                if (uc > maxC) { maxC = uc; wC = xs[i]; }
                maxAbs = Math.Max(maxAbs, Math.Max(Math.Abs(sin[i] - ms), Math.Abs(cos[i] - mc)));
            }
            output.WriteLine($"{name}.SinCos vs Math.Sin/Cos, |x|<=1e4, n={n:N0}: sin max {maxS} ulp (at {wS:R}), {diffS:N0} not bit-identical; " +
                $"cos max {maxC} ulp (at {wC:R}), {diffC:N0} not bit-identical; max |err| {maxAbs:E3}; accelerated={name switch { "Vector128" => Vector128.IsHardwareAccelerated, "Vector256" => Vector256.IsHardwareAccelerated, _ => Vector512.IsHardwareAccelerated }}");
            worst = Math.Max(worst, Math.Max(maxS, maxC));
        }
        worst.Should().BeLessThanOrEqualTo(SinCosMaxUlp);
    }
}
