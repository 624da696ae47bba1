namespace Astro.Debris.Screening;

/// <summary>The phases of a screening run, as reported through <see cref="ScreeningProgress"/>.</summary>
public enum ScreeningPhase
{
    /// <summary>Bounds, apogee/perigee prefilter and propagator set-up.</summary>
    Preparation = 0,

    /// <summary>Streaming the time grid: batch propagation and the broad phase (grid or sweep) block by block.</summary>
    BroadPhase = 1,

    /// <summary>TCA refinement of the candidate intervals.</summary>
    Refinement = 2,

    /// <summary>Done.</summary>
    Completed = 3,
}
