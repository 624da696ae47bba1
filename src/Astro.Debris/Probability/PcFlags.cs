namespace Astro.Debris.Probability;

/// <summary>Conditions found while computing a collision probability. <see cref="PcResult.Reason"/> explains them in words.</summary>
[Flags]
public enum PcFlags
{
    /// <summary>Nothing to report.</summary>
    None = 0,

    /// <summary>
    /// The relative velocity is zero (or not finite): there is no encounter plane and the 2D methods are undefined.
    /// The value is NaN.
    /// </summary>
    ZeroRelativeVelocity = 1,

    /// <summary>
    /// The miss vector is zero or parallel to the relative velocity; the encounter-plane orientation about the relative
    /// velocity was chosen arbitrarily (the 2D Pc does not depend on it when the miss is zero).
    /// </summary>
    DegenerateMissDirection = 2,

    /// <summary>
    /// The 2×2 encounter-plane covariance had an eigenvalue below the clipping limit (1e-4·HBR)²; it was raised to that
    /// limit (Hall et al. 2017 eigenvalue clipping, as CARA does) and the value is computed with the remediated matrix.
    /// </summary>
    CovarianceRemediated = 4,

    /// <summary>
    /// The covariance could not be remediated (no positive eigenvalue, or not finite). The value is NaN.
    /// </summary>
    CovarianceNotRemediable = 8,

    /// <summary>The combined 3×3 position covariance is not positive definite (informational; the 2D methods use its projection).</summary>
    CovarianceNotPositiveDefinite3D = 16,

    /// <summary>
    /// An approximation is outside its domain of validity (Chan's series on a very elongated ellipse or a disk large
    /// against the minor sigma). The value is the approximation's output and must not be trusted; use <see cref="PcMethod.Foster"/>.
    /// </summary>
    IllConditioned = 32,

    /// <summary>Relative speed below 0.5 km/s: the short-encounter (rectilinear) assumption behind the 2D methods is questionable.</summary>
    LowRelativeVelocity = 64,

    /// <summary>An input was not finite or out of range (e.g. negative HBR). The value is NaN.</summary>
    InvalidInput = 128,

    /// <summary>The quadrature reached its node limit before its convergence test passed; the value is the last estimate.</summary>
    NotConverged = 256,
}
