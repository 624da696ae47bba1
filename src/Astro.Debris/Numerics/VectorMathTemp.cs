using System.Runtime.Intrinsics;

namespace Astro.Debris.Numerics;

// Temporary lane-by-lane versions, replaced by the vector kernels of the vmath branch on merge.
internal static class VectorMath
{
    private const double TwoPi = 2.0 * Math.PI;

    public static double Mod2Pi(double x) => x - TwoPi * Math.Truncate(x / TwoPi);

    public static Vector128<double> Mod2Pi(Vector128<double> x) => x - Vector128.Create(TwoPi) * Vector128.Truncate(x / Vector128.Create(TwoPi));

    public static Vector128<double> Atan2(Vector128<double> y, Vector128<double> x)
    {
        Span<double> r = stackalloc double[Vector128<double>.Count];
        for (int i = 0; i < r.Length; i++) r[i] = Math.Atan2(y.GetElement(i), x.GetElement(i));
        return Vector128.Create((ReadOnlySpan<double>)r);
    }

    public static Vector128<double> Cbrt(Vector128<double> x)
    {
        Span<double> r = stackalloc double[Vector128<double>.Count];
        for (int i = 0; i < r.Length; i++) r[i] = Math.Cbrt(x.GetElement(i));
        return Vector128.Create((ReadOnlySpan<double>)r);
    }

    public static Vector256<double> Mod2Pi(Vector256<double> x) => x - Vector256.Create(TwoPi) * Vector256.Truncate(x / Vector256.Create(TwoPi));

    public static Vector256<double> Atan2(Vector256<double> y, Vector256<double> x)
    {
        Span<double> r = stackalloc double[Vector256<double>.Count];
        for (int i = 0; i < r.Length; i++) r[i] = Math.Atan2(y.GetElement(i), x.GetElement(i));
        return Vector256.Create((ReadOnlySpan<double>)r);
    }

    public static Vector256<double> Cbrt(Vector256<double> x)
    {
        Span<double> r = stackalloc double[Vector256<double>.Count];
        for (int i = 0; i < r.Length; i++) r[i] = Math.Cbrt(x.GetElement(i));
        return Vector256.Create((ReadOnlySpan<double>)r);
    }

    public static Vector512<double> Mod2Pi(Vector512<double> x) => x - Vector512.Create(TwoPi) * Vector512.Truncate(x / Vector512.Create(TwoPi));

    public static Vector512<double> Atan2(Vector512<double> y, Vector512<double> x)
    {
        Span<double> r = stackalloc double[Vector512<double>.Count];
        for (int i = 0; i < r.Length; i++) r[i] = Math.Atan2(y.GetElement(i), x.GetElement(i));
        return Vector512.Create((ReadOnlySpan<double>)r);
    }

    public static Vector512<double> Cbrt(Vector512<double> x)
    {
        Span<double> r = stackalloc double[Vector512<double>.Count];
        for (int i = 0; i < r.Length; i++) r[i] = Math.Cbrt(x.GetElement(i));
        return Vector512.Create((ReadOnlySpan<double>)r);
    }
}
