namespace Astro.Debris.Propagation;

/// <summary>How <see cref="Sgp4BatchPropagator"/> divides work between cores. Results are identical either way.</summary>
public enum ParallelSplit
{
    /// <summary>Each core takes blocks of objects and all times for them (the default: faster in our benchmarks).</summary>
    Objects = 0,

    /// <summary>Each core takes blocks of times and all objects for them.</summary>
    Times = 1,
}
