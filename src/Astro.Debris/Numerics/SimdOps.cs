using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Astro.Debris.Numerics;

/// <summary>
/// The handful of lane-wise operations the <see cref="VectorMath"/> kernels are written in, so that each kernel is
/// written once and instantiated for <see cref="double"/> (scalar), <see cref="Vector128{T}"/>,
/// <see cref="Vector256{T}"/> and <see cref="Vector512{T}"/>. Every operation is an IEEE-754 basic operation
/// (correctly rounded, no contraction into FMA) or an exact bit/select/compare, so all four instantiations perform the
/// same operation sequence per lane and give bit-identical results — also on the software fallback paths used when
/// <c>DOTNET_EnableAVX512=0</c>, <c>DOTNET_EnableAVX2=0</c> or <c>DOTNET_EnableHWIntrinsic=0</c>.
/// (.NET 10 does not expose <c>ISimdVector&lt;TSelf,T&gt;</c> publicly, hence this small abstraction.)
/// </summary>
/// <typeparam name="TV">Value type: <see cref="double"/> or a <c>VectorN&lt;double&gt;</c>.</typeparam>
/// <typeparam name="TM">Mask type: <see cref="bool"/> for scalar, the vector itself (all-ones lanes) otherwise.</typeparam>
internal interface ISimdOps<TV, TM>
{
    static abstract TV Create(double value);
    static abstract TV Add(TV a, TV b);
    static abstract TV Subtract(TV a, TV b);
    static abstract TV Multiply(TV a, TV b);
    static abstract TV Divide(TV a, TV b);
    static abstract TV Abs(TV a);
    static abstract TV Truncate(TV a);
    /// <summary>Round to nearest, ties to even.</summary>
    static abstract TV Round(TV a);
    /// <summary>a·b + c with a single rounding.</summary>
    static abstract TV FusedMultiplyAdd(TV a, TV b, TV c);
    static abstract TV CopySign(TV value, TV sign);
    static abstract TM LessThan(TV a, TV b);
    static abstract TM GreaterThan(TV a, TV b);
    static abstract TM GreaterThanOrEqual(TV a, TV b);
    static abstract TM Equals(TV a, TV b);
    /// <summary>Sign bit set (true for -0.0 and negative NaNs).</summary>
    static abstract TM IsNegative(TV a);
    static abstract TM And(TM a, TM b);
    static abstract TM Xor(TM a, TM b);
    /// <summary>True when any lane of the mask is set.</summary>
    static abstract bool AnyTrue(TM mask);
    static abstract TV Select(TM mask, TV whenTrue, TV whenFalse);
    /// <summary>Reinterpret as <see cref="long"/>, shift right logically, reinterpret back.</summary>
    static abstract TV ShiftRightLogicalBits(TV a, int count);
    static abstract TV ShiftLeftBits(TV a, int count);
    static abstract TV AndBits(TV a, long bits);
    static abstract TV OrBits(TV a, long bits);
    static abstract TV AddBits(TV a, long bits);
    /// <summary>Bitwise exclusive or of the two bit patterns.</summary>
    static abstract TV XorBits(TV a, TV b);
}

/// <summary>Scalar instantiation: plain IEEE double arithmetic.</summary>
internal readonly struct ScalarOps : ISimdOps<double, bool>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Create(double value) => value;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Add(double a, double b) => a + b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Subtract(double a, double b) => a - b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Multiply(double a, double b) => a * b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Divide(double a, double b) => a / b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Abs(double a) => Math.Abs(a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Truncate(double a) => Math.Truncate(a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Round(double a) => Math.Round(a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double FusedMultiplyAdd(double a, double b, double c) => Math.FusedMultiplyAdd(a, b, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double CopySign(double value, double sign) => Math.CopySign(value, sign);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool LessThan(double a, double b) => a < b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool GreaterThan(double a, double b) => a > b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool GreaterThanOrEqual(double a, double b) => a >= b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Equals(double a, double b) => a == b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool IsNegative(double a) => double.IsNegative(a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool And(bool a, bool b) => a & b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Xor(bool a, bool b) => a ^ b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool AnyTrue(bool mask) => mask;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Select(bool mask, double whenTrue, double whenFalse) => mask ? whenTrue : whenFalse;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ShiftRightLogicalBits(double a, int count) => BitConverter.Int64BitsToDouble((long)((ulong)BitConverter.DoubleToInt64Bits(a) >> count));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ShiftLeftBits(double a, int count) => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(a) << count);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double AndBits(double a, long bits) => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(a) & bits);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double OrBits(double a, long bits) => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(a) | bits);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double AddBits(double a, long bits) => BitConverter.Int64BitsToDouble(unchecked(BitConverter.DoubleToInt64Bits(a) + bits));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double XorBits(double a, double b) => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(a) ^ BitConverter.DoubleToInt64Bits(b));
}

