using Astro.Debris.Propagation;
using Astro.Debris.Screening;
using Astro.Debris.Time;

namespace Astro.Debris.Orleans.Tests;

/// <summary>The coordinator's merge and the wire forms of element sets, jobs and events (no cluster needed).</summary>
public sealed class MergeAndWireTests
{
    [Fact]
    public void Element_sets_and_job_options_survive_the_wire_form_bit_for_bit()
    {
        var catalog = ClusterTestData.Catalog;
        catalog.Select(e => ElementSetData.From(e).ToElementSet()).Should().Equal(catalog);
        var options = new ScreeningOptions(Epoch.Parse("2022-08-10T00:00:00.123Z"), Epoch.Parse("2022-08-10T05:00:00Z"), 7.5)
        {
            Volume = ScreeningVolume.IssBox, PrefilterPadKm = 12, GravityModel = GravityModel.Wgs84, OperationMode = OperationMode.Afspc,
            MaxDegreeOfParallelism = 1, BlockSteps = 9,
        };
        var plan = ShardPlan.Create(3, 300, 1, 1);
        var back = ScreeningJobData.From(catalog.Take(3).ToList(), options, 42.0, plan).ToOptions();
        back.Should().Be(options with { StepSeconds = 42.0 });
    }

    [Fact]
    public void Events_found_on_both_sides_of_a_window_border_are_merged_and_exclusions_keep_the_earliest_failure()
    {
        var (catalog, options) = ClusterTestData.SmallJob();
        var single = ConjunctionScreener.ScreenAllVersusAll(catalog, options);
        var c = single[0];
        var plan = ShardPlan.Create(catalog.Length, 120, 1, 1, new ClusterScreeningOptions { TimeWindows = 2 });
        var a = ConjunctionData.From(c, c.Index1, c.Index2);
        var b = a with { TcaFraction = a.TcaFraction + 0.4e-3 / 86400 };           // the neighbour's copy, 0.4 ms later
        var other = a with { TcaFraction = a.TcaFraction + 2e-3 / 86400 };        // 2 ms later: a separate minimum
        var t0 = options.Start;
        ExclusionData Ex(int i, double seconds, Sgp4Error e) { var t = t0.AddSeconds(seconds); return new(i, (int)e, t.JulianDayMidnight, t.DayFraction); }
        var shard1 = new ShardResultData(ShardStatus.Completed, [b, other], [Ex(5, 600, Sgp4Error.Decayed)], 3, 0.1, "s1");
        var shard2 = new ShardResultData(ShardStatus.Completed, [a], [Ex(5, 60, Sgp4Error.MeanEccentricity), Ex(2, 0, Sgp4Error.Decayed)], 4, 0.2, "s2");

        var merged = ClusterScreener.Merge(catalog, plan, 60, [shard1, shard2], 3, 1, 2, TimeSpan.FromSeconds(1));

        merged.Should().HaveCount(2);
        merged[0].Should().Be(c, "the earliest of the near-duplicates is kept, rebuilt bit for bit");
        merged.Statistics.DuplicatesRemoved.Should().Be(1);
        merged.Exclusions.Select(x => (x.Index, x.Error)).Should().Equal((2, Sgp4Error.Decayed), (5, Sgp4Error.MeanEccentricity));
        merged.Exclusions[1].FirstFailure.Should().Be(t0.AddSeconds(60));
        merged.Exclusions[1].Elements.Should().BeSameAs(catalog[5]);
        merged.Statistics.Should().BeEquivalentTo(new
        {
            StepSeconds = 60.0, Intervals = 120, ObjectBlocks = 1, TimeWindows = 2, Shards = 2, ShardAttempts = 3, ShardReruns = 1,
            CatalogUploads = 2, SilosUsed = 2, CandidateIntervals = 7L,
        });
        merged.Statistics.ShardComputeTime.TotalSeconds.Should().BeApproximately(0.3, 1e-9);
    }

    [Fact]
    public void Silo_failures_are_told_apart_from_errors_of_the_shard_itself()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        ClusterScreener.IsSiloFailure(new global::Orleans.Runtime.SiloUnavailableException(), default).Should().BeTrue();
        ClusterScreener.IsSiloFailure(new TimeoutException(), default).Should().BeTrue();
        ClusterScreener.IsSiloFailure(new IOException(), default).Should().BeTrue();
        ClusterScreener.IsSiloFailure(new OperationCanceledException(), default).Should().BeTrue("cancelled by the silo, not by the job");
        ClusterScreener.IsSiloFailure(new OperationCanceledException(), cancelled.Token).Should().BeFalse();
        ClusterScreener.IsSiloFailure(new ArgumentException(), default).Should().BeFalse();
        ClusterScreener.IsSiloFailure(new AggregateException(new TimeoutException(), new IOException()), default).Should().BeTrue();
        ClusterScreener.IsSiloFailure(new AggregateException(new TimeoutException(), new ArgumentException()), default).Should().BeFalse();
    }

    [Fact]
    public void The_default_step_is_the_one_the_single_machine_screener_uses()
    {
        var (catalog, options) = ClusterTestData.SmallJob();
        ConjunctionScreener.DefaultStepSeconds(catalog, options).Should().Be(ConjunctionScreener.ScreenAllVersusAll(catalog, options).Statistics.StepSeconds);
        var tight = options with { ThresholdKm = 0.5 };
        ConjunctionScreener.DefaultStepSeconds(catalog, tight).Should().Be(ConjunctionScreener.ScreenAllVersusAll(catalog, tight).Statistics.StepSeconds);
        ConjunctionScreener.DefaultStepSeconds(catalog, options with { StepSeconds = 17 }).Should().Be(17);
        ConjunctionScreener.DefaultStepSeconds(catalog, options with { End = options.Start.AddSeconds(10) }).Should().Be(10);
    }
}
