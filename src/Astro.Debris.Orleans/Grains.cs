using Orleans;
using Orleans.Concurrency;
using Orleans.Runtime;

namespace Astro.Debris.Orleans;

/// <summary>
/// The screening front of one silo (one activation per silo, pinned there by <see cref="SiloPinnedPlacement"/>; its key is
/// the silo's address): receives the job's catalogue once, starts shards on the silo's stateless workers and hands out
/// their results. Every call returns quickly (a shard is started, then polled), so a call lost with a dead gateway costs a
/// short time-out, not a shard.
/// </summary>
internal interface IScreeningSiloGrain : IGrainWithStringKey
{
    Task<bool> HasJob(Guid jobId);

    [ResponseTimeout("00:10:00")]
    Task Upload(Guid jobId, ScreeningJobData job);

    Task<ShardStatus> StartShard(Guid jobId, ScreeningShard shard);

    Task<ShardResultData> WaitShard(Guid jobId, ScreeningShard shard);

    Task Release(Guid jobId);

    Task<SiloScreeningCounters> GetCounters();
}

/// <summary>A stateless worker that runs one shard against the silo-local job cache.</summary>
internal interface IShardWorkerGrain : IGrainWithIntegerKey
{
    [ResponseTimeout("1.00:00:00")]
    Task<ShardResultData> Run(Guid jobId, ScreeningShard shard, CancellationToken cancellationToken);
}

[SiloPinnedPlacement, Reentrant]
internal sealed class ScreeningSiloGrain(SiloScreeningCache cache, ILocalSiloDetails silo) : Grain, IScreeningSiloGrain
{
    /// <summary>How long one <see cref="WaitShard"/> call waits for the shard before it answers "running".</summary>
    internal static readonly TimeSpan PollWait = TimeSpan.FromSeconds(1);

    private string Address => silo.SiloAddress.ToParsableString();

    public Task<bool> HasJob(Guid jobId) => Task.FromResult(cache.Contains(jobId));

    public Task Upload(Guid jobId, ScreeningJobData job)
    {
        cache.Add(jobId, job);
        return Task.CompletedTask;
    }

    public Task<ShardStatus> StartShard(Guid jobId, ScreeningShard shard) =>
        // Stateless workers called from a grain are activated on the caller's silo: the shard runs here, next to the cache.
        Task.FromResult(cache.Start(jobId, shard, ct => GrainFactory.GetGrain<IShardWorkerGrain>(0).Run(jobId, shard, ct)));

    public Task<ShardResultData> WaitShard(Guid jobId, ScreeningShard shard) => cache.WaitAsync(jobId, shard, PollWait, Address);

    public Task Release(Guid jobId)
    {
        cache.Remove(jobId);
        return Task.CompletedTask;
    }

    public Task<SiloScreeningCounters> GetCounters() => Task.FromResult(new SiloScreeningCounters(
        Address, Environment.ProcessorCount, cache.Uploads, cache.ShardsRun, cache.JobCount));
}

[StatelessWorker]
internal sealed class ShardWorkerGrain(SiloScreeningCache cache, ILocalSiloDetails silo) : Grain, IShardWorkerGrain
{
    public async Task<ShardResultData> Run(Guid jobId, ScreeningShard shard, CancellationToken cancellationToken)
    {
        string address = silo.SiloAddress.ToParsableString();
        if (!cache.TryGet(jobId, out var job)) return ShardResultData.Of(ShardStatus.CatalogMissing, address);
        // CPU-bound: off the grain scheduler's turn, onto the thread pool (the screener parallelises inside).
        return await Task.Run(() => ShardExecutor.Run(job, shard, address, cancellationToken), cancellationToken);
    }
}
