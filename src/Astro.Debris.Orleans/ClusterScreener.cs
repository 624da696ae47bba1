using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using System.Threading.Channels;
using Astro.Debris.Elements;
using Astro.Debris.Propagation;
using Astro.Debris.Screening;
using Orleans;
using Orleans.Runtime;

namespace Astro.Debris.Orleans;

/// <summary>
/// Screens a catalogue all-versus-all on an Orleans cluster: the coordinator (this object, in the process that starts the
/// job) cuts the job into <see cref="ScreeningShard"/>s (<see cref="ShardPlan"/>), uploads the catalogue once to every silo
/// that works on it, runs the shards on the silos' stateless worker grains with the single-machine
/// <see cref="ConjunctionScreener"/>, re-runs elsewhere the shards of a silo that fails, and merges the events.
/// </summary>
/// <remarks>
/// <para><b>Same result as one machine.</b> Every shard uses the job's step h
/// (<see cref="ConjunctionScreener.DefaultStepSeconds"/> of the whole catalogue, or the option) and windows made of whole
/// intervals of the job's grid t_k = Start + k·h, the last one ending at End. The events of a pair depend only on the pair
/// and on the grid, so object-block shards reproduce the single-machine events bit for bit. A time window samples the same
/// instants but counts time from its own start, so its TCA, miss and states agree with the single-machine run to the
/// refinement tolerance (TCA within 1e-7 s; see docs/scale-out.md for the measured differences) rather than bit for bit.
/// An event whose TCA lies on a window border can be found by both neighbours: events of the same pair with TCAs less than
/// 1 ms apart are merged (the earliest kept), as the screener itself does. Exclusions merge by object (earliest failure).</para>
/// <para><b>Faults.</b> A shard call that fails with an Orleans, time-out or connection error marks its silo dead for the
/// job and goes back to the queue; the other silos (and any silo that joins meanwhile) take it, uploading the catalogue
/// first when they do not hold it. A shard that fails <see cref="ClusterScreeningOptions.MaxAttemptsPerShard"/> times, or
/// no active silo for <see cref="ClusterScreeningOptions.NoSiloTimeout"/>, fails the job with
/// <see cref="ClusterScreeningException"/>; an error of the screener itself (bad input) is not retried and surfaces as is.</para>
/// </remarks>
/// <example>
/// <code>
/// var screener = new ClusterScreener(clusterClient);
/// ClusterScreeningResult r = await screener.ScreenAllVersusAllAsync(catalog,
///     new ScreeningOptions(Epoch.Parse("2022-08-10T00:00:00Z"), Epoch.Parse("2022-08-10T06:00:00Z"), thresholdKm: 5),
///     new Progress&lt;ClusterScreeningProgress&gt;(p =&gt; Console.Error.WriteLine($"{p.CompletedShards}/{p.TotalShards}")));
/// </code>
/// </example>
public sealed class ClusterScreener
{
    /// <summary>Pause before asking a silo again after a lost call.</summary>
    private static readonly TimeSpan SiloCheckInterval = TimeSpan.FromSeconds(1);

    /// <summary>Bound on one short call to a silo (start, poll).</summary>
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Bound on one catalogue upload.</summary>
    private static readonly TimeSpan UploadTimeout = TimeSpan.FromMinutes(10);

    /// <summary>A silo that answers no call for this long loses its shard to another silo, even if still listed as active.</summary>
    private static readonly TimeSpan SilentSiloLimit = TimeSpan.FromMinutes(2);

    private readonly IGrainFactory _grains;
    private readonly ClusterScreeningOptions _settings;

    /// <summary>Creates a coordinator.</summary>
    /// <param name="grains">The cluster client (or a grain's factory) to reach the silos through.</param>
    /// <param name="settings">Sharding and retry knobs; null for the defaults.</param>
    public ClusterScreener(IGrainFactory grains, ClusterScreeningOptions? settings = null)
    {
        ArgumentNullException.ThrowIfNull(grains);
        _grains = grains;
        _settings = settings ?? new ClusterScreeningOptions();
    }

