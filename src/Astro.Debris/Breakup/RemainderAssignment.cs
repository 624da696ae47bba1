namespace Astro.Debris.Breakup;

/// <summary>Where the parent mass not carried by the power-law fragments went (see <see cref="BreakupModel.Generate(BreakupEvent)"/>).</summary>
public enum RemainderAssignment
{
    /// <summary>No mass remained (the power-law fragments and the unresolved mass used all of it).</summary>
    None,

    /// <summary>Catastrophic collision or explosion: the remainder was split among 2–8 large fragments.</summary>
    LargeFragments,

    /// <summary>Non-catastrophic collision: the remainder forms one cratered-remnant fragment.</summary>
    CrateredRemnant,
}
