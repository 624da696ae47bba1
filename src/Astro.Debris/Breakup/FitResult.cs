using Astro.Debris.Elements;
using Astro.Debris.Propagation;

namespace Astro.Debris.Breakup;

/// <summary>
/// The result of fitting SGP4 mean elements to a TEME state (<see cref="MeanElementFitter.Fit"/>). The residuals are
/// measured by evaluating the returned <see cref="Elements"/> with the full SGP4 model at t = 0, exactly as a
/// <see cref="Sgp4Propagator"/> built from them would.
/// </summary>
/// <param name="Status">Whether the tolerances were met (see <see cref="FitStatus"/>).</param>
/// <param name="Elements">The fitted mean elements (epoch and B* as given, catalogue number 0, no name), or null when <see cref="Status"/> is <see cref="FitStatus.Failed"/>.</param>
/// <param name="PositionResidualMeters">|r_SGP4(t = 0) − r|, metres; positive infinity when no elements were found.</param>
/// <param name="VelocityResidualMetersPerSecond">|v_SGP4(t = 0) − v|, m/s; positive infinity when no elements were found.</param>
/// <param name="Iterations">Fixed-point iterations plus least-squares iterations performed.</param>
/// <param name="Method">The algorithm that produced <see cref="Elements"/>.</param>
/// <param name="Sgp4Error">The SGP4 error code of the returned elements at epoch (<see cref="Propagation.Sgp4Error.None"/> normally), or the last error met when the fit failed.</param>
public sealed record FitResult(
    FitStatus Status,
    ElementSet? Elements,
    double PositionResidualMeters,
    double VelocityResidualMetersPerSecond,
    int Iterations,
    FitMethod Method,
    Sgp4Error Sgp4Error)
{
    /// <summary>True when <see cref="Status"/> is <see cref="FitStatus.Converged"/>.</summary>
    public bool IsConverged => Status == FitStatus.Converged;
}
