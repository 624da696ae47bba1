namespace Astro.Debris.Probability;

/// <summary>How a collision probability was (or is to be) computed.</summary>
public enum PcMethod
{
    /// <summary>
    /// Foster-type 2D Pc: the combined encounter-plane Gaussian integrated over a circle of radius HBR
    /// (Foster &amp; Estes 1992; what CARA reports as "Pc2D"). CLI: <c>foster</c>.
    /// </summary>
    Foster,

    /// <summary>
    /// 2D Pc over a square of half-width HBR aligned with the principal axes of the encounter-plane covariance:
    /// what CSpOC/18 SDS CDMs label "FOSTER-1992" (overestimates the circle by up to 4/π).
    /// </summary>
    Square,

    /// <summary>Chan's (1997) equivalent-area series; fast, flagged when the ellipse is too elongated. CLI: <c>chan</c>.</summary>
    Chan,

    /// <summary>
    /// Alfano's (2005) maximum Pc over all covariances (size, shape and orientation) when none is known:
    /// depends only on the miss distance and HBR. CLI: <c>alfano-max</c>.
    /// </summary>
    AlfanoMax,

    /// <summary>Monte Carlo from TCA with linear relative motion, with a 95% confidence interval. CLI: <c>monte-carlo</c>.</summary>
    MonteCarlo,

    /// <summary>Alfriend et al. (1999) approximation: the density at the miss point times the HBR disk area.</summary>
    AlfriendApproximation,

    /// <summary>Alfriend et al. (1999) maximum of the approximation over a scale factor of the covariance.</summary>
    AlfriendMax,

    /// <summary>Maximum of the Foster (circle) Pc over a scale factor applied to the combined covariance (CARA's "dilution" max).</summary>
    DilutionMax,

    /// <summary>Maximum Pc over the unknown covariance of one object when only the other's is known (Frisbee 2015 problem, numerical).</summary>
    FrisbeeMax,
}
