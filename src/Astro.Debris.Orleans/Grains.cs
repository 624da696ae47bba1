using Orleans;
using Orleans.Concurrency;
using Orleans.Runtime;

namespace Astro.Debris.Orleans;

/// <summary>
/// The screening front of one silo (one activation per silo, pinned there by <see cref="SiloPinnedPlacement"/>; its key is
/// the silo's address): receives the job's catalogue once and hands shards to the silo's stateless workers.
/// </summary>
internal interface IScreeningSiloGrain : IGrainWithStringKey
{
    Task<bool> HasJob(Guid jobId);

    // A shard or an upload may run for long; a dead silo is noticed by the cluster's membership (which breaks the calls
    // outstanding to it), not by this time-out.
    [ResponseTimeout("02:00:00")]
    Task Upload(Guid jobId, ScreeningJobData job);

    [ResponseTimeout("02:00:00")]
    Task<ShardResultData> RunShard(Guid jobId, ScreeningShard shard, CancellationToken cancellationToken);

    Task Release(Guid jobId);

    Task<SiloScreeningCounters> GetCounters();
}

/// <summary>A stateless worker that runs one shard against the silo-local job cache.</summary>
internal interface IShardWorkerGrain : IGrainWithIntegerKey
{
    [ResponseTimeout("02:00:00")]
    Task<ShardResultData> Run(Guid jobId, ScreeningShard shard, CancellationToken cancellationToken);
}

[SiloPinnedPlacement, Reentrant]
internal sealed class ScreeningSiloGrain(SiloScreeningCache cache, ILocalSiloDetails silo) : Grain, IScreeningSiloGrain
{
    public Task<bool> HasJob(Guid jobId) => Task.FromResult(cache.Contains(jobId));

    public Task Upload(Guid jobId, ScreeningJobData job)
    {
        cache.Add(jobId, job);
        return Task.CompletedTask;
    }

    public Task<ShardResultData> RunShard(Guid jobId, ScreeningShard shard, CancellationToken cancellationToken) =>
        // Stateless workers called from a grain are activated on the caller's silo: the shard runs here, next to the cache.
        GrainFactory.GetGrain<IShardWorkerGrain>(0).Run(jobId, shard, cancellationToken);

    public Task Release(Guid jobId)
    {
        cache.Remove(jobId);
        return Task.CompletedTask;
    }

    public Task<SiloScreeningCounters> GetCounters() => Task.FromResult(new SiloScreeningCounters(
        silo.SiloAddress.ToParsableString(), Environment.ProcessorCount, cache.Uploads, cache.ShardsRun, cache.JobCount));
}

[StatelessWorker]
internal sealed class ShardWorkerGrain(SiloScreeningCache cache, ILocalSiloDetails silo) : Grain, IShardWorkerGrain
{
    public async Task<ShardResultData> Run(Guid jobId, ScreeningShard shard, CancellationToken cancellationToken)
    {
        string address = silo.SiloAddress.ToParsableString();
        if (!cache.TryGet(jobId, out var job)) return ShardResultData.Missing(address);
        // CPU-bound: off the grain scheduler's turn, onto the thread pool (the screener parallelises inside).
        var result = await Task.Run(() => ShardExecutor.Run(job, shard, address, cancellationToken), cancellationToken);
        cache.CountShard();
        return result;
    }
}
