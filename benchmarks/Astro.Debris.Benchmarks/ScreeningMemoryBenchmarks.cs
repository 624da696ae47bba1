using System.Diagnostics;
using System.Globalization;
using Astro.Debris.Elements;
using Astro.Debris.Screening;
using Astro.Debris.Time;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Astro.Debris.Benchmarks;

/// <summary>
/// Long windows stream in bounded memory: the ISS screened against a synthetic COSMOS 1408-like cloud (5 km) for a
/// number of days. Each case runs in its own process, so the peak working set printed at cleanup is that case's:
/// it must not grow with the window (the time grid is streamed in blocks), only with the number of objects.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class ScreeningMemoryBenchmarks
{
    private ElementSet[] _iss = [];
    private ElementSet[] _cloud = [];
    private ScreeningResult? _last;

    /// <summary>objects × days.</summary>
    [Params("100000x1", "100000x30", "1000000x1")]
    public string Case { get; set; } = "100000x1";

    private int Objects => int.Parse(Case.Split('x')[0], CultureInfo.InvariantCulture);

    private double Days => double.Parse(Case.Split('x')[1], CultureInfo.InvariantCulture);

    [GlobalSetup]
    public void Setup()
    {
        _iss = [SyntheticCloud.Iss()];
        _cloud = SyntheticCloud.Cosmos1408Like(Objects);
    }

    [Benchmark]
    public int ScreenIssAgainstCloud()
    {
        var start = Epoch.Parse("2021-11-15T03:00:00Z");
        _last = ConjunctionScreener.ScreenOneVersusMany(_iss, _cloud, new ScreeningOptions(start, start.AddDays(Days), 5.0));
        return _last.Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var s = _last!.Statistics;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// {Case}: {_last.Count} events, step {s.StepSeconds} s, {s.Intervals} intervals, block {s.BlockSteps} steps, propagation {s.PropagationTime.TotalSeconds:F1} s, total {s.TotalTime.TotalSeconds:F1} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):F0} MiB"));
    }
}
