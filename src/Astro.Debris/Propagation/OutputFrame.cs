namespace Astro.Debris.Propagation;

/// <summary>Frame of batch propagation outputs.</summary>
public enum OutputFrame
{
    /// <summary>True Equator Mean Equinox, SGP4's own frame.</summary>
    Teme = 0,

    /// <summary>Pseudo-Earth-fixed (TEME rotated by GMST-82, velocity corrected for Earth rotation), as <see cref="Frames.Teme.ToEcef(StateVector, Time.Epoch, Frames.EarthOrientationParameters)"/> without EOP.</summary>
    Ecef = 1,
}
