namespace Astro.Debris.Breakup;

/// <summary>Outcome of fitting SGP4 mean elements to a state.</summary>
public enum FitStatus
{
    /// <summary>SGP4 of the fitted elements reproduces the state at epoch within the fitter's position and velocity tolerances.</summary>
    Converged = 0,

    /// <summary>
    /// The iteration limits were reached first. <see cref="FitResult.Elements"/> holds the best elements found (SGP4 can
    /// propagate them) and the residuals say how far their state at epoch is from the target; the caller decides
    /// whether that is good enough.
    /// </summary>
    NotConverged = 1,

    /// <summary>
    /// No element set SGP4 can evaluate was found (e.g. the state is not an ellipse, or every iterate gave an SGP4
    /// error); <see cref="FitResult.Elements"/> is null and the residuals are positive infinity.
    /// </summary>
    Failed = 2,
}
