using Astro.Debris.Elements;
using Astro.Debris.Orleans;
using Astro.Debris.Screening;
using Astro.Debris.Time;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Astro.Debris.Benchmarks;

/// <summary>
/// Scale-out on Orleans, in one process (Orleans TestingHost, 1–3 silos sharing this machine's cores): the 2022 catalogue
/// all-versus-all over 3 hours at 5 km through <see cref="ClusterScreener"/> against the single-machine
/// <see cref="ConjunctionScreener"/> (the baseline, measured in the same run), and the cost of one tiny shard (two
/// objects, one interval: upload, call, gather). The walk-through with separate silo processes and Redis clustering,
/// and the measured per-process numbers, are in docs/scale-out.md (benchmarks/scale-out/measure.sh).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ScaleOutBenchmarks
{
    /// <summary>Number of in-process silos.</summary>
    [Params(1, 2, 3)]
    public int Silos { get; set; }

    private TestCluster? _cluster;
    private IReadOnlyList<ElementSet> _catalog = [];
    private ElementSet[] _pair = [];
    private ScreeningOptions _options = null!;
    private ScreeningOptions _tinyOptions = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = CatalogData.Load();
        _pair = [.. _catalog.Take(2)];
        var start = Epoch.Parse("2022-08-09T00:00:00Z");
        _options = new ScreeningOptions(start, start.AddSeconds(3 * 3600), 5.0);
        _tinyOptions = new ScreeningOptions(start, start.AddSeconds(60), 5.0) { StepSeconds = 60 };
        _cluster = new TestClusterBuilder((short)Silos).AddSiloBuilderConfigurator<SiloConfigurator>().Build();
        _cluster.DeployAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _cluster?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>The single-machine screener on the same job (all cores).</summary>
    [Benchmark(Baseline = true)]
    public int SingleMachineCatalogThreeHours() => ConjunctionScreener.ScreenAllVersusAll(_catalog, _options).Count;

    /// <summary>The same job on the cluster with the default shard plan.</summary>
    [Benchmark]
    public int ClusterCatalogThreeHours() =>
        new ClusterScreener(_cluster!.Client).ScreenAllVersusAllAsync(_catalog, _options).GetAwaiter().GetResult().Count;

    /// <summary>One shard of two objects and one interval: the fixed cost of a job and a shard.</summary>
    [Benchmark]
    public int ClusterTinyShard() =>
        new ClusterScreener(_cluster!.Client, new ClusterScreeningOptions { ObjectBlocks = 1, TimeWindows = 1 })
            .ScreenAllVersusAllAsync(_pair, _tinyOptions).GetAwaiter().GetResult().Count;

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder.AddAstroDebrisScreening();
    }
}
