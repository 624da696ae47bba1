namespace Astro.Debris.Orleans;

/// <summary>
/// How a cluster screening job is cut into shards: the catalogue into K contiguous object blocks (each unordered pair of
/// objects owned by exactly one block pair, K(K+1)/2 block pairs) and the grid into W time windows of whole intervals.
/// </summary>
/// <remarks>
/// <para><b>Rule.</b> K = ⌈n / <see cref="ClusterScreeningOptions.MaxObjectsPerBlock"/>⌉ (object blocks only bound the memory
/// of one shard: an off-diagonal shard propagates both blocks and repeats the pairs inside them, so blocks cost K× the
/// propagation). The target number of shards is T = silos × cores per silo × <see cref="ClusterScreeningOptions.ShardsPerCore"/>;
/// W = ⌈T / (K(K+1)/2)⌉, but at most ⌊intervals / <see cref="ClusterScreeningOptions.MinIntervalsPerWindow"/>⌋ (a window
/// repeats the per-shard setup: SGP4 initialisation and bounds of its objects, and its round trip). Windows split the
/// intervals as evenly as possible (sizes differ by at most one); with W &gt; 1 every window has at least two intervals, so
/// no window is shorter than a step and every shard samples the job's own grid.</para>
/// <para>Explicit <see cref="ClusterScreeningOptions.ObjectBlocks"/> / <see cref="ClusterScreeningOptions.TimeWindows"/>
/// override the rule (clamped to n and to intervals / 2).</para>
/// </remarks>
public sealed class ShardPlan
{
    private ShardPlan(int objects, int intervals, int[] blockStarts, int[] windowStarts, IReadOnlyList<ScreeningShard> shards)
    {
        ObjectCount = objects;
        Intervals = intervals;
        BlockStarts = blockStarts;
        WindowStarts = windowStarts;
        Shards = shards;
    }

    /// <summary>Number of objects in the catalogue.</summary>
    public int ObjectCount { get; }

    /// <summary>Number of grid intervals of the job.</summary>
    public int Intervals { get; }

    /// <summary>Number of object blocks K.</summary>
    public int ObjectBlocks => BlockStarts.Count - 1;

    /// <summary>Number of time windows W.</summary>
    public int TimeWindows => WindowStarts.Count - 1;

    /// <summary>Catalogue index where each block starts, followed by n (K + 1 entries).</summary>
    public IReadOnlyList<int> BlockStarts { get; }

    /// <summary>Grid interval where each window starts, followed by the interval count (W + 1 entries).</summary>
    public IReadOnlyList<int> WindowStarts { get; }

    /// <summary>The shards: every block pair (b1 ≤ b2) × every window, window-major.</summary>
    public IReadOnlyList<ScreeningShard> Shards { get; }

    /// <summary>Plans a job.</summary>
    /// <param name="objects">Catalogue size n (≥ 0).</param>
    /// <param name="intervals">Grid intervals of the job (≥ 1).</param>
    /// <param name="silos">Active silos (≥ 1).</param>
    /// <param name="coresPerSilo">Cores of one silo (≥ 1).</param>
    /// <param name="options">The knobs; null for the defaults.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    public static ShardPlan Create(int objects, int intervals, int silos, int coresPerSilo, ClusterScreeningOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(objects);
        ArgumentOutOfRangeException.ThrowIfLessThan(intervals, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(silos, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(coresPerSilo, 1);
        options ??= new ClusterScreeningOptions();
        int maxWindows = Math.Max(1, intervals / 2);
        int k = options.ObjectBlocks > 0
            ? options.ObjectBlocks
            : (int)Math.Max(1, (objects + (long)options.MaxObjectsPerBlock - 1) / options.MaxObjectsPerBlock);
        k = Math.Clamp(k, 1, Math.Max(1, objects));
        long blockPairs = (long)k * (k + 1) / 2;
        int w;
        if (options.TimeWindows > 0) w = Math.Min(options.TimeWindows, maxWindows);
        else
        {
            long target = (long)silos * coresPerSilo * options.ShardsPerCore;
            long wanted = Math.Max(1, (target + blockPairs - 1) / blockPairs);
            w = (int)Math.Clamp(wanted, 1, Math.Max(1, intervals / options.MinIntervalsPerWindow));
            w = Math.Min(w, maxWindows);
        }
        var blockStarts = new int[k + 1];
        for (int b = 0; b <= k; b++) blockStarts[b] = (int)((long)b * objects / k);
        var windowStarts = new int[w + 1];
        for (int q = 0; q <= w; q++) windowStarts[q] = (int)((long)q * intervals / w);
        var shards = new List<ScreeningShard>((int)Math.Min(int.MaxValue, blockPairs * w));
        for (int q = 0; q < w; q++)
            for (int b1 = 0; b1 < k; b1++)
                for (int b2 = b1; b2 < k; b2++)
                    shards.Add(new ScreeningShard(b1, b2, windowStarts[q], windowStarts[q + 1]));
        return new ShardPlan(objects, intervals, blockStarts, windowStarts, shards);
    }
}
