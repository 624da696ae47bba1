using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Astro.Debris.Numerics;

/// <summary>
/// Two 256-bit vectors processed as one of 8 lanes. Every operation is applied to both halves back to back, so that
/// a kernel whose steps form long dependency chains (SGP4's Kepler iteration: sin/cos, a division and a convergence
/// test per step) has two independent chains in flight. Lanes 0–3 are <see cref="A"/>, 4–7 <see cref="B"/>; lanes stay
/// independent. Written on the vector types directly (not as a pair of <see cref="Simd256"/>): the nested structs
/// made the JIT give up inlining in the kernels.
/// </summary>
internal readonly struct Simd256x2 : ISimdDouble<Simd256x2>
{
    public readonly Vector256<double> A, B;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Simd256x2(Vector256<double> a, Vector256<double> b)
    {
        A = a;
        B = b;
    }

    public static int Count => 2 * Vector256<double>.Count;
    public static bool IsHardwareAccelerated => Vector256.IsHardwareAccelerated;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 Create(double value) { var v = Vector256.Create(value); return new(v, v); }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 Load(ref double source) => new(Vector256.LoadUnsafe(ref source), Vector256.LoadUnsafe(ref source, 4));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Simd256x2 value, ref double destination)
    {
        value.A.StoreUnsafe(ref destination);
        value.B.StoreUnsafe(ref destination, 4);
    }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Lane(Simd256x2 value, int lane) => lane < 4 ? value.A.GetElement(lane) : value.B.GetElement(lane - 4);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 operator +(Simd256x2 a, Simd256x2 b) => new(a.A + b.A, a.B + b.B);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 operator -(Simd256x2 a, Simd256x2 b) => new(a.A - b.A, a.B - b.B);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 operator *(Simd256x2 a, Simd256x2 b) => new(a.A * b.A, a.B * b.B);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 operator /(Simd256x2 a, Simd256x2 b) => new(a.A / b.A, a.B / b.B);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 operator -(Simd256x2 a) => new(-a.A, -a.B);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 Sqrt(Simd256x2 x) => new(Vector256.Sqrt(x.A), Vector256.Sqrt(x.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 Abs(Simd256x2 x) => new(Vector256.Abs(x.A), Vector256.Abs(x.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 MultiplyAdd(Simd256x2 a, Simd256x2 b, Simd256x2 c) => new(Vector256.MultiplyAddEstimate(a.A, b.A, c.A), Vector256.MultiplyAddEstimate(a.B, b.B, c.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 Sin(Simd256x2 x) => SinCos(x).Sin;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 Cos(Simd256x2 x) => SinCos(x).Cos;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Simd256x2 Sin, Simd256x2 Cos) SinCos(Simd256x2 x)
    {
        var (sa, ca) = VectorMath.SinCos(x.A);
        var (sb, cb) = VectorMath.SinCos(x.B);
        return (new(sa, sb), new(ca, cb));
    }
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static (Simd256x2 Sin, Simd256x2 Cos) SinCosOutOfLine(Simd256x2 x)
    {
        // Two calls of the one-vector kernel: both sin/cos inlined into one method exceed the JIT's inlining budget, and
        // this wrapper inlined into the SDP4 stages pushes their vector operations out of line.
        var (sa, ca) = Simd256.SinCosOutOfLine(new(x.A));
        var (sb, cb) = Simd256.SinCosOutOfLine(new(x.B));
        return (new(sa.V, sb.V), new(ca.V, cb.V));
    }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 Atan2(Simd256x2 y, Simd256x2 x) => new(VectorMath.Atan2(y.A, x.A), VectorMath.Atan2(y.B, x.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 Cbrt(Simd256x2 x) => new(VectorMath.Cbrt(x.A), VectorMath.Cbrt(x.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 Mod2Pi(Simd256x2 x) => new(VectorMath.Mod2PiByReciprocal(x.A), VectorMath.Mod2PiByReciprocal(x.B));

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 LessThan(Simd256x2 a, Simd256x2 b) => new(Vector256.LessThan(a.A, b.A), Vector256.LessThan(a.B, b.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 LessThanOrEqual(Simd256x2 a, Simd256x2 b) => new(Vector256.LessThanOrEqual(a.A, b.A), Vector256.LessThanOrEqual(a.B, b.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 GreaterThan(Simd256x2 a, Simd256x2 b) => new(Vector256.GreaterThan(a.A, b.A), Vector256.GreaterThan(a.B, b.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 GreaterThanOrEqual(Simd256x2 a, Simd256x2 b) => new(Vector256.GreaterThanOrEqual(a.A, b.A), Vector256.GreaterThanOrEqual(a.B, b.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 Equal(Simd256x2 a, Simd256x2 b) => new(Vector256.Equals(a.A, b.A), Vector256.Equals(a.B, b.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 And(Simd256x2 a, Simd256x2 b) => new(a.A & b.A, a.B & b.B);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 Or(Simd256x2 a, Simd256x2 b) => new(a.A | b.A, a.B | b.B);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Simd256x2 AndNot(Simd256x2 a, Simd256x2 b) => new(Vector256.AndNot(a.A, b.A), Vector256.AndNot(a.B, b.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256x2 Select(Simd256x2 mask, Simd256x2 ifTrue, Simd256x2 ifFalse) =>
        new(Vector256.ConditionalSelect(mask.A, ifTrue.A, ifFalse.A), Vector256.ConditionalSelect(mask.B, ifTrue.B, ifFalse.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool AnyTrue(Simd256x2 mask) => (mask.A | mask.B).ExtractMostSignificantBits() != 0;
}
