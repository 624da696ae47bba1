namespace Astro.Debris.Propagation;

/// <summary>Options of <see cref="Sgp4BatchPropagator"/>.</summary>
public sealed record Sgp4BatchOptions
{
    /// <summary>Default options: all cores, widest accelerated width.</summary>
    public static Sgp4BatchOptions Default { get; } = new();

    /// <summary>Maximum number of cores used (−1 = all). Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>How work is divided between cores (results do not depend on it).</summary>
    public ParallelSplit Split { get; init; } = ParallelSplit.Objects;

    /// <summary>Vector width; <see cref="SimdWidth.Auto"/> picks the widest the hardware accelerates.</summary>
    public SimdWidth Width { get; init; } = SimdWidth.Auto;
}
