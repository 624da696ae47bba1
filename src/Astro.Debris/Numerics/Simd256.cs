using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Astro.Debris.Numerics;

/// <summary>256-bit vector of doubles for the generic kernels.</summary>
internal readonly struct Simd256 : ISimdDouble<Simd256>
{
    public readonly Vector256<double> V;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Simd256(Vector256<double> v) => V = v;

    public static int Count => Vector256<double>.Count;
    public static bool IsHardwareAccelerated => Vector256.IsHardwareAccelerated;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 Create(double value) => new(Vector256.Create(value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 Load(ref double source) => new(Vector256.LoadUnsafe(ref source));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(Simd256 value, ref double destination) => value.V.StoreUnsafe(ref destination);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Lane(Simd256 value, int lane) => value.V.GetElement(lane);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 operator +(Simd256 a, Simd256 b) => new(a.V + b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 operator -(Simd256 a, Simd256 b) => new(a.V - b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 operator *(Simd256 a, Simd256 b) => new(a.V * b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 operator /(Simd256 a, Simd256 b) => new(a.V / b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 operator -(Simd256 a) => new(-a.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 Sqrt(Simd256 x) => new(Vector256.Sqrt(x.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 Abs(Simd256 x) => new(Vector256.Abs(x.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 MultiplyAdd(Simd256 a, Simd256 b, Simd256 c) => new(Vector256.MultiplyAddEstimate(a.V, b.V, c.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 Sin(Simd256 x) => new(VectorMath.SinCos(x.V).Sin);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 Cos(Simd256 x) => new(VectorMath.SinCos(x.V).Cos);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Simd256 Sin, Simd256 Cos) SinCos(Simd256 x)
    {
        var (s, c) = VectorMath.SinCos(x.V);
        return (new(s), new(c));
    }
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static (Simd256 Sin, Simd256 Cos) SinCosOutOfLine(Simd256 x)
    {
        var (s, c) = VectorMath.SinCos(x.V);
        return (new(s), new(c));
    }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 Atan2(Simd256 y, Simd256 x) => new(VectorMath.Atan2(y.V, x.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 Cbrt(Simd256 x) => new(VectorMath.Cbrt(x.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 Mod2Pi(Simd256 x) => new(VectorMath.Mod2PiByReciprocal(x.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 LessThan(Simd256 a, Simd256 b) => new(Vector256.LessThan(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 LessThanOrEqual(Simd256 a, Simd256 b) => new(Vector256.LessThanOrEqual(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 GreaterThan(Simd256 a, Simd256 b) => new(Vector256.GreaterThan(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 GreaterThanOrEqual(Simd256 a, Simd256 b) => new(Vector256.GreaterThanOrEqual(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 Equal(Simd256 a, Simd256 b) => new(Vector256.Equals(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 And(Simd256 a, Simd256 b) => new(a.V & b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 Or(Simd256 a, Simd256 b) => new(a.V | b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 AndNot(Simd256 a, Simd256 b) => new(Vector256.AndNot(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256 Select(Simd256 mask, Simd256 ifTrue, Simd256 ifFalse) => new(Vector256.ConditionalSelect(mask.V, ifTrue.V, ifFalse.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool AnyTrue(Simd256 mask) => mask.V.ExtractMostSignificantBits() != 0;
}
