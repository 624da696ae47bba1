namespace Astro.Debris.Orleans;

/// <summary>
/// How a cluster screening job is sharded and retried (see <see cref="ShardPlan"/> for the sharding rule). None of these
/// changes which conjunctions are found.
/// </summary>
public sealed record ClusterScreeningOptions
{
    private readonly int _objectBlocks;
    private readonly int _timeWindows;
    private readonly int _maxObjectsPerBlock = 250_000;
    private readonly int _shardsPerCore = 2;
    private readonly int _minIntervalsPerWindow = 16;
    private readonly int _maxAttemptsPerShard = 4;
    private readonly int _concurrentShardsPerSilo = 1;
    private readonly TimeSpan _noSiloTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Number of object blocks K (0 = from <see cref="MaxObjectsPerBlock"/>).</summary>
    /// <exception cref="ArgumentException">Negative.</exception>
    public int ObjectBlocks { get => _objectBlocks; init => _objectBlocks = NonNegative(value, nameof(ObjectBlocks)); }

    /// <summary>Number of time windows W (0 = from the cluster size, see <see cref="ShardPlan"/>).</summary>
    /// <exception cref="ArgumentException">Negative.</exception>
    public int TimeWindows { get => _timeWindows; init => _timeWindows = NonNegative(value, nameof(TimeWindows)); }

    /// <summary>Largest object block (default 250,000): bounds the memory of one shard.</summary>
    /// <exception cref="ArgumentException">Not positive.</exception>
    public int MaxObjectsPerBlock { get => _maxObjectsPerBlock; init => _maxObjectsPerBlock = Positive(value, nameof(MaxObjectsPerBlock)); }

    /// <summary>Shards aimed at per core of the cluster (default 2), for load balancing and cheap re-runs.</summary>
    /// <exception cref="ArgumentException">Not positive.</exception>
    public int ShardsPerCore { get => _shardsPerCore; init => _shardsPerCore = Positive(value, nameof(ShardsPerCore)); }

    /// <summary>Fewest grid intervals in an automatic time window (default 16), to amortise the per-shard setup.</summary>
    /// <exception cref="ArgumentException">Below 2.</exception>
    public int MinIntervalsPerWindow
    {
        get => _minIntervalsPerWindow;
        init => _minIntervalsPerWindow = value >= 2 ? value : throw new ArgumentException("MinIntervalsPerWindow must be at least 2.", nameof(MinIntervalsPerWindow));
    }

    /// <summary>Attempts per shard before the job fails (default 4): a shard is re-run on another silo when its silo fails.</summary>
    /// <exception cref="ArgumentException">Not positive.</exception>
    public int MaxAttemptsPerShard { get => _maxAttemptsPerShard; init => _maxAttemptsPerShard = Positive(value, nameof(MaxAttemptsPerShard)); }

    /// <summary>Shards in flight per silo (default 1: the screener already uses every core of its silo).</summary>
    /// <exception cref="ArgumentException">Not positive.</exception>
    public int ConcurrentShardsPerSilo { get => _concurrentShardsPerSilo; init => _concurrentShardsPerSilo = Positive(value, nameof(ConcurrentShardsPerSilo)); }

    /// <summary>How long the job waits for an active silo when none is left (default 60 s) before it fails.</summary>
    /// <exception cref="ArgumentException">Not positive.</exception>
    public TimeSpan NoSiloTimeout
    {
        get => _noSiloTimeout;
        init => _noSiloTimeout = value > TimeSpan.Zero ? value : throw new ArgumentException("NoSiloTimeout must be positive.", nameof(NoSiloTimeout));
    }

    private static int NonNegative(int value, string name) =>
        value >= 0 ? value : throw new ArgumentException($"{name} must be 0 (automatic) or positive (got {value}).", name);

    private static int Positive(int value, string name) =>
        value > 0 ? value : throw new ArgumentException($"{name} must be positive (got {value}).", name);
}
