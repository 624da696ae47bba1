namespace Astro.Debris.Breakup;

/// <summary>The class of a parent body; it selects the area-to-mass law used for its fragments larger than 11 cm.</summary>
public enum ParentObjectType
{
    /// <summary>A spacecraft (payload): Johnson et al. 2001, eq. 6.</summary>
    Spacecraft,

    /// <summary>An upper stage or rocket body: Johnson et al. 2001, eq. 5 (σ2 = +0.28 below Lc = 10 cm).</summary>
    RocketBody,
}
