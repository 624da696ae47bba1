namespace Astro.Debris.Screening;

/// <summary>
/// What a screening run did and where its time went (Stopwatch phase timings, wall clock). The counts are
/// deterministic; the timings are not.
/// </summary>
public sealed record ScreeningStatistics
{
    /// <summary>Grid step used, seconds.</summary>
    public double StepSeconds { get; init; }

    /// <summary>Number of grid intervals.</summary>
    public int Intervals { get; init; }

    /// <summary>Grid intervals per streamed block.</summary>
    public int BlockSteps { get; init; }

    /// <summary>Objects propagated on the grid (after the prefilter and initialisation errors).</summary>
    public int ObjectsPropagated { get; init; }

    /// <summary>Secondaries removed by the apogee/perigee prefilter (one-versus-many; 0 for all-versus-all).</summary>
    public int PrefilteredOut { get; init; }

    /// <summary>Search radius D, km.</summary>
    public double SearchRadiusKm { get; init; }

    /// <summary>
    /// Broad-phase radius D + V·h/2 with V the largest relative-speed bound, km: an upper bound on every all-versus-all
    /// grid cell and fast-object query radius (those use the per-interval speed bounds and are usually smaller).
    /// </summary>
    public double BroadPhaseRadiusKm { get; init; }

    /// <summary>Largest bound on relative speed V used, km/s.</summary>
    public double MaxRelativeSpeedKmPerSecond { get; init; }

    /// <summary>Largest bound on relative acceleration A used, km/s².</summary>
    public double MaxRelativeAccelerationKmPerSecond2 { get; init; }

    /// <summary>Pair-interval tests made by the broad phase (pairs in neighbouring cells, or swept pairs).</summary>
    public long BroadPhasePairTests { get; init; }

    /// <summary>Pair intervals that passed the chord/curvature test and went to refinement.</summary>
    public long CandidateIntervals { get; init; }

    /// <summary>Time spent in batch propagation.</summary>
    public TimeSpan PropagationTime { get; init; }

    /// <summary>Time spent in the broad phase (grid or sweep, chord tests).</summary>
    public TimeSpan BroadPhaseTime { get; init; }

    /// <summary>Time spent refining TCAs.</summary>
    public TimeSpan RefinementTime { get; init; }

    /// <summary>Total wall time.</summary>
    public TimeSpan TotalTime { get; init; }
}
