using System.Diagnostics;
using Astro.Debris.Elements;
using Astro.Debris.Screening;

namespace Astro.Debris.Orleans;

/// <summary>A job as a silo keeps it: the catalogue rebuilt once, the options, the cuts.</summary>
internal sealed class ScreeningJob
{
    public ScreeningJob(ScreeningJobData data)
    {
        Catalog = data.Catalog.Select(e => e.ToElementSet()).ToArray();
        Options = data.ToOptions();
        Intervals = data.Intervals;
        BlockStarts = data.BlockStarts;
        if (BlockStarts.Length < 2 || BlockStarts[0] != 0 || BlockStarts[^1] != Catalog.Length)
            throw new ArgumentException("The job's block cuts do not cover its catalogue.", nameof(data));
    }

    public ElementSet[] Catalog { get; }
    public ScreeningOptions Options { get; }
    public int Intervals { get; }
    public int[] BlockStarts { get; }
}

/// <summary>Runs one shard with the single-machine screener (no Orleans here, so it is testable on its own).</summary>
internal static class ShardExecutor
{
    /// <summary>
    /// Screens all-versus-all the union of the shard's blocks (block 1's objects then block 2's, both in catalogue order, so
    /// object 1 keeps the lower catalogue index) over the shard's window, with the job's step; keeps the pairs the shard owns
    /// and maps indices back to the catalogue.
    /// </summary>
    public static ShardResultData Run(ScreeningJob job, ScreeningShard shard, string silo, CancellationToken ct)
    {
        int k = job.BlockStarts.Length - 1;
        if (shard.Block1 < 0 || shard.Block2 < shard.Block1 || shard.Block2 >= k
            || shard.FirstInterval < 0 || shard.EndInterval <= shard.FirstInterval || shard.EndInterval > job.Intervals)
            throw new ArgumentException($"Shard {shard} does not fit the job ({k} blocks, {job.Intervals} intervals).", nameof(shard));
        var clock = Stopwatch.StartNew();
        int s1 = job.BlockStarts[shard.Block1], e1 = job.BlockStarts[shard.Block1 + 1];
        int s2 = job.BlockStarts[shard.Block2], e2 = job.BlockStarts[shard.Block2 + 1];
        int n1 = e1 - s1;
        var global = new List<int>(n1 + (shard.IsDiagonal ? 0 : e2 - s2));
        for (int i = s1; i < e1; i++) global.Add(i);
        if (!shard.IsDiagonal) for (int i = s2; i < e2; i++) global.Add(i);
        var local = global.Select(i => job.Catalog[i]).ToArray();

        var o = job.Options;
        double h = o.StepSeconds!.Value;
        var options = o with
        {
            Start = shard.FirstInterval == 0 ? o.Start : o.Start.AddSeconds(shard.FirstInterval * h),
            End = shard.EndInterval == job.Intervals ? o.End : o.Start.AddSeconds(shard.EndInterval * h),
        };
        var result = ConjunctionScreener.ScreenAllVersusAll(local, options, null, ct);

        var events = new List<ConjunctionData>();
        foreach (var c in result.Conjunctions)
        {
            bool owned = shard.IsDiagonal || (c.Index1 < n1 && c.Index2 >= n1);
            if (owned) events.Add(ConjunctionData.From(c, global[c.Index1], global[c.Index2]));
        }
        var exclusions = result.Exclusions
            .Select(x => new ExclusionData(global[x.Index], (int)x.Error, x.FirstFailure.JulianDayMidnight, x.FirstFailure.DayFraction))
            .ToArray();
        return new ShardResultData(ShardStatus.Completed, events.ToArray(), exclusions, result.Statistics.CandidateIntervals,
            clock.Elapsed.TotalSeconds, silo);
    }
}
