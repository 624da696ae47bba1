using Astro.Debris.Numerics;
using Astro.Debris.Propagation;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;

namespace Astro.Debris.Tests.Propagation;

/// <summary>
/// The angle-addition steps the batch kernels use in place of a fresh sin/cos (measured max error 5.0e-16 for both): <c>Rotate</c> (Kepler steps, short-period
/// corrections, |d| ≤ 0.02) and <c>RotateWide</c> (the lunar-solar zf = zm + 2e·sin zm, |d| ≤ 0.11), against
/// <see cref="Math.SinCos(double)"/> of the summed angle.
/// </summary>
public class Sgp4KernelRotationTests(ITestOutputHelper output)
{
    private static double MaxError<TV>(Func<TV, TV, TV, (TV Sin, TV Cos)> rotate, double limit, int seed) where TV : struct, ISimdDouble<TV>
    {
        var rng = new Random(seed);
        int n = TV.Count;
        double worst = 0;
        var e = new double[n]; var d = new double[n]; var s = new double[n]; var c = new double[n];
        for (int trial = 0; trial < 20_000; trial++)
        {
            for (int l = 0; l < n; l++)
            {
                e[l] = (rng.NextDouble() - 0.5) * 4 * Math.PI;
                d[l] = (2 * rng.NextDouble() - 1) * limit;
                (s[l], c[l]) = Math.SinCos(e[l]);
            }
            var (rs, rc) = rotate(TV.Load(ref s[0]), TV.Load(ref c[0]), TV.Load(ref d[0]));
            for (int l = 0; l < n; l++)
            {
                var (es, ec) = Math.SinCos(e[l] + d[l]);
                // The reference angle e + d is itself rounded (half an ulp of |e| ≤ 2π: 4.4e-16), which bounds the comparison.
                worst = Math.Max(worst, Math.Max(Math.Abs(TV.Lane(rs, l) - es), Math.Abs(TV.Lane(rc, l) - ec)));
            }
        }
        return worst;
    }

    [Fact]
    public void Rotate_is_within_1e_15_of_a_fresh_sin_cos_for_steps_up_to_its_limit()
    {
        double narrow = MaxError<Simd512x2>(Sgp4Kernel<Simd512x2>.Rotate, 0.02, 1);
        double narrowScalar = MaxError<SimdScalar>(Sgp4Kernel<SimdScalar>.Rotate, 0.02, 2);
        output.WriteLine($"Rotate, |d| <= 0.02: max error {narrow:E2} (16 lanes), {narrowScalar:E2} (one lane)");
        narrow.Should().BeLessThan(1e-15);
        narrowScalar.Should().BeLessThan(1e-15);
    }

    [Fact]
    public void RotateWide_is_within_1e_15_of_a_fresh_sin_cos_for_steps_up_to_0_125()
    {
        double wide = MaxError<Simd512x2>(Sgp4Kernel<Simd512x2>.RotateWide, 0.125, 3);
        double wideScalar = MaxError<SimdScalar>(Sgp4Kernel<SimdScalar>.RotateWide, 0.125, 4);
        double wide128 = MaxError<Simd128>(Sgp4Kernel<Simd128>.RotateWide, 0.125, 5);
        output.WriteLine($"RotateWide, |d| <= 0.125: max error {wide:E2} (16 lanes), {wideScalar:E2} (one lane), {wide128:E2} (2 lanes)");
        wide.Should().BeLessThan(1e-15);
        wideScalar.Should().BeLessThan(1e-15);
        wide128.Should().BeLessThan(1e-15);
        // The narrow series is not enough at that range: the test can tell them apart.
        MaxError<SimdScalar>(Sgp4Kernel<SimdScalar>.Rotate, 0.125, 6).Should().BeGreaterThan(1e-13);
    }

    [Fact]
    public void The_resonance_phase_constants_are_the_sines_and_cosines_of_the_reference_phases()
    {
        // The reference's phases (Vallado's dspace constants), as the kernel holds them.
        Sgp4Kernel<SimdScalar>.Fasx2.Should().Be(0.13130908);
        Sgp4Kernel<SimdScalar>.G54.Should().Be(4.4108898);
        const double fasx2 = Sgp4Kernel<SimdScalar>.Fasx2, fasx4 = Sgp4Kernel<SimdScalar>.Fasx4, fasx6 = Sgp4Kernel<SimdScalar>.Fasx6;
        const double g22 = Sgp4Kernel<SimdScalar>.G22, g32 = Sgp4Kernel<SimdScalar>.G32, g44 = Sgp4Kernel<SimdScalar>.G44;
        const double g52 = Sgp4Kernel<SimdScalar>.G52, g54 = Sgp4Kernel<SimdScalar>.G54;
        (2.0 * fasx4).Should().Be(g22, "the 24-hour term 2(xli − fasx4) and the 12-hour g22 share one phase");
        var cases = new (double Phase, double Sin, double Cos)[]
        {
            (fasx2, Sgp4Kernel<SimdScalar>.SinFasx2, Sgp4Kernel<SimdScalar>.CosFasx2),
            (g22, Sgp4Kernel<SimdScalar>.SinG22, Sgp4Kernel<SimdScalar>.CosG22),
            (3.0 * fasx6, Sgp4Kernel<SimdScalar>.Sin3Fasx6, Sgp4Kernel<SimdScalar>.Cos3Fasx6),
            (g32, Sgp4Kernel<SimdScalar>.SinG32, Sgp4Kernel<SimdScalar>.CosG32),
            (g44, Sgp4Kernel<SimdScalar>.SinG44, Sgp4Kernel<SimdScalar>.CosG44),
            (g52, Sgp4Kernel<SimdScalar>.SinG52, Sgp4Kernel<SimdScalar>.CosG52),
            (g54, Sgp4Kernel<SimdScalar>.SinG54, Sgp4Kernel<SimdScalar>.CosG54),
        };
        foreach (var (phase, sin, cos) in cases)
        {
            var (s, c) = Math.SinCos(phase);
            sin.Should().BeApproximately(s, 1.2e-16, $"sin {phase}");
            cos.Should().BeApproximately(c, 1.2e-16, $"cos {phase}");
        }
    }
}
