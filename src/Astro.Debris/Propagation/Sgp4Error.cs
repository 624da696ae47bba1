namespace Astro.Debris.Propagation;

/// <summary>SGP4 error codes, numbered exactly as in the reference implementation.</summary>
public enum Sgp4Error
{
    /// <summary>No error.</summary>
    None = 0,

    /// <summary>1: mean eccentricity out of range (e ≥ 1 or e &lt; −0.001).</summary>
    MeanEccentricity = 1,

    /// <summary>2: mean motion not positive.</summary>
    MeanMotion = 2,

    /// <summary>3: perturbed eccentricity (after lunar-solar periodics) out of [0, 1].</summary>
    PerturbedEccentricity = 3,

    /// <summary>4: semi-latus rectum negative.</summary>
    SemiLatusRectum = 4,

    /// <summary>5: epoch elements sub-orbital (no longer raised by the reference; kept for the numbering).</summary>
    SubOrbital = 5,

    /// <summary>6: the satellite has decayed (radius below one earth radius); the state is still computed.</summary>
    Decayed = 6,
}
