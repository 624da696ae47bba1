using System.Collections;

namespace Astro.Debris.Screening;

/// <summary>
/// The conjunctions found (a read-only list, sorted by TCA, then object 1's and object 2's catalogue numbers, then
/// their indices), the objects excluded because SGP4 failed for them, and run statistics.
/// </summary>
public sealed class ScreeningResult : IReadOnlyList<Conjunction>
{
    internal ScreeningResult(IReadOnlyList<Conjunction> conjunctions, IReadOnlyList<ScreeningExclusion> exclusions, ScreeningStatistics statistics)
    {
        Conjunctions = conjunctions;
        Exclusions = exclusions;
        Statistics = statistics;
    }

    /// <summary>The conjunctions, sorted by TCA, catalogue numbers, indices.</summary>
    public IReadOnlyList<Conjunction> Conjunctions { get; }

    /// <summary>Objects SGP4 failed for (sorted by role and index); each was screened only before its first failure.</summary>
    public IReadOnlyList<ScreeningExclusion> Exclusions { get; }

    /// <summary>Counts and phase timings.</summary>
    public ScreeningStatistics Statistics { get; }

    /// <inheritdoc/>
    public Conjunction this[int index] => Conjunctions[index];

    /// <inheritdoc/>
    public int Count => Conjunctions.Count;

    /// <inheritdoc/>
    public IEnumerator<Conjunction> GetEnumerator() => Conjunctions.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
