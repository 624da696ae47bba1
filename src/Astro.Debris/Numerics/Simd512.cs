using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Astro.Debris.Numerics;

/// <summary>512-bit vector of doubles for the generic kernels.</summary>
internal readonly struct Simd512 : ISimdDouble<Simd512>
{
    public readonly Vector512<double> V;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Simd512(Vector512<double> v) => V = v;

    public static int Count => Vector512<double>.Count;
    public static bool IsHardwareAccelerated => Vector512.IsHardwareAccelerated;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 Create(double value) => new(Vector512.Create(value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 Load(ref double source) => new(Vector512.LoadUnsafe(ref source));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(Simd512 value, ref double destination) => value.V.StoreUnsafe(ref destination);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Lane(Simd512 value, int lane) => value.V.GetElement(lane);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 operator +(Simd512 a, Simd512 b) => new(a.V + b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 operator -(Simd512 a, Simd512 b) => new(a.V - b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 operator *(Simd512 a, Simd512 b) => new(a.V * b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 operator /(Simd512 a, Simd512 b) => new(a.V / b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 operator -(Simd512 a) => new(-a.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 Sqrt(Simd512 x) => new(Vector512.Sqrt(x.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 Abs(Simd512 x) => new(Vector512.Abs(x.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 MultiplyAdd(Simd512 a, Simd512 b, Simd512 c) => new(Vector512.MultiplyAddEstimate(a.V, b.V, c.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 Sin(Simd512 x) => new(VectorMath.SinCos(x.V).Sin);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 Cos(Simd512 x) => new(VectorMath.SinCos(x.V).Cos);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Simd512 Sin, Simd512 Cos) SinCos(Simd512 x)
    {
        var (s, c) = VectorMath.SinCos(x.V);
        return (new(s), new(c));
    }
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static (Simd512 Sin, Simd512 Cos) SinCosOutOfLine(Simd512 x)
    {
        var (s, c) = VectorMath.SinCos(x.V);
        return (new(s), new(c));
    }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 Atan2(Simd512 y, Simd512 x) => new(VectorMath.Atan2(y.V, x.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 Cbrt(Simd512 x) => new(VectorMath.Cbrt(x.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 Mod2Pi(Simd512 x) => new(VectorMath.Mod2PiByReciprocal(x.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 LessThan(Simd512 a, Simd512 b) => new(Vector512.LessThan(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 LessThanOrEqual(Simd512 a, Simd512 b) => new(Vector512.LessThanOrEqual(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 GreaterThan(Simd512 a, Simd512 b) => new(Vector512.GreaterThan(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 GreaterThanOrEqual(Simd512 a, Simd512 b) => new(Vector512.GreaterThanOrEqual(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 Equal(Simd512 a, Simd512 b) => new(Vector512.Equals(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 And(Simd512 a, Simd512 b) => new(a.V & b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 Or(Simd512 a, Simd512 b) => new(a.V | b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 AndNot(Simd512 a, Simd512 b) => new(Vector512.AndNot(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512 Select(Simd512 mask, Simd512 ifTrue, Simd512 ifFalse) => new(Vector512.ConditionalSelect(mask.V, ifTrue.V, ifFalse.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool AnyTrue(Simd512 mask) => mask.V.ExtractMostSignificantBits() != 0;
}
