using System.Diagnostics;
using Astro.Debris.Elements;
using Astro.Debris.Propagation;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Astro.Debris.Benchmarks;

/// <summary>
/// A synthetic 1,000,000-fragment LEO cloud (COSMOS 1408's last pre-test elements with seeded perturbations of
/// a few km/s-equivalent in each element) × 1440 one-minute steps, positions only, all cores, streamed in time
/// blocks of 8 minutes. Reports wall time; the peak working set is printed at cleanup.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class CloudBenchmarks
{
    private const int Fragments = 1_000_000;
    private const int Steps = 1440;
    private const int Block = 8;
    private Sgp4BatchPropagator _batch = null!;

    [GlobalSetup]
    public void Setup()
    {
        var parent = TleReader.Parse(
            "1 13552U 82092A   21319.03826954  .00002024  00000-0  69413-4 0  9995",
            "2 13552  82.5637 123.6906 0018570 108.1104 252.2161 15.29390138142807");
        var rng = new Random(1408);
        var cloud = new ElementSet[Fragments];
        for (int i = 0; i < Fragments; i++)
        {
            cloud[i] = parent with
            {
                CatalogNumber = 100000 + i % 200000,
                Inclination = parent.Inclination + (rng.NextDouble() - 0.5) * 0.02,
                RightAscensionOfAscendingNode = parent.RightAscensionOfAscendingNode + (rng.NextDouble() - 0.5) * 0.01,
                Eccentricity = Math.Min(0.05, parent.Eccentricity + rng.NextDouble() * 0.03),
                MeanAnomaly = parent.MeanAnomaly + (rng.NextDouble() - 0.5) * 0.05,
                MeanMotion = parent.MeanMotion * (1.0 + (rng.NextDouble() - 0.5) * 0.06),
                BStar = parent.BStar * Math.Exp((rng.NextDouble() - 0.5) * 6.0),
            };
        }
        _batch = new Sgp4BatchPropagator(cloud);
    }

    [Benchmark(OperationsPerInvoke = Fragments * Steps)]
    public double PropagateCloudPositions()
    {
        int n = Fragments * Block;
        double[] x = new double[n], y = new double[n], z = new double[n];
        var e = new Sgp4Error[n];
        var minutes = new double[Block];
        for (int start = 0; start < Steps; start += Block)
        {
            for (int k = 0; k < Block; k++) minutes[k] = start + k;
            _batch.Propagate(minutes, new Sgp4BatchDestination(x, y, z, e));
        }
        return x[0];
    }

    [GlobalCleanup]
    public void Cleanup() =>
        Console.WriteLine($"// Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):F0} MiB");
}
