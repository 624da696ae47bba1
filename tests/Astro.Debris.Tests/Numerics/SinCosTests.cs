using System.Runtime.Intrinsics;
using Astro.Debris.Numerics;
using Xunit.Abstractions;

namespace Astro.Debris.Tests.Numerics;

/// <summary>
/// Accuracy (against <see cref="Math.Sin"/>/<see cref="Math.Cos"/>), width/scalar bit-identity and lane independence of
/// <see cref="VectorMath.SinCos(double)"/>, the polynomial sine/cosine of the SIMD SGP4. Sample size: 1,000,000 per
/// argument class, or ASTRO_VMATH_SAMPLES. Run also with DOTNET_EnableAVX512=0, DOTNET_EnableAVX2=0 and
/// DOTNET_EnableHWIntrinsic=0.
/// </summary>
public class SinCosTests(ITestOutputHelper output)
{
    private static readonly int Samples = VectorMathTests.Samples;

    // The documented bound (VectorMath.SinCos): within 1 ulp of Math.Sin/Math.Cos, and within 1.2e-16 absolute, for |x| <= 1e6.
    private const long MaxUlp = 1;
    private const double MaxAbs = 1.2e-16;

    /// <summary>Arguments: a dense grid on [−2π, 2π], uniform |x| ≤ π/4, ≤ 1e4 and ≤ 1e6, log-uniform magnitudes
    /// 1e-300…1e4, and doubles within a few ulps of k·π/2 for |k| up to 6,400 (|x| ≤ 1e4) and up to 636,000 (|x| ≤ 1e6).</summary>
    internal static double[] Inputs(int count, int seed)
    {
        var rng = new Random(seed);
        var xs = new double[count];
        for (int i = 0; i < count; i++)
        {
            double x;
            switch (i % 7)
            {
                case 0:
                    x = -2 * Math.PI + 4 * Math.PI * i / count; // dense grid
                    break;
                case 1:
                    x = (2 * rng.NextDouble() - 1) * Math.PI / 4;
                    break;
                case 2:
                    x = (2 * rng.NextDouble() - 1) * 1e4;
                    break;
                case 3:
                    x = (2 * rng.NextDouble() - 1) * 1e6;
                    break;
                case 4:
                    x = Math.Pow(10, -300 + 304 * rng.NextDouble()) * (rng.Next(2) == 0 ? 1 : -1);
                    break;
                default:
                    int kmax = i % 7 == 5 ? 6_400 : 636_000;
                    x = rng.Next(-kmax, kmax + 1) * (Math.PI / 2);
                    for (int m = rng.Next(-4, 5); m != 0; m -= Math.Sign(m)) x = m > 0 ? Math.BitIncrement(x) : Math.BitDecrement(x);
                    break;
            }
            xs[i] = x;
        }
        return xs;
    }

    [Fact]
    public void SinCos_is_within_1_ulp_of_Math_Sin_and_Cos_up_to_1e6()
    {
        var xs = Inputs(4 * Samples, 1618);
        long maxS = 0, maxC = 0, offS = 0, offC = 0;
        double maxAbs = 0, wS = 0, wC = 0, wA = 0;
        for (int i = 0; i < xs.Length; i++)
        {
            var (s, c) = VectorMath.SinCos(xs[i]);
            double ms = Math.Sin(xs[i]), mc = Math.Cos(xs[i]);
            long us = VectorMathTests.UlpDistance(s, ms), uc = VectorMathTests.UlpDistance(c, mc);
            if (us != 0) offS++;
            if (uc != 0) offC++;
            if (us > maxS) { maxS = us; wS = xs[i]; }
            if (uc > maxC) { maxC = uc; wC = xs[i]; }
            double abs = Math.Max(Math.Abs(s - ms), Math.Abs(c - mc));
            if (abs > maxAbs) { maxAbs = abs; wA = xs[i]; }
        }
        output.WriteLine($"SinCos vs Math.Sin/Cos, n={xs.Length:N0}: sin max {maxS} ulp (at {wS:R}), {offS:N0} not bit-identical; " +
            $"cos max {maxC} ulp (at {wC:R}), {offC:N0} not bit-identical; max |err| {maxAbs:E3} (at {wA:R}); " +
            $"Vector512 accel={Vector512.IsHardwareAccelerated}, Vector256 accel={Vector256.IsHardwareAccelerated}, Vector128 accel={Vector128.IsHardwareAccelerated}");
        maxS.Should().BeLessThanOrEqualTo(MaxUlp);
        maxC.Should().BeLessThanOrEqualTo(MaxUlp);
        maxAbs.Should().BeLessThanOrEqualTo(MaxAbs);
    }

