using Astro.Debris.Elements;
using Astro.Debris.Screening;
using Astro.Debris.Time;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Astro.Debris.Benchmarks;

/// <summary>
/// Conjunction screening on one core and on two (<see cref="Cores"/>), one warm-up and two measured runs each (Monitoring:
/// a run takes seconds to tens of seconds):
/// <list type="bullet">
/// <item>all versus all over the 2022 catalogue (25,975 sets), 2022-08-09 00:00 → 2022-08-10 00:00 UTC, 5 km;</item>
/// <item>ISS (2021-11-15 elements) versus a synthetic 80,000-fragment COSMOS 1408-like cloud, 7 days, 5 km.</item>
/// </list>
/// The screener's own phase timings (propagation, broad phase, refinement) and counts are printed at cleanup, with the
/// throughput in pair·days per second per core (pairs = N(N−1)/2, or primaries × secondaries before the prefilter).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 2)]
public class ScreeningBenchmarks
{
    /// <summary>Degree of parallelism of the screener (the machine has two cores).</summary>
    [Params(1, 2)]
    public int Cores { get; set; }

    private IReadOnlyList<ElementSet> _catalog = [];
    private ElementSet[] _iss = [];
    private ElementSet[] _cloud = [];
    private readonly List<string> _report = [];

    [GlobalSetup]
    public void Setup()
    {
        _catalog = CatalogData.Load();
        _iss = [SyntheticCloud.Iss()];
        _cloud = SyntheticCloud.Cosmos1408Like(80_000);
    }

    [Benchmark]
    public int AllVersusAllCatalogOneDay5Km()
    {
        var options = new ScreeningOptions(Epoch.Parse("2022-08-09T00:00:00Z"), Epoch.Parse("2022-08-10T00:00:00Z"), 5.0)
        {
            MaxDegreeOfParallelism = Cores,
        };
        var r = ConjunctionScreener.ScreenAllVersusAll(_catalog, options);
        double pairs = (double)_catalog.Count * (_catalog.Count - 1) / 2;
        Report("all-vs-all 2022 catalogue, 1 day, 5 km", r, pairs * 1.0);
        return r.Count;
    }

    [Benchmark]
    public int IssVersusCloud80kSevenDays5Km()
    {
        var start = Epoch.Parse("2021-11-15T03:00:00Z");
        var options = new ScreeningOptions(start, start.AddDays(7), 5.0) { MaxDegreeOfParallelism = Cores };
        var r = ConjunctionScreener.ScreenOneVersusMany(_iss, _cloud, options);
        Report("ISS vs 80k cloud, 7 days, 5 km", r, (double)_cloud.Length * 7.0);
        return r.Count;
    }

    private void Report(string name, ScreeningResult r, double pairDays)
    {
        var s = r.Statistics;
        int cores = Cores;
        string line = $"{name}, {cores} core(s): {r.Count} conjunctions, {r.Exclusions.Count} exclusions; total {s.TotalTime.TotalSeconds:F2} s " +
                      $"(propagation {s.PropagationTime.TotalSeconds:F2} s, broad phase {s.BroadPhaseTime.TotalSeconds:F2} s, refinement {s.RefinementTime.TotalSeconds:F2} s); " +
                      $"step {s.StepSeconds} s, {s.Intervals} intervals, {s.ObjectsPropagated} objects, broad radius {s.BroadPhaseRadiusKm:F1} km, " +
                      $"{s.BroadPhasePairTests:N0} pair tests, {s.CandidateIntervals:N0} candidate intervals; " +
                      $"{pairDays / s.TotalTime.TotalSeconds / cores:E3} pair·days/s/core on {cores} cores";
        Console.WriteLine("// SCREENING " + line);
        _report.Add(line);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var line in _report) Console.WriteLine("// SCREENING " + line);
    }
}