    /// <summary>Screens every pair of a catalogue on the cluster (each unordered pair once; object 1 has the lower index).</summary>
    /// <param name="catalog">The objects.</param>
    /// <param name="options">Window, threshold and knobs, as for <see cref="ConjunctionScreener.ScreenAllVersusAll"/>.</param>
    /// <param name="progress">Optional progress sink (after each shard).</param>
    /// <param name="cancellationToken">Cancels the job: shards in flight are cancelled on their silos.</param>
    /// <returns>The same conjunctions and exclusions as the single-machine screener, and the job's statistics.</returns>
    /// <exception cref="ArgumentException">Invalid options, a null element set, or an SGP4-XP element set.</exception>
    /// <exception cref="ClusterScreeningException">No silo to run on, or a shard failed on every attempt.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public async Task<ClusterScreeningResult> ScreenAllVersusAllAsync(IReadOnlyList<ElementSet> catalog, ScreeningOptions options,
        IProgress<ClusterScreeningProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        for (int i = 0; i < catalog.Count; i++)
            if (catalog[i] is null) throw new ArgumentException($"Element set {i} of the Catalog list is null.", nameof(catalog));
        var clock = Stopwatch.StartNew();
        double h = ConjunctionScreener.DefaultStepSeconds(catalog, options);
        int intervals = Math.Max(1, (int)Math.Ceiling(options.DurationSeconds / h - 1e-9));
        var silos = await WaitForSilosAsync(cancellationToken).ConfigureAwait(false);
        int cores = int.MaxValue;
        foreach (var s in silos)
        {
            try { cores = Math.Min(cores, (await Silo(s).GetCounters().ConfigureAwait(false)).ProcessorCount); }
            catch (Exception ex) when (IsSiloFailure(ex, cancellationToken)) { }
        }
        if (cores == int.MaxValue) cores = 1;
        var plan = ShardPlan.Create(catalog.Count, intervals, silos.Count, cores, _settings);
        var run = new JobRun(this, plan, ScreeningJobData.From(catalog, options, h, plan), progress);
        ShardResultData[] results;
        try { results = await run.ExecuteAsync(silos, cancellationToken).ConfigureAwait(false); }
        finally { await run.ReleaseAsync().ConfigureAwait(false); }
        return Merge(catalog, plan, h, results, run.Attempts, run.Reruns, run.Uploads, clock.Elapsed);
    }

    private IScreeningSiloGrain Silo(string address) => _grains.GetGrain<IScreeningSiloGrain>(address);

    private async Task<List<string>> ActiveSilosAsync()
    {
        var hosts = await _grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).ConfigureAwait(false);
        return hosts.Where(p => p.Value == SiloStatus.Active).Select(p => p.Key.ToParsableString()).OrderBy(s => s, StringComparer.Ordinal).ToList();
    }

    /// <summary>The active silos, waiting up to the no-silo time-out for one.</summary>
    private async Task<List<string>> WaitForSilosAsync(CancellationToken ct)
    {
        var waited = Stopwatch.StartNew();
        Exception? last = null;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                var silos = await ActiveSilosAsync().ConfigureAwait(false);
                if (silos.Count > 0) return silos;
            }
            catch (Exception ex) when (IsSiloFailure(ex, ct)) { last = ex; }
            if (waited.Elapsed > _settings.NoSiloTimeout)
                throw new ClusterScreeningException($"No active silo to screen on after {_settings.NoSiloTimeout.TotalSeconds:F0} s.", last);
            await Task.Delay(250, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Failures that say the silo (or the way to it) is gone, not that the shard is wrong: worth a re-run elsewhere.</summary>
    internal static bool IsSiloFailure(Exception ex, CancellationToken jobToken) => ex switch
    {
        OperationCanceledException => !jobToken.IsCancellationRequested,
        OrleansException or TimeoutException or IOException or SocketException or ObjectDisposedException => true,
        AggregateException a => a.InnerExceptions.All(e => IsSiloFailure(e, jobToken)),
        _ => false,
    };

    /// <summary>
    /// Gathers the shards' events (same pair and TCAs less than 1 ms apart: one event, the earliest, as the screener
    /// de-duplicates) and exclusions (earliest failure per object), in the single-machine order.
    /// </summary>
    internal static ClusterScreeningResult Merge(IReadOnlyList<ElementSet> catalog, ShardPlan plan, double h, ShardResultData[] results,
        int attempts, int reruns, int uploads, TimeSpan elapsed)
    {
        int gathered = results.Sum(r => r.Conjunctions.Length);
        var conjunctions = ConjunctionScreener.MergeEvents(results.SelectMany(r => r.Conjunctions).Select(e => e.ToConjunction(catalog)));

        var earliest = new SortedDictionary<int, ExclusionData>();
        foreach (var x in results.SelectMany(r => r.Exclusions))
            if (!earliest.TryGetValue(x.Index, out var cur) || x.FirstFailure < cur.FirstFailure) earliest[x.Index] = x;
        var exclusions = earliest.Values
            .Select(x => new ScreeningExclusion(ScreeningRole.Catalog, x.Index, catalog[x.Index], (Sgp4Error)x.Error, x.FirstFailure))
            .ToList();

        var stats = new ClusterScreeningStatistics
        {
            StepSeconds = h,
            Intervals = plan.Intervals,
            ObjectBlocks = plan.ObjectBlocks,
            TimeWindows = plan.TimeWindows,
            Shards = plan.Shards.Count,
            ShardAttempts = attempts,
            ShardReruns = reruns,
            CatalogUploads = uploads,
            SilosUsed = results.Select(r => r.Silo).Distinct().Count(),
            DuplicatesRemoved = gathered - conjunctions.Count,
            CandidateIntervals = results.Sum(r => r.CandidateIntervals),
            ShardComputeTime = TimeSpan.FromSeconds(results.Sum(r => r.ComputeSeconds)),
            TotalTime = elapsed,
        };
        return new ClusterScreeningResult(conjunctions, exclusions, stats);
    }

    /// <summary>One job in flight: the shard queue, one loop per silo slot, the uploads, the counters.</summary>
    private sealed class JobRun(ClusterScreener owner, ShardPlan plan, ScreeningJobData job, IProgress<ClusterScreeningProgress>? progress)
    {
        private readonly Guid _id = Guid.NewGuid();
        private readonly Channel<int> _queue = Channel.CreateUnbounded<int>();
        private readonly ShardResultData?[] _results = new ShardResultData?[plan.Shards.Count];
        private readonly int[] _attemptsPerShard = new int[plan.Shards.Count];
        private readonly ConcurrentDictionary<string, Task> _uploads = new();
        private readonly ConcurrentDictionary<string, byte> _dead = new();
        private readonly ConcurrentDictionary<string, int> _liveSlots = new();
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _completed, _attempts, _reruns, _uploadCount;
        private volatile Exception? _fatal;
        private volatile HashSet<string> _active = [];

        public int Attempts => _attempts;
        public int Reruns => _reruns;
        public int Uploads => _uploadCount;

        public async Task<ShardResultData[]> ExecuteAsync(List<string> initialSilos, CancellationToken ct)
        {
            int total = plan.Shards.Count;
            for (int s = 0; s < total; s++) _queue.Writer.TryWrite(s);
            if (total == 0) _done.TrySetResult();
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var loops = new List<Task>();
            void Start(IEnumerable<string> silos)
            {
                foreach (var silo in silos)
                {
                    if (_dead.ContainsKey(silo) || _liveSlots.ContainsKey(silo)) continue;
                    _liveSlots[silo] = owner._settings.ConcurrentShardsPerSilo;
                    for (int slot = 0; slot < owner._settings.ConcurrentShardsPerSilo; slot++) loops.Add(SiloLoopAsync(silo, linked));
                }
            }
            _active = [.. initialSilos];
            Start(initialSilos);
            Report();
            var noSilo = Stopwatch.StartNew();
            try
            {
                while (!_done.Task.IsCompleted)
                {
                    await Task.WhenAny(_done.Task, Task.Delay(500, linked.Token)).ConfigureAwait(false);
                    if (_fatal is { } fatal) throw fatal;
                    ct.ThrowIfCancellationRequested();
                    if (_done.Task.IsCompleted) break;
                    // Silos that joined since: start loops on them (and notice when none is left). The snapshot also
                    // tells the loops when the silo they wait on has been declared dead.
                    try
                    {
                        var active = await owner.ActiveSilosAsync().ConfigureAwait(false);
                        _active = [.. active];
                        Start(active);
                    }
                    catch (Exception ex) when (IsSiloFailure(ex, ct)) { }
                    if (!_liveSlots.IsEmpty) noSilo.Restart();
                    else if (noSilo.Elapsed > owner._settings.NoSiloTimeout)
                        throw new ClusterScreeningException(
                            $"No active silo left after {owner._settings.NoSiloTimeout.TotalSeconds:F0} s; {_completed} of {total} shards done.");
                }
            }
            catch (OperationCanceledException) when (_fatal is { } fatal) { throw fatal; }
            finally
            {
                _queue.Writer.TryComplete();
                await linked.CancelAsync().ConfigureAwait(false);
                try { await Task.WhenAll(loops).ConfigureAwait(false); } catch (Exception) { /* each loop reported through _fatal */ }
            }
            if (_fatal is { } f) throw f;
            return _results.Select(r => r!).ToArray();
        }

        private async Task SiloLoopAsync(string silo, CancellationTokenSource linked)
        {
            var grain = owner.Silo(silo);
            var ct = linked.Token;
            try
            {
                await foreach (int s in _queue.Reader.ReadAllAsync(ct).ConfigureAwait(false))
                {
                    Interlocked.Increment(ref _attempts);
                    int attempt = Interlocked.Increment(ref _attemptsPerShard[s]);
                    try
                    {
                        var r = await RunOnSiloAsync(silo, grain, plan.Shards[s], ct).ConfigureAwait(false);
                        _results[s] = r;
                        if (Interlocked.Increment(ref _completed) == plan.Shards.Count)
                        {
                            _queue.Writer.TryComplete();
                            _done.TrySetResult();
                        }
                        Report();
                    }
                    catch (Exception ex) when (IsSiloFailure(ex, ct))
                    {
                        _dead[silo] = 0;
                        if (attempt >= owner._settings.MaxAttemptsPerShard)
                        {
                            Fail(new ClusterScreeningException(
                                $"Shard {plan.Shards[s]} failed on {attempt} attempts; the last on silo {silo}.", ex));
                            return;
                        }
                        Interlocked.Increment(ref _reruns);
                        _queue.Writer.TryWrite(s);
                        return;
                    }
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
            catch (Exception ex) { Fail(ex); }
            finally
            {
                if (_liveSlots.AddOrUpdate(silo, 0, (_, n) => n - 1) <= 0) _liveSlots.TryRemove(silo, out _);
                Report();
            }
        }

        /// <summary>
        /// Runs one shard on one silo: upload the job if the silo lacks it, start the shard, then poll for its result. Every
        /// call is short and bounded by <see cref="CallTimeout"/>: a call in flight through a gateway that dies is not always
        /// failed by the client runtime, so a lost call is retried (the shard is not restarted: starting is idempotent) for as
        /// long as the membership lists the silo as active. The shard goes back to the queue when the silo leaves the
        /// membership or stays silent for <see cref="SilentSiloLimit"/>.
        /// </summary>
        private async Task<ShardResultData> RunOnSiloAsync(string silo, IScreeningSiloGrain grain, ScreeningShard shard, CancellationToken ct)
        {
            var silent = Stopwatch.StartNew();
            bool started = false;
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                if (!_active.Contains(silo)) throw new SiloUnavailableException($"Silo {silo} left the cluster during shard {shard}.");
                try
                {
                    if (!started)
                    {
                        await EnsureUploadedAsync(silo, grain).WaitAsync(UploadTimeout, ct).ConfigureAwait(false);
                        var status = await grain.StartShard(_id, shard).WaitAsync(CallTimeout, ct).ConfigureAwait(false);
                        if (status == ShardStatus.CatalogMissing) { _uploads.TryRemove(silo, out _); continue; }
                        started = true;
                    }
                    var r = await grain.WaitShard(_id, shard).WaitAsync(CallTimeout, ct).ConfigureAwait(false);
                    silent.Restart();
                    switch (r.Status)
                    {
                        case ShardStatus.Completed: return r;
                        case ShardStatus.CatalogMissing: _uploads.TryRemove(silo, out _); started = false; break;
                        case ShardStatus.Unknown: started = false; break;
                    }
                }
                catch (Exception ex) when (IsSiloFailure(ex, ct) && silent.Elapsed < SilentSiloLimit)
                {
                    // A lost call (dead gateway, time-out): ask again while the membership still lists the silo.
                    await Task.Delay(SiloCheckInterval, ct).ConfigureAwait(false);
                }
            }
        }

        private void Fail(Exception ex)
        {
            _fatal ??= ex;
            _done.TrySetResult();
        }

        private Task EnsureUploadedAsync(string silo, IScreeningSiloGrain grain)
        {
            var task = _uploads.GetOrAdd(silo, _ => UploadAsync(grain));
            if (task.IsFaulted || task.IsCanceled) _uploads.TryRemove(new KeyValuePair<string, Task>(silo, task));
            return task;
        }

        private async Task UploadAsync(IScreeningSiloGrain grain)
        {
            if (await grain.HasJob(_id).ConfigureAwait(false)) return;
            await grain.Upload(_id, job).ConfigureAwait(false);
            Interlocked.Increment(ref _uploadCount);
        }

        private void Report() =>
            progress?.Report(new ClusterScreeningProgress(Volatile.Read(ref _completed), plan.Shards.Count, Volatile.Read(ref _reruns),
                _liveSlots.Count));

        /// <summary>Drops the job from the silos that hold it (best effort; a dead silo's cache died with it).</summary>
        public async Task ReleaseAsync()
        {
            var calls = _uploads.Keys.Where(s => !_dead.ContainsKey(s)).Select(async s =>
            {
                try { await owner.Silo(s).Release(_id).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false); }
                catch (Exception) { /* best effort: the cache also drops old jobs by itself */ }
            });
            await Task.WhenAll(calls).ConfigureAwait(false);
        }
    }
}
