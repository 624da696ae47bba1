using Astro.Debris.Screening;
using Orleans.TestingHost;
using Xunit.Abstractions;

namespace Astro.Debris.Orleans.Tests;

/// <summary>
/// The cluster result against <see cref="ConjunctionScreener.ScreenAllVersusAll"/> on the same input, on an in-process
/// cluster grown from one to three silos.
/// </summary>
public sealed class ClusterEqualityTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Object_block_shards_are_bit_identical_on_one_two_and_three_silos_and_the_catalogue_travels_once_per_silo()
    {
        var (catalog, options) = ClusterTestData.SmallJob();
        var single = ConjunctionScreener.ScreenAllVersusAll(catalog, options);
        single.Count.Should().BeGreaterThan(0);
        single.Exclusions.Should().NotBeEmpty("the subset holds objects SGP4 rejects, so the exclusion merge is exercised");

        await using TestCluster cluster = await TestClusterFactory.StartAsync(1);
        var settings = new ClusterScreeningOptions { ObjectBlocks = 4, TimeWindows = 1 };
        for (int silos = 1; silos <= 3; silos++)
        {
            if (silos > 1) await cluster.StartAdditionalSiloAsync();
            await cluster.WaitForLivenessToStabilizeAsync();
            var before = await Counters(cluster);
            var result = await new ClusterScreener(cluster.Client, settings).ScreenAllVersusAllAsync(catalog, options);
            var after = await Counters(cluster);

            ResultComparison.ShouldBeBitIdentical(result, single);
            result.Statistics.Shards.Should().Be(10);
            result.Statistics.StepSeconds.Should().Be(single.Statistics.StepSeconds);
            result.Statistics.SilosUsed.Should().Be(silos);
            // Once per silo: every silo that ran shards received the catalogue exactly once for this job.
            result.Statistics.CatalogUploads.Should().Be(silos);
            foreach (var (silo, c) in after)
                (c.CatalogUploads - (before.TryGetValue(silo, out var b) ? b.CatalogUploads : 0)).Should().Be(1, $"silo {silo}");
            after.Values.Sum(c => c.ShardsRun).Should().Be(before.Values.Sum(c => c.ShardsRun) + 10);
            after.Values.Should().OnlyContain(c => c.JobsCached == 0, "the coordinator releases the job at the end");
            output.WriteLine($"{silos} silo(s): {result.Count} events, {result.Exclusions.Count} exclusions, "
                + $"{result.Statistics.Shards} shards in {result.Statistics.TotalTime.TotalSeconds:F2} s");
        }
    }

    [Fact]
    public async Task Time_window_shards_match_within_the_refinement_tolerance_and_border_duplicates_are_removed()
    {
        var (catalog, options) = ClusterTestData.SmallJob();
        var single = ConjunctionScreener.ScreenAllVersusAll(catalog, options);
        await using TestCluster cluster = await TestClusterFactory.StartAsync(3);
        foreach (var settings in new[]
                 {
                     new ClusterScreeningOptions { ObjectBlocks = 1, TimeWindows = 60 },  // 2-interval windows: many borders
                     new ClusterScreeningOptions { ObjectBlocks = 3, TimeWindows = 7 },
                 })
        {
            var result = await new ClusterScreener(cluster.Client, settings).ScreenAllVersusAllAsync(catalog, options);
            var (dt, dm, dp, dr) = ResultComparison.MaxDifferences(result, single);
            output.WriteLine($"K={settings.ObjectBlocks} W={settings.TimeWindows}: {result.Count} events, {result.Statistics.DuplicatesRemoved} border duplicates; "
                + $"max |ΔTCA| {dt:E2} s, |Δmiss| {dm:E2} km, |Δr| {dp:E2} km, |ΔRTN| {dr:E2} km");
            dt.Should().BeLessThan(1e-6);
            dm.Should().BeLessThan(1e-9);
            dp.Should().BeLessThan(1e-5);
            dr.Should().BeLessThan(1e-5);
            result.Exclusions.Select(x => (x.Index, x.Error)).Should().Equal(single.Exclusions.Select(x => (x.Index, x.Error)));
            for (int i = 0; i < single.Exclusions.Count; i++)
                Math.Abs(result.Exclusions[i].FirstFailure.SecondsSince(single.Exclusions[i].FirstFailure)).Should().BeLessThan(1e-6);
        }
    }

    [Fact]
    public async Task Default_plan_on_three_silos_matches_the_single_machine_screener()
    {
        var (catalog, options) = ClusterTestData.SmallJob();
        var single = ConjunctionScreener.ScreenAllVersusAll(catalog, options);
        await using TestCluster cluster = await TestClusterFactory.StartAsync(3);
        var progress = new List<ClusterScreeningProgress>();
        var result = await new ClusterScreener(cluster.Client).ScreenAllVersusAllAsync(catalog, options,
            new SynchronousProgress<ClusterScreeningProgress>(p => { lock (progress) progress.Add(p); }));
        var plan = ShardPlan.Create(catalog.Length, result.Statistics.Intervals, 3, Environment.ProcessorCount);
        result.Statistics.Shards.Should().Be(plan.Shards.Count);
        result.Statistics.TimeWindows.Should().Be(plan.TimeWindows);
        ResultComparison.MaxDifferences(result, single).TcaSeconds.Should().BeLessThan(1e-6);
        lock (progress)
        {
            progress.Should().Contain(p => p.CompletedShards == p.TotalShards && p.TotalShards == plan.Shards.Count);
            progress.Select(p => p.CompletedShards).Should().BeInAscendingOrder();
        }
    }

    private static async Task<Dictionary<string, SiloScreeningCounters>> Counters(TestCluster cluster)
    {
        var map = new Dictionary<string, SiloScreeningCounters>();
        foreach (var silo in cluster.GetActiveSilos())
        {
            var c = await cluster.Client.GetGrain<IScreeningSiloGrain>(silo.SiloAddress.ToParsableString()).GetCounters();
            map[c.Silo] = c;
        }
        return map;
    }
}

/// <summary>An <see cref="IProgress{T}"/> that calls back on the reporting thread (no synchronisation context hop).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