/// <summary><see cref="Vector128{T}"/> instantiation.</summary>
internal readonly struct Vector128Ops : ISimdOps<Vector128<double>, Vector128<double>>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Create(double value) => Vector128.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Add(Vector128<double> a, Vector128<double> b) => a + b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Subtract(Vector128<double> a, Vector128<double> b) => a - b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Multiply(Vector128<double> a, Vector128<double> b) => a * b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Divide(Vector128<double> a, Vector128<double> b) => a / b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Abs(Vector128<double> a) => Vector128.Abs(a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Truncate(Vector128<double> a) => Vector128.Truncate(a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Round(Vector128<double> a) => Vector128.Round(a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> FusedMultiplyAdd(Vector128<double> a, Vector128<double> b, Vector128<double> c) => Vector128.FusedMultiplyAdd(a, b, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> CopySign(Vector128<double> value, Vector128<double> sign) => Vector128.CopySign(value, sign);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> LessThan(Vector128<double> a, Vector128<double> b) => Vector128.LessThan(a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> GreaterThan(Vector128<double> a, Vector128<double> b) => Vector128.GreaterThan(a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> GreaterThanOrEqual(Vector128<double> a, Vector128<double> b) => Vector128.GreaterThanOrEqual(a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Equals(Vector128<double> a, Vector128<double> b) => Vector128.Equals(a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> IsNegative(Vector128<double> a) => Vector128.IsNegative(a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> And(Vector128<double> a, Vector128<double> b) => a & b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Xor(Vector128<double> a, Vector128<double> b) => a ^ b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool AnyTrue(Vector128<double> mask) => mask.ExtractMostSignificantBits() != 0;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Select(Vector128<double> mask, Vector128<double> whenTrue, Vector128<double> whenFalse) => Vector128.ConditionalSelect(mask, whenTrue, whenFalse);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> ShiftRightLogicalBits(Vector128<double> a, int count) => Vector128.ShiftRightLogical(a.AsInt64(), count).AsDouble();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> ShiftLeftBits(Vector128<double> a, int count) => Vector128.ShiftLeft(a.AsInt64(), count).AsDouble();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> AndBits(Vector128<double> a, long bits) => (a.AsInt64() & Vector128.Create(bits)).AsDouble();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> OrBits(Vector128<double> a, long bits) => (a.AsInt64() | Vector128.Create(bits)).AsDouble();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> AddBits(Vector128<double> a, long bits) => (a.AsInt64() + Vector128.Create(bits)).AsDouble();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> XorBits(Vector128<double> a, Vector128<double> b) => a ^ b;
}

/// <summary><see cref="Vector256{T}"/> instantiation.</summary>
internal readonly struct Vector256Ops : ISimdOps<Vector256<double>, Vector256<double>>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Create(double value) => Vector256.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Add(Vector256<double> a, Vector256<double> b) => a + b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Subtract(Vector256<double> a, Vector256<double> b) => a - b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Multiply(Vector256<double> a, Vector256<double> b) => a * b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Divide(Vector256<double> a, Vector256<double> b) => a / b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Abs(Vector256<double> a) => Vector256.Abs(a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Truncate(Vector256<double> a) => Vector256.Truncate(a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Round(Vector256<double> a) => Vector256.Round(a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> FusedMultiplyAdd(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Vector256.FusedMultiplyAdd(a, b, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> CopySign(Vector256<double> value, Vector256<double> sign) => Vector256.CopySign(value, sign);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> LessThan(Vector256<double> a, Vector256<double> b) => Vector256.LessThan(a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> GreaterThan(Vector256<double> a, Vector256<double> b) => Vector256.GreaterThan(a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> GreaterThanOrEqual(Vector256<double> a, Vector256<double> b) => Vector256.GreaterThanOrEqual(a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Equals(Vector256<double> a, Vector256<double> b) => Vector256.Equals(a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> IsNegative(Vector256<double> a) => Vector256.IsNegative(a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> And(Vector256<double> a, Vector256<double> b) => a & b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Xor(Vector256<double> a, Vector256<double> b) => a ^ b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool AnyTrue(Vector256<double> mask) => mask.ExtractMostSignificantBits() != 0;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Select(Vector256<double> mask, Vector256<double> whenTrue, Vector256<double> whenFalse) => Vector256.ConditionalSelect(mask, whenTrue, whenFalse);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> ShiftRightLogicalBits(Vector256<double> a, int count) => Vector256.ShiftRightLogical(a.AsInt64(), count).AsDouble();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> ShiftLeftBits(Vector256<double> a, int count) => Vector256.ShiftLeft(a.AsInt64(), count).AsDouble();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> AndBits(Vector256<double> a, long bits) => (a.AsInt64() & Vector256.Create(bits)).AsDouble();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> OrBits(Vector256<double> a, long bits) => (a.AsInt64() | Vector256.Create(bits)).AsDouble();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> AddBits(Vector256<double> a, long bits) => (a.AsInt64() + Vector256.Create(bits)).AsDouble();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> XorBits(Vector256<double> a, Vector256<double> b) => a ^ b;
}

/// <summary><see cref="Vector512{T}"/> instantiation.</summary>
internal readonly struct Vector512Ops : ISimdOps<Vector512<double>, Vector512<double>>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Create(double value) => Vector512.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Add(Vector512<double> a, Vector512<double> b) => a + b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Subtract(Vector512<double> a, Vector512<double> b) => a - b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Multiply(Vector512<double> a, Vector512<double> b) => a * b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Divide(Vector512<double> a, Vector512<double> b) => a / b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Abs(Vector512<double> a) => Vector512.Abs(a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Truncate(Vector512<double> a) => Vector512.Truncate(a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Round(Vector512<double> a) => Vector512.Round(a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> FusedMultiplyAdd(Vector512<double> a, Vector512<double> b, Vector512<double> c) => Vector512.FusedMultiplyAdd(a, b, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> CopySign(Vector512<double> value, Vector512<double> sign) => Vector512.CopySign(value, sign);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> LessThan(Vector512<double> a, Vector512<double> b) => Vector512.LessThan(a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> GreaterThan(Vector512<double> a, Vector512<double> b) => Vector512.GreaterThan(a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> GreaterThanOrEqual(Vector512<double> a, Vector512<double> b) => Vector512.GreaterThanOrEqual(a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Equals(Vector512<double> a, Vector512<double> b) => Vector512.Equals(a, b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> IsNegative(Vector512<double> a) => Vector512.IsNegative(a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> And(Vector512<double> a, Vector512<double> b) => a & b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Xor(Vector512<double> a, Vector512<double> b) => a ^ b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool AnyTrue(Vector512<double> mask) => mask.ExtractMostSignificantBits() != 0;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Select(Vector512<double> mask, Vector512<double> whenTrue, Vector512<double> whenFalse) => Vector512.ConditionalSelect(mask, whenTrue, whenFalse);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> ShiftRightLogicalBits(Vector512<double> a, int count) => Vector512.ShiftRightLogical(a.AsInt64(), count).AsDouble();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> ShiftLeftBits(Vector512<double> a, int count) => Vector512.ShiftLeft(a.AsInt64(), count).AsDouble();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> AndBits(Vector512<double> a, long bits) => (a.AsInt64() & Vector512.Create(bits)).AsDouble();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> OrBits(Vector512<double> a, long bits) => (a.AsInt64() | Vector512.Create(bits)).AsDouble();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> AddBits(Vector512<double> a, long bits) => (a.AsInt64() + Vector512.Create(bits)).AsDouble();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> XorBits(Vector512<double> a, Vector512<double> b) => a ^ b;
}
