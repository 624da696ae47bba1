using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Astro.Debris.Numerics;

/// <summary>128-bit vector of doubles for the generic kernels.</summary>
internal readonly struct Simd128 : ISimdDouble<Simd128>
{
    public readonly Vector128<double> V;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Simd128(Vector128<double> v) => V = v;

    public static int Count => Vector128<double>.Count;
    public static bool IsHardwareAccelerated => Vector128.IsHardwareAccelerated;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 Create(double value) => new(Vector128.Create(value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 Load(ref double source) => new(Vector128.LoadUnsafe(ref source));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(Simd128 value, ref double destination) => value.V.StoreUnsafe(ref destination);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Lane(Simd128 value, int lane) => value.V.GetElement(lane);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 operator +(Simd128 a, Simd128 b) => new(a.V + b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 operator -(Simd128 a, Simd128 b) => new(a.V - b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 operator *(Simd128 a, Simd128 b) => new(a.V * b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 operator /(Simd128 a, Simd128 b) => new(a.V / b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 operator -(Simd128 a) => new(-a.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 Sqrt(Simd128 x) => new(Vector128.Sqrt(x.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 Abs(Simd128 x) => new(Vector128.Abs(x.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 MultiplyAdd(Simd128 a, Simd128 b, Simd128 c) => new(Vector128.MultiplyAddEstimate(a.V, b.V, c.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 Sin(Simd128 x) => new(VectorMath.SinCos(x.V).Sin);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 Cos(Simd128 x) => new(VectorMath.SinCos(x.V).Cos);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Simd128 Sin, Simd128 Cos) SinCos(Simd128 x)
    {
        var (s, c) = VectorMath.SinCos(x.V);
        return (new(s), new(c));
    }
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static (Simd128 Sin, Simd128 Cos) SinCosOutOfLine(Simd128 x)
    {
        var (s, c) = VectorMath.SinCos(x.V);
        return (new(s), new(c));
    }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 Atan2(Simd128 y, Simd128 x) => new(VectorMath.Atan2(y.V, x.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 Cbrt(Simd128 x) => new(VectorMath.Cbrt(x.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 Mod2Pi(Simd128 x) => new(VectorMath.Mod2PiByReciprocal(x.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 LessThan(Simd128 a, Simd128 b) => new(Vector128.LessThan(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 LessThanOrEqual(Simd128 a, Simd128 b) => new(Vector128.LessThanOrEqual(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 GreaterThan(Simd128 a, Simd128 b) => new(Vector128.GreaterThan(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 GreaterThanOrEqual(Simd128 a, Simd128 b) => new(Vector128.GreaterThanOrEqual(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 Equal(Simd128 a, Simd128 b) => new(Vector128.Equals(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 And(Simd128 a, Simd128 b) => new(a.V & b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 Or(Simd128 a, Simd128 b) => new(a.V | b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 AndNot(Simd128 a, Simd128 b) => new(Vector128.AndNot(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd128 Select(Simd128 mask, Simd128 ifTrue, Simd128 ifFalse) => new(Vector128.ConditionalSelect(mask.V, ifTrue.V, ifFalse.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool AnyTrue(Simd128 mask) => mask.V.ExtractMostSignificantBits() != 0;
}
