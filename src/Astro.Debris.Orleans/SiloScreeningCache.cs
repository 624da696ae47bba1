using System.Collections.Concurrent;

namespace Astro.Debris.Orleans;

/// <summary>
/// The silo-local store of screening jobs (one singleton per silo): the coordinator uploads a job's catalogue here once
/// per silo and every shard the silo runs reads it. Holds at most <see cref="Capacity"/> jobs (the oldest is dropped; a
/// shard that finds its job gone reports it and the coordinator uploads again).
/// </summary>
internal sealed class SiloScreeningCache
{
    public const int Capacity = 4;
    private readonly ConcurrentDictionary<Guid, (ScreeningJob Job, long Order)> _jobs = new();
    private long _order;
    private int _uploads;
    private int _shards;

    public int Uploads => Volatile.Read(ref _uploads);
    public int ShardsRun => Volatile.Read(ref _shards);
    public int JobCount => _jobs.Count;

    public bool Contains(Guid id) => _jobs.ContainsKey(id);

    public void Add(Guid id, ScreeningJobData data)
    {
        var job = new ScreeningJob(data);
        _jobs[id] = (job, Interlocked.Increment(ref _order));
        Interlocked.Increment(ref _uploads);
        while (_jobs.Count > Capacity)
        {
            var oldest = _jobs.MinBy(p => p.Value.Order);
            _jobs.TryRemove(oldest.Key, out _);
        }
    }

    public bool TryGet(Guid id, out ScreeningJob job)
    {
        bool found = _jobs.TryGetValue(id, out var entry);
        job = entry.Job;
        return found;
    }

    public void Remove(Guid id) => _jobs.TryRemove(id, out _);

    public void CountShard() => Interlocked.Increment(ref _shards);
}
