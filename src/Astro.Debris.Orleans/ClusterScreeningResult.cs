using System.Collections;
using Astro.Debris.Screening;

namespace Astro.Debris.Orleans;

/// <summary>
/// The result of a cluster screening job: the same conjunctions and exclusions as
/// <see cref="ConjunctionScreener.ScreenAllVersusAll"/> on the same input (same order), and the job's statistics.
/// </summary>
public sealed class ClusterScreeningResult : IReadOnlyList<Conjunction>
{
    internal ClusterScreeningResult(IReadOnlyList<Conjunction> conjunctions, IReadOnlyList<ScreeningExclusion> exclusions,
        ClusterScreeningStatistics statistics)
    {
        Conjunctions = conjunctions;
        Exclusions = exclusions;
        Statistics = statistics;
    }

    /// <summary>The conjunctions, sorted by TCA, catalogue numbers, indices (as the single-machine screener sorts them).</summary>
    public IReadOnlyList<Conjunction> Conjunctions { get; }

    /// <summary>Objects SGP4 failed for, earliest failure per object, sorted by index.</summary>
    public IReadOnlyList<ScreeningExclusion> Exclusions { get; }

    /// <summary>How the job was cut and run.</summary>
    public ClusterScreeningStatistics Statistics { get; }

    /// <inheritdoc/>
    public Conjunction this[int index] => Conjunctions[index];

    /// <inheritdoc/>
    public int Count => Conjunctions.Count;

    /// <inheritdoc/>
    public IEnumerator<Conjunction> GetEnumerator() => Conjunctions.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>How a cluster screening job was cut and run. Counts are deterministic for a given plan except the attempts, uploads and timings.</summary>
public sealed record ClusterScreeningStatistics
{
    /// <summary>Grid step of the job, seconds (the single-machine screener's step for the same catalogue and options).</summary>
    public double StepSeconds { get; init; }

    /// <summary>Grid intervals of the job.</summary>
    public int Intervals { get; init; }

    /// <summary>Object blocks K.</summary>
    public int ObjectBlocks { get; init; }

    /// <summary>Time windows W.</summary>
    public int TimeWindows { get; init; }

    /// <summary>Shards (K(K+1)/2 × W).</summary>
    public int Shards { get; init; }

    /// <summary>Shard runs started, re-runs after a silo failure included.</summary>
    public int ShardAttempts { get; init; }

    /// <summary>Shards re-run after their silo failed.</summary>
    public int ShardReruns { get; init; }

    /// <summary>Catalogue uploads (one per silo that ran shards, plus one per silo that lost the job).</summary>
    public int CatalogUploads { get; init; }

    /// <summary>Silos that completed at least one shard.</summary>
    public int SilosUsed { get; init; }

    /// <summary>Events found twice (on a time-window border) and dropped.</summary>
    public int DuplicatesRemoved { get; init; }

    /// <summary>Candidate intervals refined, summed over the shards.</summary>
    public long CandidateIntervals { get; init; }

    /// <summary>Shard compute time summed over the shards (measured on the silos).</summary>
    public TimeSpan ShardComputeTime { get; init; }

    /// <summary>Wall time of the job, seen by the coordinator.</summary>
    public TimeSpan TotalTime { get; init; }
}

/// <summary>Progress of a cluster screening job.</summary>
/// <param name="CompletedShards">Shards done.</param>
/// <param name="TotalShards">Shards in the job.</param>
/// <param name="Reruns">Shards re-run so far after a silo failure.</param>
/// <param name="ActiveSilos">Silos running shards now.</param>
public sealed record ClusterScreeningProgress(int CompletedShards, int TotalShards, int Reruns, int ActiveSilos)
{
    /// <summary>Fraction of the shards done, 0 … 1.</summary>
    public double Fraction => TotalShards == 0 ? 1.0 : (double)CompletedShards / TotalShards;
}

/// <summary>A cluster screening job could not complete: no active silo, or a shard failed on every attempt.</summary>
public sealed class ClusterScreeningException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    public ClusterScreeningException(string message) : base(message) { }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The last failure.</param>
    public ClusterScreeningException(string message, Exception? innerException) : base(message, innerException) { }
}
