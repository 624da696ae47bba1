namespace Astro.Debris.Orleans.Tests;

public sealed class ShardPlanTests
{
    [Fact]
    public void Default_rule_targets_two_shards_per_core_in_time_windows_of_at_least_sixteen_intervals()
    {
        // 600 objects, 120 intervals (2 h at 60 s), 3 silos × 2 cores: T = 12 shards, one block, 12 windows of 10 intervals
        // would be under 16, so W = ⌊120/16⌋ = 7.
        var plan = ShardPlan.Create(600, 120, 3, 2);
        plan.ObjectBlocks.Should().Be(1);
        plan.TimeWindows.Should().Be(7);
        plan.Shards.Should().HaveCount(7);
        // A day at 60 s on 8 silos × 16 cores: T = 256, capped at 1440/16 = 90 windows.
        ShardPlan.Create(100_000, 1440, 8, 16).TimeWindows.Should().Be(90);
        // A long window: T shards exactly.
        ShardPlan.Create(100_000, 100_000, 3, 2).Shards.Should().HaveCount(12);
        // Beyond MaxObjectsPerBlock the catalogue is cut into blocks: 1.2 M objects → 5 blocks, 15 block pairs.
        var big = ShardPlan.Create(1_200_000, 1440, 4, 16);
        big.ObjectBlocks.Should().Be(5);
        big.TimeWindows.Should().Be(9);          // ⌈128 / 15⌉
        big.Shards.Should().HaveCount(15 * 9);
    }

    [Theory]
    [InlineData(10, 30, 4, 3)]
    [InlineData(7, 5, 7, 2)]
    [InlineData(1, 1, 1, 1)]
    [InlineData(0, 3, 2, 1)]
    public void Every_pair_and_every_interval_is_owned_by_exactly_one_shard(int objects, int intervals, int blocks, int windows)
    {
        var plan = ShardPlan.Create(objects, intervals, 1, 1, new ClusterScreeningOptions { ObjectBlocks = blocks, TimeWindows = windows });
        plan.BlockStarts[0].Should().Be(0);
        plan.BlockStarts[^1].Should().Be(objects);
        plan.BlockStarts.Should().BeInAscendingOrder();
        plan.WindowStarts[0].Should().Be(0);
        plan.WindowStarts[^1].Should().Be(intervals);
        if (plan.TimeWindows > 1)
            plan.WindowStarts.Zip(plan.WindowStarts.Skip(1), (a, b) => b - a).Should().OnlyContain(len => len >= 2);
        int BlockOf(int i) => Enumerable.Range(0, plan.ObjectBlocks).Single(b => plan.BlockStarts[b] <= i && i < plan.BlockStarts[b + 1]);
        for (int i = 0; i < objects; i++)
            for (int j = i + 1; j < objects; j++)
                for (int k = 0; k < intervals; k++)
                {
                    int bi = BlockOf(i), bj = BlockOf(j);
                    plan.Shards.Count(s => s.Block1 == bi && s.Block2 == bj && s.FirstInterval <= k && k < s.EndInterval)
                        .Should().Be(1, $"pair ({i}, {j}) at interval {k}");
                }
        plan.Shards.Should().OnlyContain(s => s.Block1 <= s.Block2 && s.FirstInterval < s.EndInterval);
        plan.Shards.Distinct().Should().HaveCount(plan.Shards.Count);
    }

    [Fact]
    public void Explicit_counts_are_clamped_to_the_objects_and_to_two_intervals_per_window()
    {
        var plan = ShardPlan.Create(3, 9, 1, 1, new ClusterScreeningOptions { ObjectBlocks = 10, TimeWindows = 10 });
        plan.ObjectBlocks.Should().Be(3);
        plan.TimeWindows.Should().Be(4);
        plan.Shards.Should().HaveCount(6 * 4);
        plan.Shards[0].IsDiagonal.Should().BeTrue();
        plan.Shards[1].ToString().Should().Be("blocks 0×1, intervals [0, 2)");
    }

    [Fact]
    public void Bad_counts_are_rejected()
    {
        FluentActions.Invoking(() => ShardPlan.Create(-1, 1, 1, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ShardPlan.Create(1, 0, 1, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ShardPlan.Create(1, 1, 0, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ShardPlan.Create(1, 1, 1, 0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Cluster_options_reject_out_of_range_knobs()
    {
        FluentActions.Invoking(() => new ClusterScreeningOptions { ObjectBlocks = -1 }).Should().Throw<ArgumentException>().WithMessage("*ObjectBlocks*");
        FluentActions.Invoking(() => new ClusterScreeningOptions { TimeWindows = -2 }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ClusterScreeningOptions { MaxObjectsPerBlock = 0 }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ClusterScreeningOptions { ShardsPerCore = 0 }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ClusterScreeningOptions { MinIntervalsPerWindow = 1 }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ClusterScreeningOptions { MaxAttemptsPerShard = 0 }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ClusterScreeningOptions { ConcurrentShardsPerSilo = 0 }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ClusterScreeningOptions { NoSiloTimeout = TimeSpan.Zero }).Should().Throw<ArgumentException>();
        var o = new ClusterScreeningOptions { ObjectBlocks = 2, TimeWindows = 3, MaxAttemptsPerShard = 2, NoSiloTimeout = TimeSpan.FromSeconds(5) };
        (o.ObjectBlocks, o.TimeWindows, o.MaxAttemptsPerShard, o.NoSiloTimeout).Should().Be((2, 3, 2, TimeSpan.FromSeconds(5)));
        new ClusterScreeningOptions().Should().Be(new ClusterScreeningOptions { MaxObjectsPerBlock = 250_000, ShardsPerCore = 2, MinIntervalsPerWindow = 16 });
    }
}
