namespace Astro.Debris.Probability;

/// <summary>The axes a position covariance is expressed in.</summary>
public enum CovarianceFrame
{
    /// <summary>
    /// The object's own radial / transverse / normal frame (CCSDS CDM convention), built from its inertial position and
    /// velocity (see <see cref="Frames.RtnFrame"/>).
    /// </summary>
    Rtn,

    /// <summary>The same inertial axes as the state vector (e.g. EME2000/GCRF, TEME).</summary>
    Inertial,
}
