namespace Astro.Debris.Propagation;

/// <summary>Vector width used by the batch kernels.</summary>
public enum SimdWidth
{
    /// <summary>The widest width the hardware accelerates (512, then 256, then 128 bits, else one lane).</summary>
    Auto = 0,

    /// <summary>8 doubles per operation (AVX-512). Emulated in software when the hardware lacks it.</summary>
    Vector512 = 512,

    /// <summary>4 doubles per operation (AVX2).</summary>
    Vector256 = 256,

    /// <summary>2 doubles per operation (SSE2 / AdvSimd).</summary>
    Vector128 = 128,

    /// <summary>One double at a time, no SIMD.</summary>
    Scalar = 1,
}
