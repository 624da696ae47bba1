using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Astro.Debris.Elements;
using Astro.Debris.Propagation;
using Astro.Debris.Time;

namespace Astro.Debris.Screening;

/// <summary>One screening run over a table of objects (catalogue, or primaries followed by secondaries).</summary>
internal sealed class ScreeningEngine
{
    private readonly ElementSet[] _table;
    private readonly ScreeningRole[] _roles;
    private readonly int[] _origin;
    private readonly int _primaryCount; // -1: all versus all
    private readonly ScreeningOptions _options;
    private readonly Sgp4Propagator[] _props;
    private readonly double[] _offsetMinutes;
    private readonly double[] _vmax;
    private readonly double[] _amax;
    private readonly int[] _firstFail;
    private readonly Sgp4Error[] _failError;
    private readonly double _d;      // search radius
    private readonly double _h;      // step, s
    private readonly int _intervals;
    private readonly int _blockSteps;
    private readonly int _workers;
    private readonly double _broadRadius;
    // All versus all: objects faster than FastSpeed (eccentric orbits with a low perigee) would inflate every cell, so
    // the grid of cell size D + v_slow·h holds only the slow objects; the fast ones query a second grid over everyone.
    private const double FastSpeedKmPerSecond = 8.2;
    private readonly bool[] _fast = [];
    private readonly bool _anyFast;
    private readonly double _slowRadius, _fastRadius;
    private readonly double _vrelMax, _arelMax;
    private readonly int _prefilteredOut;
    private readonly List<ScreeningExclusion> _initExclusions;
    private double[] _x = [], _y = [], _z = [];
    private long _pairTests;

    private readonly record struct Candidate(int K, int I, int J);

