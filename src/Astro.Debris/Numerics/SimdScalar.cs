using System.Runtime.CompilerServices;

namespace Astro.Debris.Numerics;

/// <summary>One-lane "vector" for the generic kernels: the path taken when no SIMD hardware is available.</summary>
internal readonly struct SimdScalar : ISimdDouble<SimdScalar>
{
    private static readonly double AllBits = BitConverter.Int64BitsToDouble(-1L);
    public readonly double V;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public SimdScalar(double v) => V = v;

    public static int Count => 1;
    public static bool IsHardwareAccelerated => true;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] private static SimdScalar M(bool b) => new(b ? AllBits : 0.0);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] private static bool T(SimdScalar m) => BitConverter.DoubleToInt64Bits(m.V) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar Create(double value) => new(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar Load(ref double source) => new(source);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(SimdScalar value, ref double destination) => destination = value.V;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Lane(SimdScalar value, int lane) => value.V;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar operator +(SimdScalar a, SimdScalar b) => new(a.V + b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar operator -(SimdScalar a, SimdScalar b) => new(a.V - b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar operator *(SimdScalar a, SimdScalar b) => new(a.V * b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar operator /(SimdScalar a, SimdScalar b) => new(a.V / b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar operator -(SimdScalar a) => new(-a.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar Sqrt(SimdScalar x) => new(Math.Sqrt(x.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar Abs(SimdScalar x) => new(Math.Abs(x.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar MultiplyAdd(SimdScalar a, SimdScalar b, SimdScalar c) => new(double.MultiplyAddEstimate(a.V, b.V, c.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar Sin(SimdScalar x) => new(Math.Sin(x.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar Cos(SimdScalar x) => new(Math.Cos(x.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (SimdScalar Sin, SimdScalar Cos) SinCos(SimdScalar x)
    {
        var (s, c) = Math.SinCos(x.V);
        return (new(s), new(c));
    }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static (SimdScalar Sin, SimdScalar Cos) SinCosOutOfLine(SimdScalar x) => SinCos(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar Atan2(SimdScalar y, SimdScalar x) => new(Math.Atan2(y.V, x.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar Cbrt(SimdScalar x) => new(Math.Cbrt(x.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar Mod2Pi(SimdScalar x) => new(VectorMath.Mod2PiByReciprocal(x.V));

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar LessThan(SimdScalar a, SimdScalar b) => M(a.V < b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar LessThanOrEqual(SimdScalar a, SimdScalar b) => M(a.V <= b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar GreaterThan(SimdScalar a, SimdScalar b) => M(a.V > b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar GreaterThanOrEqual(SimdScalar a, SimdScalar b) => M(a.V >= b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar Equal(SimdScalar a, SimdScalar b) => M(a.V == b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar And(SimdScalar a, SimdScalar b) => M(T(a) & T(b));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar Or(SimdScalar a, SimdScalar b) => M(T(a) | T(b));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar AndNot(SimdScalar a, SimdScalar b) => M(T(a) & !T(b));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static SimdScalar Select(SimdScalar mask, SimdScalar ifTrue, SimdScalar ifFalse) => T(mask) ? ifTrue : ifFalse;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool AnyTrue(SimdScalar mask) => T(mask);
}
