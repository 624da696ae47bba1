namespace Astro.Debris.Probability;

/// <summary>The shape the encounter-plane Gaussian is integrated over, for methods that offer a choice.</summary>
public enum HardBodyShape
{
    /// <summary>A disk of radius HBR (the physical sphere's cross-section).</summary>
    Circle,

    /// <summary>A square of half-width HBR aligned with the covariance's principal axes (circumscribes the disk; CSpOC CDMs).</summary>
    Square,

    /// <summary>A square of half-width HBR·√π/2 (the disk's area) aligned with the covariance's principal axes (CARA's "squareEquArea").</summary>
    SquareEqualArea,
}
