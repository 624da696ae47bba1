namespace Astro.Debris.Breakup;

/// <summary>
/// Exposes a <see cref="Xoshiro256"/> stream as a <see cref="System.Random"/> so MathNet.Numerics samplers (the Poisson
/// count) draw from the event's own generator. Not thread-safe; one per call.
/// </summary>
internal sealed class XoshiroRandom : Random
{
    private Xoshiro256 _rng;

    public XoshiroRandom(Xoshiro256 rng) : base(0) => _rng = rng;

    /// <summary>The generator, advanced by whatever was drawn through this adapter.</summary>
    public ref Xoshiro256 Generator => ref _rng;

    protected override double Sample() => _rng.NextDouble();

    public override double NextDouble() => _rng.NextDouble();

    public override int Next() => (int)(_rng.NextULong() >> 33);

    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (int)(_rng.NextDouble() * maxValue);
    }

    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return minValue + (int)(_rng.NextDouble() * ((long)maxValue - minValue));
    }

    public override void NextBytes(byte[] buffer) => NextBytes(buffer.AsSpan());

    public override void NextBytes(Span<byte> buffer)
    {
        for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)(_rng.NextULong() >> 56);
    }
}
