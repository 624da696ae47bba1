using Astro.Debris.Elements;
using Astro.Debris.Propagation;
using Astro.Debris.Time;

namespace Astro.Debris.Breakup;

/// <summary>
/// A breakup end to end: the parent's element set is propagated with SGP4 to the event time, the NASA Standard
/// Breakup Model generates the fragments (<see cref="BreakupModel.Generate(BreakupEvent, int)"/>), each fragment's TEME
/// state is its parent's state plus its Δv, and every fragment is classified and fitted to SGP4 mean elements
/// (<see cref="FragmentElementConverter"/>).
/// </summary>
/// <remarks>
/// In a collision, target fragments inherit the target's state and projectile fragments the projectile's state
/// when a projectile element set is given. Without one (e.g. a direct-ascent interceptor, which has no element set),
/// projectile fragments inherit the target's state: at the moment of a hypervelocity impact the debris of both bodies
/// shares the collision point, and the model's Δv then spreads it.
/// </remarks>
public static class BreakupSimulation
{
    /// <summary>Runs the breakup and converts every fragment.</summary>
    /// <param name="parent">The element set of the broken-up object (the target in a collision).</param>
    /// <param name="eventTime">The event time (UTC); the parent is propagated to it with SGP4 (WGS-72).</param>
    /// <param name="breakup">The event: kind, masses, speed, minimum size, seed.</param>
    /// <param name="options">Fitting, B*, catalogue numbering and reentry options (default <see cref="FragmentConversionOptions.Default"/>).</param>
    /// <param name="projectile">The projectile's element set, when it has one (collisions only).</param>
    /// <param name="maxDegreeOfParallelism">Threads for fragment generation (results are identical for every value).</param>
    /// <exception cref="ArgumentException">The event is invalid, a collision's projectile is given for an explosion,
    /// or SGP4 cannot propagate a parent to the event time (the message carries the SGP4 error).</exception>
    public static BreakupSimulationResult Run(ElementSet parent, Epoch eventTime, BreakupEvent breakup,
        FragmentConversionOptions? options = null, ElementSet? projectile = null, int maxDegreeOfParallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(breakup);
        if (projectile is not null && breakup.Kind != BreakupKind.Collision)
            throw new ArgumentException("A projectile element set only applies to a collision.", nameof(projectile));
        breakup.Validate();
        options ??= FragmentConversionOptions.Default;

        var parentState = StateAt(parent, eventTime, nameof(parent));
        var projectileState = projectile is null ? parentState : StateAt(projectile, eventTime, nameof(projectile));

        var generated = BreakupModel.Generate(breakup, maxDegreeOfParallelism);
        var fragments = generated.Fragments.Span;
        var states = new FragmentState[fragments.Length];
        for (int k = 0; k < fragments.Length; k++)
        {
            var f = fragments[k];
            var origin = f.Source == FragmentSource.Projectile ? projectileState : parentState;
            var velocity = origin.Velocity + f.DeltaVMetersPerSecond / 1000.0;
            states[k] = new FragmentState(new StateVector(origin.Position, velocity), f.AreaToMassRatio, f.CharacteristicLengthM);
        }
        var conversion = FragmentElementConverter.Convert(eventTime, states, options);
        return new BreakupSimulationResult(parent, eventTime, parentState, projectile is null ? null : projectileState, generated, conversion);
    }

    private static StateVector StateAt(ElementSet elements, Epoch time, string parameter)
    {
        var propagator = new Sgp4Propagator(elements);
        if (propagator.InitializationError != Sgp4Error.None)
            throw new ArgumentException($"SGP4 cannot initialise element set {elements.CatalogNumber}: {propagator.InitializationError}.", parameter);
        var result = propagator.Propagate(time);
        if (!result.IsSuccess)
            throw new ArgumentException($"SGP4 cannot propagate element set {elements.CatalogNumber} to {time}: {result.Error}.", parameter);
        return result.State;
    }
}
