namespace Astro.Debris.Breakup;

/// <summary>
/// Which parent a fragment inherits its state (position and velocity at the event) from.
/// The names refer to the bodies exactly as the caller labelled them in <see cref="BreakupEvent"/>
/// (<see cref="BreakupEvent.TargetMassKg"/> and <see cref="BreakupEvent.ProjectileMassKg"/>), even when the
/// model internally treats the heavier body as the target.
/// </summary>
public enum FragmentSource
{
    /// <summary>A fragment of the body given as the target (every fragment of an explosion).</summary>
    Target,

    /// <summary>A fragment of the body given as the projectile.</summary>
    Projectile,

    /// <summary>
    /// The cratered remnant of a non-catastrophic collision: the heavier body minus its ejecta, with the projectile
    /// material that was not ejected. It keeps the velocity of the heavier body (Δv = 0).
    /// </summary>
    Remnant,
}
