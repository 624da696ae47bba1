namespace Astro.Debris.Breakup;

/// <summary>The kind of fragmentation event modelled by the NASA Standard Breakup Model.</summary>
public enum BreakupKind
{
    /// <summary>An explosion of one parent: N(&gt;Lc) = 6·S·Lc^−1.6 (Johnson et al. 2001, eq. 2).</summary>
    Explosion,

    /// <summary>A collision of two bodies: N(&gt;Lc) = 0.1·M^0.75·Lc^−1.71 (Johnson et al. 2001, eq. 4, with the Krisko 2011 M).</summary>
    Collision,
}
