using Astro.Debris.Breakup;
using BenchmarkDotNet.Attributes;

namespace Astro.Debris.Benchmarks;

/// <summary>
/// NASA SBM fragment generation (size, source, A/M, area, mass, Δv vector) for a COSMOS 1408-like catastrophic collision:
/// 2000 kg spacecraft + 50 kg projectile at 7 km/s, Lc from 1 mm to the parent size (seed 1: 4,107,232 power-law fragments; M = 2050 kg).
/// Reported time is per fragment (OperationsPerInvoke = the seed's sampled count); throughput = 1 / time.
/// The mass budget, trimming and large fragments are included (they are a few scans of the array).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
[MemoryDiagnoser]
public class BreakupBenchmarks
{
    /// <summary>Power-law fragments drawn for seed 1 (checked in <see cref="Cleanup"/>).</summary>
    private const int Fragments = SampledCountSeed1;
    private const int SampledCountSeed1 = 4_107_232;

    private static readonly BreakupEvent Cosmos = BreakupEvent.Collision(ParentObjectType.Spacecraft, 2000, 50, 7, 0.001, 1);
    private BreakupResult? _last;

    /// <summary>One thread.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Fragments)]
    public int OneThread() => (_last = BreakupModel.Generate(Cosmos, 1)).Count;

    /// <summary>All cores (identical cloud).</summary>
    [Benchmark(OperationsPerInvoke = Fragments)]
    public int AllCores() => (_last = BreakupModel.Generate(Cosmos, -1)).Count;

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_last is { } r && r.SampledCount != Fragments)
            throw new InvalidOperationException($"Sampled count changed to {r.SampledCount}; update SampledCountSeed1.");
    }
}
