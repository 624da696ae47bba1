using Astro.Debris.Elements;
using Astro.Debris.Screening;
using Astro.Debris.Time;
using Orleans.TestingHost;
using Xunit.Abstractions;

namespace Astro.Debris.Orleans.Tests;

/// <summary>A silo killed mid-job, cancellation, bad input.</summary>
public sealed class ClusterFaultTests(ITestOutputHelper output)
{
    private static (ElementSet[] Catalog, ScreeningOptions Options) LongerJob() =>
        (ClusterTestData.Shell(2000, 400, 900),
         new ScreeningOptions(Epoch.Parse("2022-08-10T00:00:00Z"), Epoch.Parse("2022-08-10T06:00:00Z"), thresholdKm: 10));

    [Fact]
    public async Task A_silo_killed_during_the_job_has_its_shards_rerun_elsewhere_and_the_result_is_unchanged()
    {
        var (catalog, options) = LongerJob();
        var single = ConjunctionScreener.ScreenAllVersusAll(catalog, options);
        single.Count.Should().BeGreaterThan(0);
        await using TestCluster cluster = await TestClusterFactory.StartAsync(3);
        var victim = cluster.SecondarySilos[0];
        Task? kill = null;
        int completedAtKill = -1;
        var progress = new SynchronousProgress<ClusterScreeningProgress>(p =>
        {
            if (p.CompletedShards >= 2 && Interlocked.CompareExchange(ref completedAtKill, p.CompletedShards, -1) == -1)
                kill = Task.Run(() => cluster.KillSiloAsync(victim));
        });
        var settings = new ClusterScreeningOptions { ObjectBlocks = 12, TimeWindows = 1 };
        var result = await new ClusterScreener(cluster.Client, settings).ScreenAllVersusAllAsync(catalog, options, progress);
        await kill!;
        output.WriteLine($"killed at {completedAtKill}/{result.Statistics.Shards} shards; {result.Statistics.ShardReruns} re-run, "
            + $"{result.Statistics.ShardAttempts} attempts, {result.Statistics.CatalogUploads} uploads, {result.Count} events, "
            + $"{result.Statistics.TotalTime.TotalSeconds:F1} s");
        completedAtKill.Should().BeLessThan(result.Statistics.Shards);
        result.Statistics.ShardReruns.Should().BeGreaterThan(0, "the killed silo had a shard in flight");
        ResultComparison.ShouldBeBitIdentical(result, single);
    }

    [Fact]
    public async Task A_cancelled_job_stops_and_releases_the_silos_and_the_cluster_runs_the_next_job()
    {
        var (catalog, options) = LongerJob();
        await using TestCluster cluster = await TestClusterFactory.StartAsync(2);
        using var cts = new CancellationTokenSource();
        var progress = new SynchronousProgress<ClusterScreeningProgress>(p => { if (p.CompletedShards >= 1) cts.Cancel(); });
        var screener = new ClusterScreener(cluster.Client, new ClusterScreeningOptions { ObjectBlocks = 12, TimeWindows = 1 });
        Func<Task> act = () => screener.ScreenAllVersusAllAsync(catalog, options, progress, cts.Token);
        await act.Should().ThrowAsync<OperationCanceledException>();
        foreach (var silo in cluster.GetActiveSilos())
            (await cluster.Client.GetGrain<IScreeningSiloGrain>(silo.SiloAddress.ToParsableString()).GetCounters()).JobsCached.Should().Be(0);

        var (small, smallOptions) = ClusterTestData.SmallJob();
        var next = await screener.ScreenAllVersusAllAsync(small, smallOptions);
        ResultComparison.ShouldBeBitIdentical(next, ConjunctionScreener.ScreenAllVersusAll(small, smallOptions));
    }

    [Fact]
    public async Task Bad_input_gives_typed_errors_before_any_shard_runs()
    {
        await using TestCluster cluster = await TestClusterFactory.StartAsync(1);
        var (catalog, options) = ClusterTestData.SmallJob();
        var screener = new ClusterScreener(cluster.Client);
        var withNull = catalog.Take(3).Append(null!).ToArray();
        await screener.Invoking(s => s.ScreenAllVersusAllAsync(withNull, options)).Should().ThrowAsync<ArgumentException>().WithMessage("*3*null*");
        await screener.Invoking(s => s.ScreenAllVersusAllAsync(catalog, options with { End = options.Start })).Should().ThrowAsync<ArgumentException>();
        await screener.Invoking(s => s.ScreenAllVersusAllAsync(null!, options)).Should().ThrowAsync<ArgumentNullException>();
        var xp = catalog.Take(5).Append(catalog[5] with { EphemerisType = 4 }).ToArray();
        await screener.Invoking(s => s.ScreenAllVersusAllAsync(xp, options)).Should().ThrowAsync<ArgumentException>();
        FluentActions.Invoking(() => new ClusterScreener(null!)).Should().Throw<ArgumentNullException>();

        var empty = await screener.ScreenAllVersusAllAsync([], options);
        empty.Should().BeEmpty();
        empty.Exclusions.Should().BeEmpty();
    }
}
