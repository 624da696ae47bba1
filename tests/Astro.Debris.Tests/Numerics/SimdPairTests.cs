using Astro.Debris.Numerics;
using FluentAssertions;
using Xunit;

namespace Astro.Debris.Tests.Numerics;

/// <summary>
/// The two-vector types (<see cref="Simd512x2"/>, <see cref="Simd256x2"/>) the batch SGP4 kernels run on: every lane
/// must give exactly what the scalar overloads of <see cref="VectorMath"/> (bit-identical across widths by design) or
/// IEEE arithmetic give for the same operation, lanes must stay independent (a NaN or a true
/// mask in one lane changes no other), and loads, stores and lane indices must follow the documented order.
/// </summary>
public class SimdPairTests
{
    private static double[] Inputs(int n, int seed)
    {
        var rng = new Random(seed);
        var v = new double[n];
        for (int i = 0; i < n; i++) v[i] = (rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-3, 4));
        return v;
    }

    private static void LaneWiseEqualsScalar<TV>() where TV : struct, ISimdDouble<TV>
    {
        int n = TV.Count;
        for (int seed = 0; seed < 50; seed++)
        {
            double[] a = Inputs(n, seed), b = Inputs(n, seed + 1000);
            if (seed == 3) a[n - 1] = double.NaN; // one NaN lane
            TV va = TV.Load(ref a[0]), vb = TV.Load(ref b[0]);
            var (sin, cos) = TV.SinCos(va);
            var (sinO, cosO) = TV.SinCosOutOfLine(va);
            TV mask = TV.LessThan(va, vb);
            var results = new (string Name, TV Value, Func<double, double, double> Expected)[]
            {
                ("add", va + vb, (x, y) => (SimdScalar.Create(x) + SimdScalar.Create(y)).V),
                ("sub", va - vb, (x, y) => (SimdScalar.Create(x) - SimdScalar.Create(y)).V),
                ("mul", va * vb, (x, y) => (SimdScalar.Create(x) * SimdScalar.Create(y)).V),
                ("div", va / vb, (x, y) => (SimdScalar.Create(x) / SimdScalar.Create(y)).V),
                ("neg", -va, (x, _) => -x),
                ("sqrt", TV.Sqrt(TV.Abs(va)), (x, _) => Math.Sqrt(Math.Abs(x))),
                ("sin", sin, (x, _) => VectorMath.SinCos(x).Sin),
                ("cos", cos, (x, _) => VectorMath.SinCos(x).Cos),
                ("sin out of line", sinO, (x, _) => VectorMath.SinCos(x).Sin),
                ("cos out of line", cosO, (x, _) => VectorMath.SinCos(x).Cos),
                ("atan2", TV.Atan2(va, vb), (x, y) => VectorMath.Atan2(x, y)),
                ("cbrt", TV.Cbrt(va), (x, _) => VectorMath.Cbrt(x)),
                ("mod2pi", TV.Mod2Pi(va), (x, _) => VectorMath.Mod2PiByReciprocal(x)),
                ("select", TV.Select(mask, va, vb), (x, y) => x < y ? x : y),
            };
            foreach (var (name, value, expected) in results)
                for (int l = 0; l < n; l++)
                {
                    double want = expected(a[l], b[l]);
                    double got = TV.Lane(value, l);
                    BitConverter.DoubleToInt64Bits(got).Should().Be(BitConverter.DoubleToInt64Bits(want),
                        $"{typeof(TV).Name} {name} lane {l} of seed {seed} ({a[l]}, {b[l]}): {got} vs {want}");
                }
        }
    }

    [Fact]
    public void Simd512x2_lanes_equal_the_scalar_operations() => LaneWiseEqualsScalar<Simd512x2>();

    [Fact]
    public void Simd256x2_lanes_equal_the_scalar_operations() => LaneWiseEqualsScalar<Simd256x2>();

    private static void LayoutAndMasks<TV>() where TV : struct, ISimdDouble<TV>
    {
        int n = TV.Count;
        var src = Enumerable.Range(0, n + 3).Select(i => (double)i).ToArray();
        TV v = TV.Load(ref src[1]);
        for (int l = 0; l < n; l++) TV.Lane(v, l).Should().Be(l + 1);
        var dst = new double[n + 2];
        TV.Store(v, ref dst[1]);
        dst[0].Should().Be(0);
        dst[n + 1].Should().Be(0);
        dst.Skip(1).Take(n).Should().Equal(src.Skip(1).Take(n));
        for (int l = 0; l < n; l++)
        {
            // A mask true in lane l only: AnyTrue sees it, wherever it is.
            TV mask = TV.Equal(v, TV.Create(l + 1));
            TV.AnyTrue(mask).Should().BeTrue($"lane {l} of {typeof(TV).Name}");
            for (int m = 0; m < n; m++)
                BitConverter.DoubleToInt64Bits(TV.Lane(mask, m)).Should().Be(m == l ? -1L : 0L);
        }
        TV.AnyTrue(TV.GreaterThan(v, TV.Create(n + 1))).Should().BeFalse();
    }

    [Fact]
    public void Simd512x2_lane_order_stores_and_masks() => LayoutAndMasks<Simd512x2>();

    [Fact]
    public void Simd256x2_lane_order_stores_and_masks() => LayoutAndMasks<Simd256x2>();

    private static void MultiplyAddIsFusedWhereTheCpuHasFma<TV>() where TV : struct, ISimdDouble<TV>
    {
        int n = TV.Count;
        bool fused = System.Runtime.Intrinsics.X86.Fma.IsSupported && TV.IsHardwareAccelerated;
        int lanesWhereFusingMatters = 0;
        for (int seed = 0; seed < 50; seed++)
        {
            double[] a = Inputs(n, seed), b = Inputs(n, seed + 1000), c = Inputs(n, seed + 2000);
            TV r = TV.MultiplyAdd(TV.Load(ref a[0]), TV.Load(ref b[0]), TV.Load(ref c[0]));
            for (int l = 0; l < n; l++)
            {
                double got = TV.Lane(r, l), single = Math.FusedMultiplyAdd(a[l], b[l], c[l]), twice = a[l] * b[l] + c[l];
                if (single != twice) lanesWhereFusingMatters++;
                if (fused) got.Should().Be(single, $"{typeof(TV).Name} lane {l} of seed {seed}");
                else got.Should().BeOneOf(single, twice);
            }
        }
        lanesWhereFusingMatters.Should().BeGreaterThan(0, "the inputs tell a fused from an unfused multiply-add");
    }

    [Fact]
    public void MultiplyAdd_rounds_once_where_the_cpu_has_fma_at_every_width()
    {
        MultiplyAddIsFusedWhereTheCpuHasFma<Simd512x2>();
        MultiplyAddIsFusedWhereTheCpuHasFma<Simd256x2>();
        MultiplyAddIsFusedWhereTheCpuHasFma<Simd512>();
        MultiplyAddIsFusedWhereTheCpuHasFma<Simd256>();
        MultiplyAddIsFusedWhereTheCpuHasFma<Simd128>();
        MultiplyAddIsFusedWhereTheCpuHasFma<SimdScalar>();
    }
}
