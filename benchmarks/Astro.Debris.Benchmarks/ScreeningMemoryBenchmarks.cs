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
        _iss = [TleReader.Parse(
            "1 25544U 98067A   21319.86359406  .00001699  00000-0  39549-4 0  9996",
            "2 25544  51.6442 312.7312 0004574 201.3017 242.9752 15.48581038312108", "ISS (ZARYA)")];
        var parent = TleReader.Parse(
            "1 13552U 82092A   21319.03826954  .00002024  00000-0  69413-4 0  9995",
            "2 13552  82.5637 123.6906 0018570 108.1104 252.2161 15.29390138142807", "COSMOS 1408");
        var rng = new Random(1408);
        double Gauss() => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
        const double Deg = Math.PI / 180;
        _cloud = new ElementSet[Objects];
        for (int i = 0; i < _cloud.Length; i++)
            _cloud[i] = parent with
            {
                CatalogNumber = 100000 + i % 200000,
                MeanMotion = parent.MeanMotion + 0.15 * Gauss(),
                Eccentricity = Math.Clamp(parent.Eccentricity + 0.01 * Math.Abs(Gauss()), 0.0, 0.05),
                MeanAnomaly = parent.MeanAnomaly + 10.0 * Deg * Gauss(),
                Inclination = parent.Inclination + 0.3 * Deg * Gauss(),
                RightAscensionOfAscendingNode = parent.RightAscensionOfAscendingNode + 0.3 * Deg * Gauss(),
            };
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
