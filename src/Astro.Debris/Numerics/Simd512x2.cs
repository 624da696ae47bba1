using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Astro.Debris.Numerics;

/// <summary>
/// Two 512-bit vectors processed as one of 16 lanes. Every operation is applied to both halves back to back, so that
/// a kernel whose steps form long dependency chains (SGP4's Kepler iteration: sin/cos, a division and a convergence
/// test per step) has two independent chains in flight. Lanes 0–7 are <see cref="A"/>, 8–15 <see cref="B"/>; lanes stay
/// independent. Written on the vector types directly (not as a pair of <see cref="Simd512"/>): the nested structs
/// made the JIT give up inlining in the kernels.
/// </summary>
internal readonly struct Simd512x2 : ISimdDouble<Simd512x2>
{
    public readonly Vector512<double> A, B;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Simd512x2(Vector512<double> a, Vector512<double> b)
    {
        A = a;
        B = b;
    }

    public static int Count => 2 * Vector512<double>.Count;
    public static bool IsHardwareAccelerated => Vector512.IsHardwareAccelerated;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 Create(double value) { var v = Vector512.Create(value); return new(v, v); }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 Load(ref double source) => new(Vector512.LoadUnsafe(ref source), Vector512.LoadUnsafe(ref source, 8));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Simd512x2 value, ref double destination)
    {
        value.A.StoreUnsafe(ref destination);
        value.B.StoreUnsafe(ref destination, 8);
    }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Lane(Simd512x2 value, int lane) => lane < 8 ? value.A.GetElement(lane) : value.B.GetElement(lane - 8);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 operator +(Simd512x2 a, Simd512x2 b) => new(a.A + b.A, a.B + b.B);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 operator -(Simd512x2 a, Simd512x2 b) => new(a.A - b.A, a.B - b.B);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 operator *(Simd512x2 a, Simd512x2 b) => new(a.A * b.A, a.B * b.B);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 operator /(Simd512x2 a, Simd512x2 b) => new(a.A / b.A, a.B / b.B);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 operator -(Simd512x2 a) => new(-a.A, -a.B);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 Sqrt(Simd512x2 x) => new(Vector512.Sqrt(x.A), Vector512.Sqrt(x.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 Abs(Simd512x2 x) => new(Vector512.Abs(x.A), Vector512.Abs(x.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 MultiplyAdd(Simd512x2 a, Simd512x2 b, Simd512x2 c) => new(Vector512.MultiplyAddEstimate(a.A, b.A, c.A), Vector512.MultiplyAddEstimate(a.B, b.B, c.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 Sin(Simd512x2 x) => SinCos(x).Sin;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 Cos(Simd512x2 x) => SinCos(x).Cos;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Simd512x2 Sin, Simd512x2 Cos) SinCos(Simd512x2 x)
    {
        var (sa, ca) = VectorMath.SinCos(x.A);
        var (sb, cb) = VectorMath.SinCos(x.B);
        return (new(sa, sb), new(ca, cb));
    }
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static (Simd512x2 Sin, Simd512x2 Cos) SinCosOutOfLine(Simd512x2 x)
    {
        // Two calls of the one-vector kernel: both sin/cos inlined into one method exceed the JIT's inlining budget, and
        // this wrapper inlined into the SDP4 stages pushes their vector operations out of line.
        var (sa, ca) = Simd512.SinCosOutOfLine(new(x.A));
        var (sb, cb) = Simd512.SinCosOutOfLine(new(x.B));
        return (new(sa.V, sb.V), new(ca.V, cb.V));
    }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 Atan2(Simd512x2 y, Simd512x2 x) => new(VectorMath.Atan2(y.A, x.A), VectorMath.Atan2(y.B, x.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 Cbrt(Simd512x2 x) => new(VectorMath.Cbrt(x.A), VectorMath.Cbrt(x.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 Mod2Pi(Simd512x2 x) => new(VectorMath.Mod2PiByReciprocal(x.A), VectorMath.Mod2PiByReciprocal(x.B));

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 LessThan(Simd512x2 a, Simd512x2 b) => new(Vector512.LessThan(a.A, b.A), Vector512.LessThan(a.B, b.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 LessThanOrEqual(Simd512x2 a, Simd512x2 b) => new(Vector512.LessThanOrEqual(a.A, b.A), Vector512.LessThanOrEqual(a.B, b.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 GreaterThan(Simd512x2 a, Simd512x2 b) => new(Vector512.GreaterThan(a.A, b.A), Vector512.GreaterThan(a.B, b.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 GreaterThanOrEqual(Simd512x2 a, Simd512x2 b) => new(Vector512.GreaterThanOrEqual(a.A, b.A), Vector512.GreaterThanOrEqual(a.B, b.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 Equal(Simd512x2 a, Simd512x2 b) => new(Vector512.Equals(a.A, b.A), Vector512.Equals(a.B, b.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 And(Simd512x2 a, Simd512x2 b) => new(a.A & b.A, a.B & b.B);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 Or(Simd512x2 a, Simd512x2 b) => new(a.A | b.A, a.B | b.B);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd512x2 AndNot(Simd512x2 a, Simd512x2 b) => new(Vector512.AndNot(a.A, b.A), Vector512.AndNot(a.B, b.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512x2 Select(Simd512x2 mask, Simd512x2 ifTrue, Simd512x2 ifFalse) =>
        new(Vector512.ConditionalSelect(mask.A, ifTrue.A, ifFalse.A), Vector512.ConditionalSelect(mask.B, ifTrue.B, ifFalse.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool AnyTrue(Simd512x2 mask) => (mask.A | mask.B).ExtractMostSignificantBits() != 0;
}
