namespace Astro.Debris.Breakup;

/// <summary>
/// The outcome of <see cref="BreakupModel.Generate(BreakupEvent)"/>: the fragments and the bookkeeping of counts and
/// mass. Mass identity (to rounding): <see cref="TotalFragmentMassKg"/> + <see cref="UnresolvedMassKg"/> =
/// <see cref="TotalParentMassKg"/> whenever <see cref="RemainderAssignment"/> is not <see cref="Breakup.RemainderAssignment.None"/>.
/// </summary>
public sealed class BreakupResult
{
    internal BreakupResult(BreakupEvent breakupEvent, Fragment[] buffer, int count)
    {
        Event = breakupEvent;
        Fragments = new ReadOnlyMemory<Fragment>(buffer, 0, count);
    }

    /// <summary>The event that was modelled.</summary>
    public BreakupEvent Event { get; }

    /// <summary>
    /// The fragments: first the power-law fragments in generation order, then the 2–8 large fragments or the cratered
    /// remnant. <see cref="Fragment.Id"/> equals the index.
    /// </summary>
    public ReadOnlyMemory<Fragment> Fragments { get; }

    /// <summary>Number of fragments (<see cref="Fragments"/> length).</summary>
    public int Count => Fragments.Length;

    /// <summary>True for a collision whose energy-to-mass ratio exceeds 40 J/g (strictly); false for explosions.</summary>
    public bool IsCatastrophic { get; internal init; }

    /// <summary>½·m_light·v² / m_heavy in J/kg (0 for explosions).</summary>
    public double EnergyToMassRatioJoulesPerKg { get; internal init; }

    /// <summary>The M of the collision count law, kg (m_t + m_p, or m_p·v² with v in km/s); 0 for explosions.</summary>
    public double CollisionMassParameterKg { get; internal init; }

    /// <summary>Upper size bound of the power law that was used, m.</summary>
    public double MaximumCharacteristicLengthM { get; internal init; }

    /// <summary>Expected number of power-law fragments between the minimum and maximum sizes: N(&gt;Lmin) − N(&gt;Lmax).</summary>
    public double ExpectedCount { get; internal init; }

    /// <summary>Number of power-law fragments drawn (Poisson with mean <see cref="ExpectedCount"/>), before the mass budget.</summary>
    public int SampledCount { get; internal init; }

    /// <summary>Power-law fragments removed because depositing them would have exceeded the mass budget (always the largest ones).</summary>
    public int DiscardedCount { get; internal init; }

    /// <summary>Power-law fragments kept (<see cref="SampledCount"/> − <see cref="DiscardedCount"/>).</summary>
    public int PowerLawFragmentCount => SampledCount - DiscardedCount;

    /// <summary>Mass of all bodies involved, kg (target + projectile, or the exploding body).</summary>
    public double TotalParentMassKg { get; internal init; }

    /// <summary>Mass that may be turned into power-law fragments, kg: the total for explosions and catastrophic collisions, min(M, total) for non-catastrophic ones.</summary>
    public double FragmentationBudgetKg { get; internal init; }

    /// <summary>
    /// Expected mass of the fragments between 1 mm and the minimum size (not generated), kg, capped at
    /// <see cref="FragmentationBudgetKg"/>; 0 when the minimum size is 1 mm or less.
    /// </summary>
    public double UnresolvedMassKg { get; internal init; }

    /// <summary>Sum of the masses of the kept power-law fragments, kg.</summary>
    public double PowerLawMassKg { get; internal init; }

    /// <summary>
    /// Parent mass left after the power-law fragments and the unresolved mass, kg
    /// (<see cref="TotalParentMassKg"/> − <see cref="UnresolvedMassKg"/> − <see cref="PowerLawMassKg"/>).
    /// </summary>
    public double RemainingMassKg { get; internal init; }

    /// <summary>How <see cref="RemainingMassKg"/> was assigned.</summary>
    public RemainderAssignment RemainderAssignment { get; internal init; }

    /// <summary>Number of fragments that carry the remaining mass (2–8 large fragments, 1 remnant, or 0).</summary>
    public int RemainderFragmentCount { get; internal init; }

    /// <summary>Sum of the masses of all fragments returned, kg.</summary>
    public double TotalFragmentMassKg { get; internal init; }
}