    public ScreeningEngine(List<(ElementSet Set, ScreeningRole Role, int Index)> objects, int primaryCount, ScreeningOptions options,
        List<ScreeningExclusion> initExclusions, int prefilteredOut)
    {
        _options = options;
        _primaryCount = primaryCount;
        _initExclusions = initExclusions;
        _prefilteredOut = prefilteredOut;
        int n = objects.Count;
        _table = new ElementSet[n];
        _roles = new ScreeningRole[n];
        _origin = new int[n];
        _props = new Sgp4Propagator[n];
        _offsetMinutes = new double[n];
        _vmax = new double[n];
        _amax = new double[n];
        _firstFail = new int[n];
        _failError = new Sgp4Error[n];
        Array.Fill(_firstFail, int.MaxValue);
        for (int i = 0; i < n; i++)
        {
            (_table[i], _roles[i], _origin[i]) = objects[i];
            _offsetMinutes[i] = options.Start.MinutesSince(_table[i].Epoch);
        }
        _workers = options.MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism;
        Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = _workers }, i =>
        {
            _props[i] = new Sgp4Propagator(_table[i], options.GravityModel, options.OperationMode);
            var b = ObjectBounds.Of(_table[i], options.Start, options.End, options.PrefilterPadKm);
            _vmax[i] = b.MaxSpeedKmPerSecond;
            _amax[i] = b.MaxAccelerationKmPerSecond2;
        });

        _d = options.SearchRadiusKm;
        if (n == 0) { _vrelMax = _arelMax = 0; }
        else if (primaryCount < 0)
        {
            _vrelMax = 2.0 * _vmax.Max();
            _arelMax = 2.0 * _amax.Max();
        }
        else
        {
            double vp = 0, ap = 0, vs = 0, asec = 0;
            for (int i = 0; i < n; i++)
                if (i < primaryCount) { vp = Math.Max(vp, _vmax[i]); ap = Math.Max(ap, _amax[i]); }
                else { vs = Math.Max(vs, _vmax[i]); asec = Math.Max(asec, _amax[i]); }
            _vrelMax = vp + vs;
            _arelMax = ap + asec;
        }
        double duration = options.DurationSeconds;
        double h = StepSeconds(options, primaryCount < 0, _arelMax);
        _h = h;
        _intervals = Math.Max(1, (int)Math.Ceiling(duration / h - 1e-9));
        int autoBlock = (int)Math.Clamp(64L * 1024 * 1024 / (24L * Math.Max(1, n)), 8, 1024);
        _blockSteps = Math.Min(options.BlockSteps > 0 ? options.BlockSteps : autoBlock, _intervals);
        _broadRadius = _d + _vrelMax * h / 2.0;
        if (primaryCount < 0 && n > 0)
        {
            _fast = new bool[n];
            double vSlow = 0, vFast = 0, vAll = _vmax.Max();
            for (int i = 0; i < n; i++)
            {
                _fast[i] = _vmax[i] > FastSpeedKmPerSecond;
                if (_fast[i]) { _anyFast = true; vFast = Math.Max(vFast, _vmax[i]); }
                else vSlow = Math.Max(vSlow, _vmax[i]);
            }
            _slowRadius = _d + vSlow * h;                      // D + V·h/2 with V = 2·v_slow
            _fastRadius = _d + (vFast + vAll) * h / 2.0;       // D + V·h/2 with V = v_fast + v_any
            _broadRadius = Math.Max(_slowRadius, _anyFast ? _fastRadius : 0.0);
        }
    }

    /// <summary>The grid step, seconds: <see cref="ScreeningOptions.StepSeconds"/> or the default for the bound A, capped at the duration.</summary>
    internal static double StepSeconds(ScreeningOptions options, bool allVersusAll, double arelMax)
    {
        // Default step: the curvature pad A·h²/8 equals D for all-vs-all, where the grid cell (and the pair tests, ≈ h²)
        // grow with the pad. One-vs-many sweeps a few primaries, so its cost is propagating the secondaries at every step,
        // while a wider pad only adds candidate intervals that the (cheap, ≈ 4 µs) refinement discards: there the pad is
        // allowed to reach max(10·D, 50 km) and the step 180 s. Recall is the same either way: the bound holds for any h.
        double d = options.SearchRadiusKm;
        double padTarget = allVersusAll ? d : Math.Max(10.0 * d, 50.0);
        double hMax = allVersusAll ? 60.0 : 180.0;
        double h = options.StepSeconds ?? (arelMax > 0 ? Math.Floor(Math.Clamp(Math.Sqrt(8.0 * padTarget / arelMax), 5.0, hMax)) : hMax);
        return Math.Min(h, options.DurationSeconds);
    }

    public ScreeningResult Run(IProgress<ScreeningProgress>? progress, CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        var propTime = new Stopwatch();
        var broadTime = new Stopwatch();
        var refineTime = new Stopwatch();
        int n = _table.Length;
        var candidates = new List<Candidate>();
        progress?.Report(new ScreeningProgress(ScreeningPhase.BroadPhase, 0.0));
        if (n >= 2 && (_primaryCount < 0 || (_primaryCount > 0 && _primaryCount < n)))
        {
            var batch = new Sgp4BatchPropagator(_table, _options.GravityModel, _options.OperationMode,
                new Sgp4BatchOptions { MaxDegreeOfParallelism = _workers });
            int rows = _blockSteps + 1;
            _x = new double[(long)rows * n];
            _y = new double[(long)rows * n];
            _z = new double[(long)rows * n];
            var errors = new Sgp4Error[(long)rows * n];
            var perInterval = new List<Candidate>[_blockSteps];
            for (int r = 0; r < perInterval.Length; r++) perInterval[r] = [];
            var pool = new ConcurrentBag<GridWorker>();
            int prevNb = -1;
            for (int k0 = 0; k0 < _intervals; k0 += _blockSteps)
            {
                ct.ThrowIfCancellationRequested();
                int nb = Math.Min(_blockSteps, _intervals - k0);
                propTime.Start();
                int firstRow = 0;
                if (prevNb >= 0)
                {
                    Array.Copy(_x, (long)prevNb * n, _x, 0, n);
                    Array.Copy(_y, (long)prevNb * n, _y, 0, n);
                    Array.Copy(_z, (long)prevNb * n, _z, 0, n);
                    firstRow = 1;
                }
                var times = new Epoch[nb + 1 - firstRow];
                for (int q = 0; q < times.Length; q++) times[q] = _options.Start.AddSeconds((k0 + firstRow + q) * _h);
                batch.Propagate(times, new Sgp4BatchDestination(
                    _x.AsSpan(firstRow * n, times.Length * n), _y.AsSpan(firstRow * n, times.Length * n),
                    _z.AsSpan(firstRow * n, times.Length * n), errors.AsSpan(firstRow * n, times.Length * n)));
                for (int q = firstRow; q <= nb; q++)
                {
                    int row = q * n;
                    for (int i = 0; i < n; i++)
                        if (errors[row + i] != Sgp4Error.None && _firstFail[i] == int.MaxValue)
                        {
                            _firstFail[i] = k0 + q;
                            _failError[i] = errors[row + i];
                        }
                }
                propTime.Stop();

                broadTime.Start();
                int block = k0;
                Parallel.For(0, nb, new ParallelOptions { MaxDegreeOfParallelism = _workers, CancellationToken = ct }, r =>
                {
                    var list = perInterval[r];
                    list.Clear();
                    long tests;
                    if (_primaryCount < 0)
                    {
                        if (!pool.TryTake(out var w)) w = new GridWorker(n);
                        tests = GridInterval(block + r, r, w, list);
                        if (_anyFast) tests += FastQuery(block + r, r, w, list);
                        pool.Add(w);
                    }
                    else tests = SweepInterval(block + r, r, list);
                    Interlocked.Add(ref _pairTests, tests);
                    list.Sort((p, q) => p.I != q.I ? p.I.CompareTo(q.I) : p.J.CompareTo(q.J));
                });
                for (int r = 0; r < nb; r++) candidates.AddRange(perInterval[r]);
                broadTime.Stop();
                prevNb = nb;
                progress?.Report(new ScreeningProgress(ScreeningPhase.BroadPhase, (double)(k0 + nb) / _intervals));
            }
            _x = _y = _z = [];
        }

        // Refinement.
        refineTime.Start();
        progress?.Report(new ScreeningProgress(ScreeningPhase.Refinement, 0.0));
        var events = new List<Conjunction>?[candidates.Count];
        var failures = new (int Obj, Sgp4Error Err, double T)?[candidates.Count];
        double duration = _options.DurationSeconds;
        const int Chunk = 4096;
        for (int c0 = 0; c0 < candidates.Count; c0 += Chunk)
        {
            ct.ThrowIfCancellationRequested();
            int c1 = Math.Min(candidates.Count, c0 + Chunk);
            Parallel.For(c0, c1, new ParallelOptions { MaxDegreeOfParallelism = _workers, CancellationToken = ct },
                () => new List<double>(4),
                (c, _, tcas) =>
                {
                    var cand = candidates[c];
                    int i = cand.I, j = cand.J;
                    var ev = new PairEvaluator(_props[i], _offsetMinutes[i], _props[j], _offsetMinutes[j]);
                    tcas.Clear();
                    double a = cand.K * _h, b = (cand.K + 1) * _h;
                    if (!TcaRefiner.FindMinima(in ev, a, b, tcas, out double tf, out var e1, out var e2))
                    {
                        failures[c] = e1 != Sgp4Error.None ? (i, e1, tf) : (j, e2, tf);
                        return tcas;
                    }
                    foreach (double t in tcas)
                    {
                        if (t < 0.0 || t > duration) continue;
                        if (!TcaRefiner.Describe(in ev, t, out var s1, out var s2, out double miss, out double speed, out var rtn))
                        {
                            failures[c] = s1.Error != Sgp4Error.None ? (i, s1.Error, t) : (j, s2.Error, t);
                            break;
                        }
                        if (miss > _options.ThresholdKm) continue;
                        if (_options.Volume is { } vol && !vol.Contains(rtn)) continue;
                        (events[c] ??= []).Add(new Conjunction(_table[i], _origin[i], _table[j], _origin[j],
                            _options.Start.AddSeconds(t), miss, speed, rtn, s1.State, s2.State));
                    }
                    return tcas;
                },
                _ => { });
            progress?.Report(new ScreeningProgress(ScreeningPhase.Refinement, (double)c1 / candidates.Count));
        }

        // Assemble: deduplicate (same pair, TCAs within 1 ms), then sort.
        var all = new List<Conjunction>();
        foreach (var list in events) if (list is not null) all.AddRange(list);
        all.Sort((p, q) =>
        {
            int c = p.Index1.CompareTo(q.Index1);
            if (c == 0) c = p.Index2.CompareTo(q.Index2);
            return c != 0 ? c : p.Tca.CompareTo(q.Tca);
        });
        var unique = new List<Conjunction>(all.Count);
        foreach (var e in all)
        {
            if (unique.Count > 0 && unique[^1] is var last && last.Index1 == e.Index1 && last.Index2 == e.Index2
                && Math.Abs(e.Tca.SecondsSince(last.Tca)) < 1e-3)
                continue;
            unique.Add(e);
        }
        unique.Sort(CompareConjunctions);
        refineTime.Stop();

        // Exclusions: the earliest failure per object.
        var firstFailure = new Dictionary<int, (Sgp4Error Err, double T)>();
        for (int i = 0; i < n; i++)
            if (_firstFail[i] != int.MaxValue) firstFailure[i] = (_failError[i], _firstFail[i] * _h);
        foreach (var f in failures)
            if (f is { } ff && (!firstFailure.TryGetValue(ff.Obj, out var cur) || ff.T < cur.T)) firstFailure[ff.Obj] = (ff.Err, ff.T);
        var exclusions = new List<ScreeningExclusion>(_initExclusions);
        foreach (var (i, (err, t)) in firstFailure)
            exclusions.Add(new ScreeningExclusion(_roles[i], _origin[i], _table[i], err, _options.Start.AddSeconds(t)));
        exclusions.Sort((p, q) => p.Role != q.Role ? p.Role.CompareTo(q.Role) : p.Index.CompareTo(q.Index));

        total.Stop();
        progress?.Report(new ScreeningProgress(ScreeningPhase.Completed, 1.0));
        var stats = new ScreeningStatistics
        {
            StepSeconds = _h,
            Intervals = _intervals,
            BlockSteps = _blockSteps,
            ObjectsPropagated = n,
            PrefilteredOut = _prefilteredOut,
            SearchRadiusKm = _d,
            BroadPhaseRadiusKm = _broadRadius,
            MaxRelativeSpeedKmPerSecond = _vrelMax,
            MaxRelativeAccelerationKmPerSecond2 = _arelMax,
            BroadPhasePairTests = _pairTests,
            CandidateIntervals = candidates.Count,
            PropagationTime = propTime.Elapsed,
            BroadPhaseTime = broadTime.Elapsed,
            RefinementTime = refineTime.Elapsed,
            TotalTime = total.Elapsed,
        };
        return new ScreeningResult(unique, exclusions, stats);
    }

    internal static int CompareConjunctions(Conjunction p, Conjunction q)
    {
        int c = p.Tca.CompareTo(q.Tca);
        if (c == 0) c = p.Object1.CatalogNumber.CompareTo(q.Object1.CatalogNumber);
        if (c == 0) c = p.Object2.CatalogNumber.CompareTo(q.Object2.CatalogNumber);
        if (c == 0) c = p.Index1.CompareTo(q.Index1);
        if (c == 0) c = p.Index2.CompareTo(q.Index2);
        return c;
    }

    /// <summary>
    /// The exact per-pair tests on interval k (rows r, r+1): the speed bound on the sampled distances and the chord /
    /// curvature bound on the sampled segment. Both are necessary conditions for a distance ≤ D inside the interval.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool PairPasses(int i, int j, int k, int r)
    {
        int n = _table.Length;
        if (_firstFail[i] <= k + 1 || _firstFail[j] <= k + 1) return false;
        int o0 = r * n, o1 = o0 + n;
        double ax = _x[o0 + j] - _x[o0 + i], ay = _y[o0 + j] - _y[o0 + i], az = _z[o0 + j] - _z[o0 + i];
        double bx = _x[o1 + j] - _x[o1 + i], by = _y[o1 + j] - _y[o1 + i], bz = _z[o1 + j] - _z[o1 + i];
        double d0 = Math.Sqrt(ax * ax + ay * ay + az * az), d1 = Math.Sqrt(bx * bx + by * by + bz * bz);
        double v = _vmax[i] + _vmax[j], acc = _amax[i] + _amax[j];
        if (0.5 * (d0 + d1) > _d + v * _h * 0.5) return false;
        // Distance from the origin to the segment a → b.
        double ux = bx - ax, uy = by - ay, uz = bz - az;
        double uu = ux * ux + uy * uy + uz * uz;
        double s = uu > 0 ? Math.Clamp(-(ax * ux + ay * uy + az * uz) / uu, 0.0, 1.0) : 0.0;
        double cx = ax + s * ux, cy = ay + s * uy, cz = az + s * uz;
        double seg = Math.Sqrt(cx * cx + cy * cy + cz * cz);
        double pad = _d + acc * _h * _h / 8.0;
        if (seg > pad) return false;
        return !_table[i].Equals(_table[j]);
    }

    // ---------------------------------------------------------------- one versus many: vectorised sweep

    private long SweepInterval(int k, int r, List<Candidate> output)
    {
        int n = _table.Length, p = _primaryCount;
        double vsMax = 0;
        for (int j = p; j < n; j++) vsMax = Math.Max(vsMax, _vmax[j]);
        int o0 = r * n, o1 = o0 + n;
        ref double x = ref MemoryMarshal.GetArrayDataReference(_x);
        ref double y = ref MemoryMarshal.GetArrayDataReference(_y);
        ref double z = ref MemoryMarshal.GetArrayDataReference(_z);
        long tests = 0;
        for (int i = 0; i < p; i++)
        {
            if (_firstFail[i] <= k + 1) continue;
            double g = _d + (_vmax[i] + vsMax) * _h * 0.5, g2 = g * g;
            double px0 = _x[o0 + i], py0 = _y[o0 + i], pz0 = _z[o0 + i];
            double px1 = _x[o1 + i], py1 = _y[o1 + i], pz1 = _z[o1 + i];
            int j = p;
            if (Vector256.IsHardwareAccelerated)
            {
                var vx0 = Vector256.Create(px0); var vy0 = Vector256.Create(py0); var vz0 = Vector256.Create(pz0);
                var vx1 = Vector256.Create(px1); var vy1 = Vector256.Create(py1); var vz1 = Vector256.Create(pz1);
                var vg2 = Vector256.Create(g2);
                for (; j + 4 <= n; j += 4)
                {
                    var dx = Vector256.LoadUnsafe(ref x, (nuint)(o0 + j)) - vx0;
                    var dy = Vector256.LoadUnsafe(ref y, (nuint)(o0 + j)) - vy0;
                    var dz = Vector256.LoadUnsafe(ref z, (nuint)(o0 + j)) - vz0;
                    var e0 = dx * dx + dy * dy + dz * dz;
                    dx = Vector256.LoadUnsafe(ref x, (nuint)(o1 + j)) - vx1;
                    dy = Vector256.LoadUnsafe(ref y, (nuint)(o1 + j)) - vy1;
                    dz = Vector256.LoadUnsafe(ref z, (nuint)(o1 + j)) - vz1;
                    var e1 = dx * dx + dy * dy + dz * dz;
                    uint bits = Vector256.LessThanOrEqual(Vector256.Min(e0, e1), vg2).ExtractMostSignificantBits();
                    while (bits != 0)
                    {
                        int lane = System.Numerics.BitOperations.TrailingZeroCount(bits);
                        bits &= bits - 1;
                        if (PairPasses(i, j + lane, k, r)) output.Add(new Candidate(k, i, j + lane));
                    }
                }
            }
            for (; j < n; j++)
            {
                double dx = _x[o0 + j] - px0, dy = _y[o0 + j] - py0, dz = _z[o0 + j] - pz0;
                double e0 = dx * dx + dy * dy + dz * dz;
                dx = _x[o1 + j] - px1; dy = _y[o1 + j] - py1; dz = _z[o1 + j] - pz1;
                double e1 = dx * dx + dy * dy + dz * dz;
                if (Math.Min(e0, e1) <= g2 && PairPasses(i, j, k, r)) output.Add(new Candidate(k, i, j));
            }
            tests += n - p;
        }
        return tests;
    }

    // ---------------------------------------------------------------- all versus all: uniform grid on midpoints

    private const int CellOffset = 1 << 20;
    private const int CellLimit = (1 << 20) - 2;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Pack(int cx, int cy, int cz) =>
        ((long)(cx + CellOffset) << 42) | ((long)(cy + CellOffset) << 21) | (long)(cz + CellOffset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Cell(double v) => (int)Math.Clamp(Math.Floor(v), -CellLimit, CellLimit);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bucket(long key, int shift) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> shift);

    private static readonly (int X, int Y, int Z)[] HalfStencil = BuildHalfStencil();

    private static (int, int, int)[] BuildHalfStencil()
    {
        var list = new List<(int, int, int)>();
        for (int dx = -1; dx <= 1; dx++)
            for (int dy = -1; dy <= 1; dy++)
                for (int dz = -1; dz <= 1; dz++)
                    if (dx > 0 || (dx == 0 && (dy > 0 || (dy == 0 && dz > 0)))) list.Add((dx, dy, dz));
        return list.ToArray(); // 13 offsets: each pair of distinct neighbouring cells is visited once
    }

    private sealed class GridWorker
    {
        public readonly int[] Ids, SortedIds, Buckets, Start, Order;
        public readonly long[] Keys, SortedKeys;
        public readonly double[] Mx, My, Mz, Sx, Sy, Sz;
        // Per sorted slot: both sampled positions, and the speed and acceleration bounds, so that the pair test reads
        // neighbouring memory instead of two rows of the n-object arrays at random places.
        public readonly double[] Ax, Ay, Az, Bx, By, Bz, V, A;
        public readonly int Shift;

        public GridWorker(int n)
        {
            int bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(2, 2 * n))));
            Shift = 64 - bits;
            Ids = new int[n]; SortedIds = new int[n]; Buckets = new int[n]; Order = new int[n];
            Keys = new long[n]; SortedKeys = new long[n];
            Mx = new double[n]; My = new double[n]; Mz = new double[n];
            Sx = new double[n]; Sy = new double[n]; Sz = new double[n];
            Ax = new double[n]; Ay = new double[n]; Az = new double[n];
            Bx = new double[n]; By = new double[n]; Bz = new double[n];
            V = new double[n]; A = new double[n];
            Start = new int[(1 << bits) + 1];
        }
    }

    /// <summary>
    /// Counting-sorts the midpoints of the valid objects (all, or the slow ones only) into hashed cells of the given
    /// size: a permutation is sorted (by bucket, then by key inside a bucket so each cell is one run), then every array
    /// is gathered once in that order.
    /// </summary>
    private void Build(int k, int r, GridWorker w, double cell, bool slowOnly)
    {
        int n = _table.Length;
        int o0 = r * n, o1 = o0 + n;
        double inv = 1.0 / cell;
        int count = 0;
        var start = w.Start;
        Array.Clear(start);
        for (int i = 0; i < n; i++)
        {
            if (_firstFail[i] <= k + 1 || (slowOnly && _fast[i])) continue;
            double mx = 0.5 * (_x[o0 + i] + _x[o1 + i]), my = 0.5 * (_y[o0 + i] + _y[o1 + i]), mz = 0.5 * (_z[o0 + i] + _z[o1 + i]);
            long key = Pack(Cell(mx * inv), Cell(my * inv), Cell(mz * inv));
            int b = Bucket(key, w.Shift);
            w.Ids[count] = i; w.Keys[count] = key; w.Buckets[count] = b;
            w.Mx[count] = mx; w.My[count] = my; w.Mz[count] = mz;
            start[b + 1]++;
            count++;
        }
        int m = start.Length - 1;
        for (int b = 0; b < m; b++) start[b + 1] += start[b];
        // Scatter the permutation by bucket, using Start[b] as the fill cursor, then restore.
        var order = w.Order;
        var keys = w.Keys;
        for (int q = 0; q < count; q++) order[start[w.Buckets[q]]++] = q;
        for (int b = m; b > 0; b--) start[b] = start[b - 1];
        start[0] = 0;
        // Within a bucket (≈ one cell), insertion-sort the permutation by key.
        for (int b = 0; b < m; b++)
        {
            int s0 = start[b], s1 = start[b + 1];
            for (int q = s0 + 1; q < s1; q++)
            {
                int item = order[q];
                long key = keys[item];
                int t = q - 1;
                while (t >= s0 && keys[order[t]] > key) { order[t + 1] = order[t]; t--; }
                order[t + 1] = item;
            }
        }
        for (int pos = 0; pos < count; pos++)
        {
            int q = order[pos], i = w.Ids[q];
            w.SortedIds[pos] = i; w.SortedKeys[pos] = keys[q];
            w.Sx[pos] = w.Mx[q]; w.Sy[pos] = w.My[q]; w.Sz[pos] = w.Mz[q];
            w.Ax[pos] = _x[o0 + i]; w.Ay[pos] = _y[o0 + i]; w.Az[pos] = _z[o0 + i];
            w.Bx[pos] = _x[o1 + i]; w.By[pos] = _y[o1 + i]; w.Bz[pos] = _z[o1 + i];
            w.V[pos] = _vmax[i]; w.A[pos] = _amax[i];
        }
    }

    /// <summary>
    /// <see cref="PairPasses"/> on two sorted grid slots (same arithmetic, same result); both objects are valid at
    /// this step since <see cref="Build"/> kept only those.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EmitSorted(GridWorker w, int p, int q, int k, List<Candidate> output)
    {
        int i = w.SortedIds[p], j = w.SortedIds[q];
        if (i > j) { (i, j) = (j, i); (p, q) = (q, p); }
        double ax = w.Ax[q] - w.Ax[p], ay = w.Ay[q] - w.Ay[p], az = w.Az[q] - w.Az[p];
        double bx = w.Bx[q] - w.Bx[p], by = w.By[q] - w.By[p], bz = w.Bz[q] - w.Bz[p];
        // The chord test first (no square root; it rejects almost every pair), with a relative margin so that it never
        // rejects a pair the exact test below would keep; then both tests exactly as in PairPasses.
        double ux = bx - ax, uy = by - ay, uz = bz - az;
        double uu = ux * ux + uy * uy + uz * uz;
        double s = uu > 0 ? Math.Clamp(-(ax * ux + ay * uy + az * uz) / uu, 0.0, 1.0) : 0.0;
        double cx = ax + s * ux, cy = ay + s * uy, cz = az + s * uz;
        double segSq = cx * cx + cy * cy + cz * cz;
        double acc = w.A[p] + w.A[q];
        double pad = _d + acc * _h * _h / 8.0;
        if (segSq > pad * pad * (1.0 + 1e-9)) return;
        double d0 = Math.Sqrt(ax * ax + ay * ay + az * az), d1 = Math.Sqrt(bx * bx + by * by + bz * bz);
        double v = w.V[p] + w.V[q];
        if (0.5 * (d0 + d1) > _d + v * _h * 0.5) return;
        if (Math.Sqrt(segSq) > pad) return;
        if (!_table[i].Equals(_table[j])) output.Add(new Candidate(k, i, j));
    }

    private long GridInterval(int k, int r, GridWorker w, List<Candidate> output)
    {
        double cell = _slowRadius, g2 = cell * cell;
        Build(k, r, w, cell, slowOnly: true);
        var start = w.Start;
        int m = start.Length - 1;
        long tests = 0;
        var keys = w.SortedKeys; var ids = w.SortedIds; var sxA = w.Sx; var syA = w.Sy; var szA = w.Sz;
        for (int b = 0; b < m; b++)
        {
            int s0 = start[b], s1 = start[b + 1];
            int runStart = s0;
            while (runStart < s1)
            {
                long key = keys[runStart];
                int runEnd = runStart + 1;
                while (runEnd < s1 && keys[runEnd] == key) runEnd++;
                // Pairs inside the cell.
                for (int a = runStart; a < runEnd; a++)
                    for (int c = a + 1; c < runEnd; c++)
                    {
                        tests++;
                        double dx = sxA[a] - sxA[c], dy = syA[a] - syA[c], dz = szA[a] - szA[c];
                        if (dx * dx + dy * dy + dz * dz <= g2) EmitSorted(w, a, c, k, output);
                    }
                // Pairs with the 13 forward neighbour cells.
                int cx = (int)((key >> 42) & 0x1FFFFF) - CellOffset;
                int cy = (int)((key >> 21) & 0x1FFFFF) - CellOffset;
                int cz = (int)(key & 0x1FFFFF) - CellOffset;
                foreach (var (ox, oy, oz) in HalfStencil)
                {
                    long nk = Pack(cx + ox, cy + oy, cz + oz);
                    int nb = Bucket(nk, w.Shift);
                    int t0 = start[nb], t1 = start[nb + 1];
                    for (int t = t0; t < t1; t++)
                    {
                        if (keys[t] != nk) continue;
                        for (int a = runStart; a < runEnd; a++)
                        {
                            tests++;
                            double dx = sxA[a] - sxA[t], dy = syA[a] - syA[t], dz = szA[a] - szA[t];
                            if (dx * dx + dy * dy + dz * dz <= g2) EmitSorted(w, a, t, k, output);
                        }
                    }
                }
                runStart = runEnd;
            }
        }
        return tests;
    }

    /// <summary>Pairs of a fast object with any object (fast–fast pairs once, from the lower index), on a grid of all objects.</summary>
    private long FastQuery(int k, int r, GridWorker w, List<Candidate> output)
    {
        int n = _table.Length;
        int o0 = r * n, o1 = o0 + n;
        double cell = _fastRadius, inv = 1.0 / cell, g2 = cell * cell;
        Build(k, r, w, cell, slowOnly: false);
        var start = w.Start;
        var keys = w.SortedKeys; var ids = w.SortedIds;
        long tests = 0;
        for (int f = 0; f < n; f++)
        {
            if (!_fast[f] || _firstFail[f] <= k + 1) continue;
            double mx = 0.5 * (_x[o0 + f] + _x[o1 + f]), my = 0.5 * (_y[o0 + f] + _y[o1 + f]), mz = 0.5 * (_z[o0 + f] + _z[o1 + f]);
            int cx = Cell(mx * inv), cy = Cell(my * inv), cz = Cell(mz * inv);
            for (int ox = -1; ox <= 1; ox++)
                for (int oy = -1; oy <= 1; oy++)
                    for (int oz = -1; oz <= 1; oz++)
                    {
                        long nk = Pack(cx + ox, cy + oy, cz + oz);
                        int nb = Bucket(nk, w.Shift);
                        for (int t = start[nb]; t < start[nb + 1]; t++)
                        {
                            if (keys[t] != nk) continue;
                            int e = ids[t];
                            if (e == f || (_fast[e] && e < f)) continue;
                            tests++;
                            double dx = mx - w.Sx[t], dy = my - w.Sy[t], dz = mz - w.Sz[t];
                            if (dx * dx + dy * dy + dz * dz <= g2) Emit(f, e, k, r, output);
                        }
                    }
        }
        return tests;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Emit(int a, int b, int k, int r, List<Candidate> output)
    {
        int i = Math.Min(a, b), j = Math.Max(a, b);
        if (PairPasses(i, j, k, r)) output.Add(new Candidate(k, i, j));
    }
}
