using Astro.Debris.Elements;
using Astro.Debris.Time;

namespace Astro.Debris.Breakup;

/// <summary>The outcome of <see cref="BreakupSimulation.Run"/>: the generated fragments and, for each, its orbit.</summary>
/// <remarks><see cref="Conversion"/>'s outcome <c>k</c> belongs to fragment <c>k</c> of <see cref="Breakup"/>.</remarks>
public sealed class BreakupSimulationResult
{
    internal BreakupSimulationResult(ElementSet parent, Epoch eventTime, StateVector parentState, StateVector? projectileState,
        BreakupResult breakup, FragmentConversionResult conversion)
    {
        Parent = parent;
        EventTime = eventTime;
        ParentState = parentState;
        ProjectileState = projectileState;
        Breakup = breakup;
        Conversion = conversion;
    }

    /// <summary>The parent's element set.</summary>
    public ElementSet Parent { get; }

    /// <summary>The event time (UTC), also the epoch of every fragment element set.</summary>
    public Epoch EventTime { get; }

    /// <summary>The parent's TEME state at the event (km, km/s).</summary>
    public StateVector ParentState { get; }

    /// <summary>The projectile's TEME state at the event when a projectile element set was given.</summary>
    public StateVector? ProjectileState { get; }

    /// <summary>The fragments of the NASA Standard Breakup Model, with the event's mass budget.</summary>
    public BreakupResult Breakup { get; }

    /// <summary>Each fragment's class (orbital, sub-orbital, escape), B*, fit and element set.</summary>
    public FragmentConversionResult Conversion { get; }

    /// <summary>Number of fragments generated.</summary>
    public int Count => Breakup.Count;

    /// <summary>The fragments' element sets whose fit converged, in fragment order.</summary>
    public IEnumerable<ElementSet> ElementSets() => Conversion.ElementSets();
}
