namespace Astro.Debris.Breakup;

/// <summary>
/// xoshiro256** (Blackman &amp; Vigna 2018) as a mutable struct so the fragment loop has no virtual call or lock per draw
/// (MathNet's <c>Xoshiro256StarStar</c> is the same algorithm behind <see cref="System.Random"/> and takes an
/// <see cref="int"/> seed). The state is filled from a 64-bit seed and a stream number through SplitMix64, so every
/// (seed, stream) pair gives an independent, platform-independent sequence.
/// </summary>
internal struct Xoshiro256
{
    private ulong _s0, _s1, _s2, _s3;

    public static Xoshiro256 Create(ulong seed, ulong stream)
    {
        ulong x = Mix(seed + 0x9E3779B97F4A7C15UL);
        x = Mix(x ^ (stream * 0xD1B54A32D192ED03UL + 0x8CB92BA72F3D8DD7UL));
        var r = new Xoshiro256();
        r._s0 = SplitMix(ref x);
        r._s1 = SplitMix(ref x);
        r._s2 = SplitMix(ref x);
        r._s3 = SplitMix(ref x);
        return r;
    }

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        return Mix(x);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextULong()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / 9007199254740992.0);

    /// <summary>Uniform in (0, 1] with 53 random bits.</summary>
    public double NextDoubleNonZero() => ((NextULong() >> 11) + 1) * (1.0 / 9007199254740992.0);

    /// <summary>Uniform in [−1, 1) (63 bits of resolution), for the polar methods.</summary>
    public double NextSigned() => (long)NextULong() * (1.0 / 9223372036854775808.0);

    /// <summary>Uniform integer in [0, n) (Lemire's multiply-shift; n small so the bias is below 2^-60).</summary>
    public int NextInt(int n) => (int)(((NextULong() >> 32) * (ulong)n) >> 32);

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
