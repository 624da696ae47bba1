namespace Astro.Debris.Breakup;

/// <summary>How <see cref="FragmentElementConverter"/> gives synthetic catalogue numbers to fragments.</summary>
public enum CatalogNumberAssignment
{
    /// <summary>
    /// Orbital fragments are numbered first, first + 1, … in input order; sub-orbital and escaping fragments use no number
    /// (a fit that fails still uses its number, so numbers do not depend on fit outcomes).
    /// </summary>
    Consecutive = 0,

    /// <summary>Fragment <c>k</c> (0-based input index) gets first + k whatever its class; numbers of fragments not emitted stay unused.</summary>
    ByInputIndex = 1,
}
