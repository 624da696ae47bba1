namespace Astro.Debris.Numerics;

/// <summary>
/// A vector of doubles of some width (512/256/128-bit or one lane), so that a kernel is written once and
/// specialised by the JIT for each width. Masks are vectors whose lanes are all-ones (true) or zero (false).
/// </summary>
internal interface ISimdDouble<TSelf> where TSelf : struct, ISimdDouble<TSelf>
{
    /// <summary>Number of lanes.</summary>
    static abstract int Count { get; }

    /// <summary>True when this width runs on hardware (otherwise the runtime emulates it).</summary>
    static abstract bool IsHardwareAccelerated { get; }

    static abstract TSelf Create(double value);
    static abstract TSelf Load(ref double source);
    static abstract void Store(TSelf value, ref double destination);
    static abstract double Lane(TSelf value, int lane);

    static abstract TSelf operator +(TSelf a, TSelf b);
    static abstract TSelf operator -(TSelf a, TSelf b);
    static abstract TSelf operator *(TSelf a, TSelf b);
    static abstract TSelf operator /(TSelf a, TSelf b);
    static abstract TSelf operator -(TSelf a);

    static abstract TSelf Sqrt(TSelf x);
    static abstract TSelf Abs(TSelf x);
    /// <summary>a·b + c, fused (one rounding) where the CPU has FMA, else a multiply and an add: for polynomial steps
    /// whose last bit the results do not depend on beyond rounding (not bit-identical across ISA paths).</summary>
    static abstract TSelf MultiplyAdd(TSelf a, TSelf b, TSelf c);
    static abstract TSelf Sin(TSelf x);
    static abstract TSelf Cos(TSelf x);
    static abstract (TSelf Sin, TSelf Cos) SinCos(TSelf x);
    /// <summary>
    /// <see cref="SinCos"/> as a real call: for kernels with many sin/cos (SDP4's resonance and lunar-solar terms),
    /// where inlining every one would exhaust the JIT's inlining budget and leave the kernel's vector arithmetic as calls.
    /// </summary>
    static abstract (TSelf Sin, TSelf Cos) SinCosOutOfLine(TSelf x);
    static abstract TSelf Atan2(TSelf y, TSelf x);
    static abstract TSelf Cbrt(TSelf x);
    /// <summary>An angle equivalent to x in about (−2π, 2π): <see cref="VectorMath.Mod2PiByReciprocal(double)"/>.</summary>
    static abstract TSelf Mod2Pi(TSelf x);

    static abstract TSelf LessThan(TSelf a, TSelf b);
    static abstract TSelf LessThanOrEqual(TSelf a, TSelf b);
    static abstract TSelf GreaterThan(TSelf a, TSelf b);
    static abstract TSelf GreaterThanOrEqual(TSelf a, TSelf b);
    static abstract TSelf Equal(TSelf a, TSelf b);
    static abstract TSelf And(TSelf a, TSelf b);
    static abstract TSelf Or(TSelf a, TSelf b);
    static abstract TSelf AndNot(TSelf a, TSelf b);
    static abstract TSelf Select(TSelf mask, TSelf ifTrue, TSelf ifFalse);
    static abstract bool AnyTrue(TSelf mask);
}
