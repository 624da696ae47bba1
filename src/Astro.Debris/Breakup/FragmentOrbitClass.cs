namespace Astro.Debris.Breakup;

/// <summary>What kind of trajectory a fragment's state at the event is on (two-body, WGS-72 μ).</summary>
public enum FragmentOrbitClass
{
    /// <summary>An ellipse whose perigee is at or above the re-entry altitude: fitted and emitted as an element set.</summary>
    Orbital = 0,

    /// <summary>An ellipse whose perigee is below the re-entry altitude: re-enters within one revolution; counted, not fitted.</summary>
    SubOrbital = 1,

    /// <summary>A parabola or hyperbola (non-negative two-body energy, e ≥ 1): leaves the Earth; counted, not fitted.</summary>
    Escape = 2,
}
