using Astro.Debris.Propagation;
using BenchmarkDotNet.Attributes;

namespace Astro.Debris.Benchmarks;

/// <summary>
/// Scalar SGP4/SDP4 over the 2022 catalogue × 1440 one-minute steps (t = 0 … 1439 min after each set's epoch),
/// one core. Reported time is per propagation (OperationsPerInvoke = objects × steps); throughput = 1 / time.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
[MemoryDiagnoser]
public class Sgp4ScalarBenchmarks
{
    private const int Steps = 1440;
    private Sgp4Propagator[] _near = [];
    private Sgp4Propagator[] _deep = [];
    private double _sink;

    [GlobalSetup]
    public void Setup() => (_near, _deep) = CatalogData.Propagators();

    private double Run(Sgp4Propagator[] sats)
    {
        double acc = 0;
        foreach (var sat in sats)
        {
            for (int k = 0; k < Steps; k++)
            {
                var r = sat.Propagate(k);
                acc += r.Position.X;
            }
        }
        _sink = acc;
        return acc;
    }

    /// <summary>21,485 near-Earth objects × 1440 steps.</summary>
    [Benchmark(OperationsPerInvoke = 21_485 * Steps)]
    public double NearEarth() => Run(_near);

    /// <summary>4,490 deep-space objects × 1440 steps.</summary>
    [Benchmark(OperationsPerInvoke = 4_490 * Steps)]
    public double DeepSpace() => Run(_deep);

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_near.Length != 21_485 || _deep.Length != 4_490)
            throw new InvalidOperationException($"Catalogue split changed: {_near.Length} near-Earth, {_deep.Length} deep-space; update OperationsPerInvoke.");
        GC.KeepAlive(_sink);
    }
}
