using System.Collections.Concurrent;

namespace Astro.Debris.Orleans;

/// <summary>
/// The silo-local store of screening jobs (one singleton per silo): the coordinator uploads a job's catalogue here once
/// per silo and every shard the silo runs reads it; the shards started on the silo run in the background and their
/// results wait here until the coordinator collects them. Holds at most <see cref="Capacity"/> jobs (the oldest is
/// dropped and its shards cancelled; a coordinator that finds its job gone uploads it again).
/// </summary>
internal sealed class SiloScreeningCache
{
    public const int Capacity = 4;
    private readonly ConcurrentDictionary<Guid, Entry> _jobs = new();
    private long _order;
    private int _uploads;
    private int _shards;

    private sealed class Entry(ScreeningJob job, long order)
    {
        public ScreeningJob Job { get; } = job;
        public long Order { get; } = order;
        public CancellationTokenSource Cancel { get; } = new();
        public ConcurrentDictionary<ScreeningShard, Task<ShardResultData>> Running { get; } = new();
    }

    public int Uploads => Volatile.Read(ref _uploads);
    public int ShardsRun => Volatile.Read(ref _shards);
    public int JobCount => _jobs.Count;

    public bool Contains(Guid id) => _jobs.ContainsKey(id);

    public void Add(Guid id, ScreeningJobData data)
    {
        var entry = new Entry(new ScreeningJob(data), Interlocked.Increment(ref _order));
        if (_jobs.TryGetValue(id, out var old) && !ReferenceEquals(old, entry)) Remove(id);
        _jobs[id] = entry;
        Interlocked.Increment(ref _uploads);
        while (_jobs.Count > Capacity) Remove(_jobs.MinBy(p => p.Value.Order).Key);
    }

    public bool TryGet(Guid id, out ScreeningJob job)
    {
        bool found = _jobs.TryGetValue(id, out var entry);
        job = entry?.Job!;
        return found;
    }

    /// <summary>Starts a shard (once: a second start of the same shard joins the first).</summary>
    public ShardStatus Start(Guid id, ScreeningShard shard, Func<CancellationToken, Task<ShardResultData>> run)
    {
        if (!_jobs.TryGetValue(id, out var entry)) return ShardStatus.CatalogMissing;
        entry.Running.GetOrAdd(shard, _ => run(entry.Cancel.Token));
        return ShardStatus.Running;
    }

    /// <summary>The shard's result when it finishes within <paramref name="wait"/> (collected once), otherwise its status.</summary>
    public async Task<ShardResultData> WaitAsync(Guid id, ScreeningShard shard, TimeSpan wait, string silo)
    {
        if (!_jobs.TryGetValue(id, out var entry)) return ShardResultData.Of(ShardStatus.CatalogMissing, silo);
        if (!entry.Running.TryGetValue(shard, out var task)) return ShardResultData.Of(ShardStatus.Unknown, silo);
        await Task.WhenAny(task, Task.Delay(wait)).ConfigureAwait(false);
        if (!task.IsCompleted) return ShardResultData.Of(ShardStatus.Running, silo);
        entry.Running.TryRemove(shard, out _);
        var result = await task.ConfigureAwait(false);   // a screener error surfaces here, to the coordinator
        Interlocked.Increment(ref _shards);
        return result;
    }

    /// <summary>Drops a job and cancels its shards still running.</summary>
    public void Remove(Guid id)
    {
        if (!_jobs.TryRemove(id, out var entry)) return;
        entry.Cancel.Cancel();
        entry.Cancel.Dispose();
    }
}