    [Fact]
    public void Above_1e6_the_ReduceTwoPi_fallback_keeps_the_absolute_error_small()
    {
        var rng = new Random(99);
        double worst = 0;
        for (int i = 0; i < 100_000; i++)
        {
            double x = (2 * rng.NextDouble() - 1) * 6e6;
            var (s, c) = VectorMath.SinCos(x);
            worst = Math.Max(worst, Math.Max(Math.Abs(s - Math.Sin(x)), Math.Abs(c - Math.Cos(x))));
        }
        output.WriteLine($"|x| <= 6e6: max |err| {worst:E3}");
        worst.Should().BeLessThan(1e-15);
    }

    [Fact]
    public void Special_values()
    {
        foreach (double x in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            var (s, c) = VectorMath.SinCos(x);
            double.IsNaN(s).Should().BeTrue();
            double.IsNaN(c).Should().BeTrue();
            var (s8, c8) = VectorMath.SinCos(Vector512.Create(x));
            double.IsNaN(s8.GetElement(3)).Should().BeTrue();
            double.IsNaN(c8.GetElement(3)).Should().BeTrue();
        }
        foreach (double x in new[] { 0.0, -0.0, double.Epsilon, 1e-300, -1e-200 })
        {
            var (s, c) = VectorMath.SinCos(x);
            s.Should().Be(x == 0 ? 0.0 : x);
            c.Should().Be(1.0);
        }
        VectorMath.SinCos(Math.PI / 2).Cos.Should().Be(Math.Cos(Math.PI / 2));
        VectorMath.SinCos(Math.PI).Sin.Should().Be(Math.Sin(Math.PI));
    }

    [Fact]
    public void Every_width_is_bit_identical_to_scalar_and_lanes_are_independent()
    {
        double[] edge = [0.0, -0.0, double.NaN, double.PositiveInfinity, 1e6, -1e6, 1.0000001e6, 5e6, -3e7, Math.PI / 4, -Math.PI / 4, 1e-310];
        var xs = Inputs(Samples, 4711).Concat(edge).ToArray();
        var rng = new Random(5);
        rng.Shuffle(xs); // mix large (fallback) and NaN lanes into ordinary vectors
        int n = xs.Length - xs.Length % 8;
        for (int i = 0; i < n; i += 8)
        {
            var (s512, c512) = VectorMath.SinCos(Vector512.Create(xs.AsSpan(i)));
            for (int h = 0; h < 8; h += 4)
            {
                var (s256, c256) = VectorMath.SinCos(Vector256.Create(xs.AsSpan(i + h)));
                for (int q = 0; q < 4; q += 2)
                {
                    var (s128, c128) = VectorMath.SinCos(Vector128.Create(xs.AsSpan(i + h + q)));
                    for (int l = 0; l < 2; l++)
                    {
                        int j = h + q + l;
                        var (s, c) = VectorMath.SinCos(xs[i + j]);
                        bool same = Same(s, s512.GetElement(j)) && Same(c, c512.GetElement(j))
                            && Same(s, s256.GetElement(q + l)) && Same(c, c256.GetElement(q + l))
                            && Same(s, s128.GetElement(l)) && Same(c, c128.GetElement(l));
                        if (!same) Assert.Fail($"sincos({xs[i + j]:R}): scalar ({s:R}, {c:R}), 512 ({s512.GetElement(j):R}, {c512.GetElement(j):R})");
                    }
                }
            }
        }
    }

    private static bool Same(double a, double b) =>
        (double.IsNaN(a) && double.IsNaN(b)) || BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);
}
