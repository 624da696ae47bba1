using System.Runtime.Intrinsics;
using Astro.Debris.Numerics;
using BenchmarkDotNet.Attributes;

namespace Astro.Debris.Benchmarks;

/// <summary>
/// VectorMath.Atan2, the runtime's VectorN.SinCos and VectorMath.SinCos (own polynomial kernel; |x| ≤ 1e4 and |x| ≤ π) over 1,048,576 doubles per width, against Math.Atan2 /
/// Math.SinCos in the same run. Reported time is per element (OperationsPerInvoke = N).
/// Run: <c>dotnet run -c Release -- --filter '*VectorMath*'</c> (add DOTNET_EnableAVX512=0 etc. for other ISA paths).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class VectorMathBenchmarks
{
    private const int N = 1 << 20;
    private readonly double[] _y = new double[N];
    private readonly double[] _x = new double[N];
    private readonly double[] _a = new double[N];
    private readonly double[] _s = new double[N];
    private readonly double[] _c = new double[N];
    private readonly double[] _b = new double[N]; // |x| <= π: no range reduction needed by the runtime's SinCos

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(1);
        for (int i = 0; i < N; i++)
        {
            _y[i] = 2 * rng.NextDouble() - 1;
            _x[i] = 2 * rng.NextDouble() - 1;
            _a[i] = (2 * rng.NextDouble() - 1) * 1e4;
            _b[i] = (2 * rng.NextDouble() - 1) * Math.PI;
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public void Atan2_Math()
    {
        double[] y = _y, x = _x, d = _s;
        for (int i = 0; i < d.Length; i++) d[i] = Math.Atan2(y[i], x[i]);
    }

    [Benchmark(OperationsPerInvoke = N)]
    public void Atan2_VectorMath_Scalar()
    {
        double[] y = _y, x = _x, d = _s;
        for (int i = 0; i < d.Length; i++) d[i] = VectorMath.Atan2(y[i], x[i]);
    }

    [Benchmark(OperationsPerInvoke = N)]
    public void Atan2_Vector128()
    {
        for (int i = 0; i < N; i += Vector128<double>.Count)
            VectorMath.Atan2(Vector128.LoadUnsafe(ref _y[0], (nuint)i), Vector128.LoadUnsafe(ref _x[0], (nuint)i)).StoreUnsafe(ref _s[0], (nuint)i);
    }

    [Benchmark(OperationsPerInvoke = N)]
    public void Atan2_Vector256()
    {
        for (int i = 0; i < N; i += Vector256<double>.Count)
            VectorMath.Atan2(Vector256.LoadUnsafe(ref _y[0], (nuint)i), Vector256.LoadUnsafe(ref _x[0], (nuint)i)).StoreUnsafe(ref _s[0], (nuint)i);
    }

    [Benchmark(OperationsPerInvoke = N)]
    public void Atan2_Vector512()
    {
        for (int i = 0; i < N; i += Vector512<double>.Count)
            VectorMath.Atan2(Vector512.LoadUnsafe(ref _y[0], (nuint)i), Vector512.LoadUnsafe(ref _x[0], (nuint)i)).StoreUnsafe(ref _s[0], (nuint)i);
    }

    [Benchmark(OperationsPerInvoke = N)]
    public void SinCos_Math()
    {
        double[] a = _a, s = _s, c = _c;
        for (int i = 0; i < a.Length; i++) (s[i], c[i]) = Math.SinCos(a[i]);
    }

    [Benchmark(OperationsPerInvoke = N)]
    public void SinCos_Vector128()
    {
        for (int i = 0; i < N; i += Vector128<double>.Count)
        {
            var (s, c) = Vector128.SinCos(Vector128.LoadUnsafe(ref _a[0], (nuint)i));
            s.StoreUnsafe(ref _s[0], (nuint)i);
            c.StoreUnsafe(ref _c[0], (nuint)i);
        }
    }

    [Benchmark(OperationsPerInvoke = N)]
    public void SinCos_Vector256()
    {
        for (int i = 0; i < N; i += Vector256<double>.Count)
        {
            var (s, c) = Vector256.SinCos(Vector256.LoadUnsafe(ref _a[0], (nuint)i));
            s.StoreUnsafe(ref _s[0], (nuint)i);
            c.StoreUnsafe(ref _c[0], (nuint)i);
        }
    }

    [Benchmark(OperationsPerInvoke = N)]
    public void SinCos_Vector512()
    {
        for (int i = 0; i < N; i += Vector512<double>.Count)
        {
            var (s, c) = Vector512.SinCos(Vector512.LoadUnsafe(ref _a[0], (nuint)i));
            s.StoreUnsafe(ref _s[0], (nuint)i);
            c.StoreUnsafe(ref _c[0], (nuint)i);
        }
    }
    [Benchmark(OperationsPerInvoke = N)]
    public void SinCosOwn_Vector256() => Own256(_a);

    [Benchmark(OperationsPerInvoke = N)]
    public void SinCosOwn_Vector512() => Own512(_a);

    [Benchmark(OperationsPerInvoke = N)]
    public void SinCosSmallArgs_Vector256() => Runtime256(_b);

    [Benchmark(OperationsPerInvoke = N)]
    public void SinCosSmallArgs_Vector512() => Runtime512(_b);

    [Benchmark(OperationsPerInvoke = N)]
    public void SinCosSmallArgsOwn_Vector256() => Own256(_b);

    [Benchmark(OperationsPerInvoke = N)]
    public void SinCosSmallArgsOwn_Vector512() => Own512(_b);

    private void Runtime256(double[] a)
    {
        for (int i = 0; i < N; i += Vector256<double>.Count)
        {
            var (s, c) = Vector256.SinCos(Vector256.LoadUnsafe(ref a[0], (nuint)i));
            s.StoreUnsafe(ref _s[0], (nuint)i);
            c.StoreUnsafe(ref _c[0], (nuint)i);
        }
    }

    private void Runtime512(double[] a)
    {
        for (int i = 0; i < N; i += Vector512<double>.Count)
        {
            var (s, c) = Vector512.SinCos(Vector512.LoadUnsafe(ref a[0], (nuint)i));
            s.StoreUnsafe(ref _s[0], (nuint)i);
            c.StoreUnsafe(ref _c[0], (nuint)i);
        }
    }

    private void Own256(double[] a)
    {
        for (int i = 0; i < N; i += Vector256<double>.Count)
        {
            var (s, c) = VectorMath.SinCos(Vector256.LoadUnsafe(ref a[0], (nuint)i));
            s.StoreUnsafe(ref _s[0], (nuint)i);
            c.StoreUnsafe(ref _c[0], (nuint)i);
        }
    }

    private void Own512(double[] a)
    {
        for (int i = 0; i < N; i += Vector512<double>.Count)
        {
            var (s, c) = VectorMath.SinCos(Vector512.LoadUnsafe(ref a[0], (nuint)i));
            s.StoreUnsafe(ref _s[0], (nuint)i);
            c.StoreUnsafe(ref _c[0], (nuint)i);
        }
    }
}
