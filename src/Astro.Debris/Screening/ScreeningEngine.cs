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
    // All versus all: objects whose speed bound on an interval exceeds FastSpeed (eccentric orbits near a low perigee)
    // would inflate every cell, so the slow pass takes pairs of slow objects only and each fast object then queries the
    // cells around it in the same grid.
    private const double FastSpeedKmPerSecond = 8.2;
    private readonly double _vrelMax, _arelMax;
    private readonly int _prefilteredOut;
    private readonly List<ScreeningExclusion> _initExclusions;
    private double[] _x = [], _y = [], _z = [];
    private long _pairTests;

    private readonly record struct Candidate(int K, int I, int J);

    /// <summary>
    /// Tests only: all versus all takes every pair of valid objects through the exact per-pair tests instead of the grid
    /// (quadratic), so that a test can check that the grid finds every candidate interval.
    /// </summary>
    internal bool BruteForceBroadPhase { get; init; }

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
                        Build(block + r, r, w);
                        tests = BruteForceBroadPhase ? AllPairs(block + r, w, list)
                            : SlowPairs(block + r, w, list) + FastQueries(block + r, w, list);
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
        var unique = ConjunctionScreener.MergeEvents(events.Where(list => list is not null).SelectMany(list => list!));
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

    private const int CellLimit = (1 << 13) - 1;
    private const double GridBoxKm = 500_000.0;

    /// <summary>
    /// ⌊v⌋ as an int, clamped to ±limit cells: limit = min(2¹³ − 1, ⌈500,000 km / G⌉), beyond the Moon's distance, so
    /// that a key takes at most 3 × 15 bits (3 × 12 for the usual cells of a few hundred km: three radix passes). The
    /// clamp is monotone and 1-Lipschitz, so two points at most one cell apart stay at most one cell apart: the few objects
    /// beyond it (SGP4's far-away outputs for long-decayed objects) share the boundary cells, and nothing is missed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Cell(double v, int limit) => (int)Math.Clamp(Math.Floor(v), -limit, limit);

    private sealed class GridWorker
    {
        public readonly int[] Ids, CellX, CellY, CellZ, Order, OrderTmp, FastSlots;
        public readonly long[] Keys, KeysTmp, SortedKeys;
        public readonly double[] Mx, My, Mz, U;
        // Per sorted slot, in slot order so that the pair tests read neighbouring memory instead of two rows of the
        // n-object arrays at random places: the midpoint and speed bound (the broad test, 32 bytes) and both sampled
        // positions, the acceleration bound and the object index (the exact tests, one 64-byte line).
        public readonly Midpoint[] Mid;
        public readonly Endpoints[] Ends;
        public readonly int[] Histogram = new int[1 << RadixBits];
        public int Count, FastCount;
        public double Cell, MaxSpeed;
        // Cell keys: ((cx − minX + 1) << ShiftX) | ((cy − minY + 1) << ShiftY) | (cz − minZ + 1); the padding of one cell
        // on every side keeps the keys of all neighbour cells distinct and ordered as (x, y, z).
        public int MinX, MinY, MinZ, ShiftX, ShiftY, Limit;

        public GridWorker(int n)
        {
            Ids = new int[n]; CellX = new int[n]; CellY = new int[n]; CellZ = new int[n];
            Order = new int[n]; OrderTmp = new int[n]; FastSlots = new int[n];
            Keys = new long[n]; KeysTmp = new long[n]; SortedKeys = new long[n];
            Mx = new double[n]; My = new double[n]; Mz = new double[n]; U = new double[n];
            Mid = new Midpoint[n]; Ends = new Endpoints[n];
        }

        public long Key(int cx, int cy, int cz) =>
            ((long)(cx - MinX + 1) << ShiftX) | ((long)(cy - MinY + 1) << ShiftY) | (long)(cz - MinZ + 1);
    }

    private const int RadixBits = 12;

    private struct Midpoint
    {
        public double X, Y, Z, U;
    }

    private struct Endpoints
    {
        public double Ax, Ay, Az, Bx, By, Bz, A;
        public int Id;
    }

    /// <summary>
    /// Builds the grid of interval k (rows r, r+1): for every object still valid at t_k+1, its midpoint
    /// m = (r(t_k) + r(t_k+1))/2 and its speed bound on the interval u = min(v_max, |r(t_k+1) − r(t_k)|/h + a_max·h/2)
    /// (the mean velocity over the interval differs from the velocity at any instant by at most a_max·h/2). Objects with
    /// u above <see cref="FastSpeedKmPerSecond"/> are fast on this interval. Cell size G = max(D + u_slow·h, (D + u_max·h)/2),
    /// u_slow the largest slow bound: every slow pair that can come within D has midpoints within D + (u_i + u_j)·h/2 ≤ G.
    /// The objects are sorted by cell key (x, then y, then z: each cell is one run of slots and each column of cells one
    /// range) with an LSD radix sort of a permutation, then every per-slot array is gathered once in that order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Build(int k, int r, GridWorker w)
    {
        int n = _table.Length;
        int o0 = r * n, o1 = o0 + n;
        double h = _h, halfStep = 0.5 * h, invH = 1.0 / h;
        int count = 0;
        double uSlow = 0, uMax = 0;
        for (int i = 0; i < n; i++)
        {
            if (_firstFail[i] <= k + 1) continue;
            double x0 = _x[o0 + i], y0 = _y[o0 + i], z0 = _z[o0 + i];
            double x1 = _x[o1 + i], y1 = _y[o1 + i], z1 = _z[o1 + i];
            double dx = x1 - x0, dy = y1 - y0, dz = z1 - z0;
            double u = Math.Min(_vmax[i], Math.Sqrt(dx * dx + dy * dy + dz * dz) * invH + _amax[i] * halfStep);
            w.Ids[count] = i;
            w.Mx[count] = 0.5 * (x0 + x1); w.My[count] = 0.5 * (y0 + y1); w.Mz[count] = 0.5 * (z0 + z1);
            w.U[count] = u;
            if (u <= FastSpeedKmPerSecond) uSlow = Math.Max(uSlow, u);
            uMax = Math.Max(uMax, u);
            count++;
        }
        w.Count = count;
        w.MaxSpeed = uMax;
        w.FastCount = 0;
        if (count == 0) return;
        double cell = Math.Max(_d + uSlow * h, 0.5 * (_d + uMax * h));
        double inv = 1.0 / cell;
        int limit = (int)Math.Min(CellLimit, Math.Ceiling(GridBoxKm * inv));
        w.Limit = limit;
        int minX = int.MaxValue, minY = int.MaxValue, minZ = int.MaxValue, maxX = int.MinValue, maxY = int.MinValue, maxZ = int.MinValue;
        for (int q = 0; q < count; q++)
        {
            int cx = Cell(w.Mx[q] * inv, limit), cy = Cell(w.My[q] * inv, limit), cz = Cell(w.Mz[q] * inv, limit);
            w.CellX[q] = cx; w.CellY[q] = cy; w.CellZ[q] = cz;
            minX = Math.Min(minX, cx); maxX = Math.Max(maxX, cx);
            minY = Math.Min(minY, cy); maxY = Math.Max(maxY, cy);
            minZ = Math.Min(minZ, cz); maxZ = Math.Max(maxZ, cz);
        }
        int bx = BitLength(maxX - minX + 2), by = BitLength(maxY - minY + 2), bz = BitLength(maxZ - minZ + 2);
        int bits = bx + by + bz; // ≤ 3 × 15
        w.MinX = minX; w.MinY = minY; w.MinZ = minZ; w.ShiftY = bz; w.ShiftX = by + bz;
        w.Cell = cell;
        var keys = w.Keys; var order = w.Order;
        for (int q = 0; q < count; q++)
        {
            keys[q] = w.Key(w.CellX[q], w.CellY[q], w.CellZ[q]);
            order[q] = q;
        }
        // LSD radix sort of (key, permutation), RadixBits per pass; stable, so equal keys keep the object order.
        var srcK = keys; var srcO = order; var dstK = w.KeysTmp; var dstO = w.OrderTmp;
        var hist = w.Histogram;
        for (int shift = 0; shift < bits; shift += RadixBits)
        {
            Array.Clear(hist);
            for (int q = 0; q < count; q++) hist[(int)(srcK[q] >> shift) & ((1 << RadixBits) - 1)]++;
            int sum = 0;
            for (int b = 0; b < hist.Length; b++) { int c = hist[b]; hist[b] = sum; sum += c; }
            for (int q = 0; q < count; q++)
            {
                long key = srcK[q];
                int pos = hist[(int)(key >> shift) & ((1 << RadixBits) - 1)]++;
                dstK[pos] = key; dstO[pos] = srcO[q];
            }
            (srcK, dstK) = (dstK, srcK);
            (srcO, dstO) = (dstO, srcO);
        }
        int fastCount = 0;
        for (int pos = 0; pos < count; pos++)
        {
            int q = srcO[pos], i = w.Ids[q];
            w.SortedKeys[pos] = srcK[pos];
            double u = w.U[q];
            ref var mid = ref w.Mid[pos];
            mid.X = w.Mx[q]; mid.Y = w.My[q]; mid.Z = w.Mz[q]; mid.U = u;
            ref var e = ref w.Ends[pos];
            e.Ax = _x[o0 + i]; e.Ay = _y[o0 + i]; e.Az = _z[o0 + i];
            e.Bx = _x[o1 + i]; e.By = _y[o1 + i]; e.Bz = _z[o1 + i];
            e.A = _amax[i]; e.Id = i;
            if (u > FastSpeedKmPerSecond) w.FastSlots[fastCount++] = pos;
        }
        w.FastCount = fastCount;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int BitLength(int v) => 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)v);

    /// <summary>
    /// The exact per-pair tests on two sorted grid slots: the speed bound (d_k + d_k+1)/2 ≤ D + (u_i + u_j)·h/2 with the
    /// interval speed bounds, and the chord / curvature bound on the sampled segment. Both are necessary conditions for
    /// a distance ≤ D inside the interval, and neither depends on the grid, so the candidate set does not either.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EmitSorted(GridWorker w, int p, int q, int k, List<Candidate> output)
    {
        ref var ep = ref w.Ends[p];
        ref var eq = ref w.Ends[q];
        if (ep.Id > eq.Id) { ep = ref w.Ends[q]; eq = ref w.Ends[p]; }
        int i = ep.Id, j = eq.Id;
        // Relative positions object j − object i (i < j) at both samples.
        double ax = eq.Ax - ep.Ax, ay = eq.Ay - ep.Ay, az = eq.Az - ep.Az;
        double bx = eq.Bx - ep.Bx, by = eq.By - ep.By, bz = eq.Bz - ep.Bz;
        // The chord test first (no square root; it rejects almost every pair), with a relative margin so that it never
        // rejects a pair the exact test below would keep; then both tests exactly.
        double ux = bx - ax, uy = by - ay, uz = bz - az;
        double uu = ux * ux + uy * uy + uz * uz;
        double s = uu > 0 ? Math.Clamp(-(ax * ux + ay * uy + az * uz) / uu, 0.0, 1.0) : 0.0;
        double cx = ax + s * ux, cy = ay + s * uy, cz = az + s * uz;
        double segSq = cx * cx + cy * cy + cz * cz;
        double acc = ep.A + eq.A;
        double pad = _d + acc * _h * _h / 8.0;
        if (segSq > pad * pad * (1.0 + 1e-9)) return;
        double d0 = Math.Sqrt(ax * ax + ay * ay + az * az), d1 = Math.Sqrt(bx * bx + by * by + bz * bz);
        double v = w.Mid[p].U + w.Mid[q].U;
        if (0.5 * (d0 + d1) > _d + v * _h * 0.5) return;
        if (Math.Sqrt(segSq) > pad) return;
        if (!_table[i].Equals(_table[j])) output.Add(new Candidate(k, i, j));
    }

    /// <summary>
    /// Tests slow slot a against the slow slots [t0, t1): midpoints within D + (u_a + u_t)·h/2 (≤ the cell size) go on
    /// to the exact tests.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long TestRange(GridWorker w, int a, int t0, int t1, int k, List<Candidate> output)
    {
        var mid = w.Mid;
        ref var ma = ref mid[a];
        double halfStep = 0.5 * _h, baseRadius = _d + ma.U * halfStep;
        for (int t = t0; t < t1; t++)
        {
            ref var mt = ref mid[t];
            double dx = ma.X - mt.X, dy = ma.Y - mt.Y, dz = ma.Z - mt.Z;
            double g = baseRadius + mt.U * halfStep;
            if (dx * dx + dy * dy + dz * dz <= g * g && mt.U <= FastSpeedKmPerSecond) EmitSorted(w, a, t, k, output);
        }
        return t1 - t0;
    }

    /// <summary>
    /// Pairs of slow objects: within each cell and with the 13 cells of the half stencil (each pair once). The slots are
    /// sorted by key, so for the cells (x, y+1, z−1..z+1), (x+1, y−1..y+1, z−1..z+1) each needed range is contiguous and
    /// its start only moves forward: four cursors sweep the slots once per interval, and (x, y, z+1) is the next run.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long SlowPairs(int k, GridWorker w, List<Candidate> output)
    {
        int count = w.Count;
        if (count < 2) return 0;
        var keys = w.SortedKeys; var mid = w.Mid;
        long rowY = 1L << w.ShiftY, rowX = 1L << w.ShiftX;
        long off0 = rowY, off1 = rowX - rowY, off2 = rowX, off3 = rowX + rowY;
        int c0 = 0, c1 = 0, c2 = 0, c3 = 0;
        long tests = 0;
        int runStart = 0;
        while (runStart < count)
        {
            long key = keys[runStart];
            int runEnd = runStart + 1;
            while (runEnd < count && keys[runEnd] == key) runEnd++;
            int nextEnd = runEnd;
            if (runEnd < count && keys[runEnd] == key + 1)
                while (nextEnd < count && keys[nextEnd] == key + 1) nextEnd++;
            long lo0 = key + off0 - 1, lo1 = key + off1 - 1, lo2 = key + off2 - 1, lo3 = key + off3 - 1;
            while (c0 < count && keys[c0] < lo0) c0++;
            while (c1 < count && keys[c1] < lo1) c1++;
            while (c2 < count && keys[c2] < lo2) c2++;
            while (c3 < count && keys[c3] < lo3) c3++;
            int e0 = c0, e1 = c1, e2 = c2, e3 = c3;
            while (e0 < count && keys[e0] <= lo0 + 2) e0++;
            while (e1 < count && keys[e1] <= lo1 + 2) e1++;
            while (e2 < count && keys[e2] <= lo2 + 2) e2++;
            while (e3 < count && keys[e3] <= lo3 + 2) e3++;
            for (int a = runStart; a < runEnd; a++)
            {
                if (mid[a].U > FastSpeedKmPerSecond) continue;
                // Inside the cell, then (x, y, z+1), then the four forward columns.
                tests += TestRange(w, a, a + 1, nextEnd, k, output);
                tests += TestRange(w, a, c0, e0, k, output);
                tests += TestRange(w, a, c1, e1, k, output);
                tests += TestRange(w, a, c2, e2, k, output);
                tests += TestRange(w, a, c3, e3, k, output);
            }
            runStart = runEnd;
        }
        return tests;
    }

    /// <summary>Every pair of valid objects through the exact tests (<see cref="BruteForceBroadPhase"/>).</summary>
    private long AllPairs(int k, GridWorker w, List<Candidate> output)
    {
        for (int p = 0; p < w.Count; p++)
            for (int q = p + 1; q < w.Count; q++)
                EmitSorted(w, p, q, k, output);
        return (long)w.Count * (w.Count - 1) / 2;
    }

    /// <summary>First slot whose key is ≥ the given key (binary search).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LowerBound(long[] keys, int count, long key)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < key) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// Pairs of each fast object with any other object (fast–fast pairs once, from the lower index): the cells that
    /// meet the cube of half-side R = D + (u_f + u_max)·h/2 around its midpoint, in the same grid, one z-range per column.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long FastQueries(int k, GridWorker w, List<Candidate> output)
    {
        if (w.FastCount == 0) return 0;
        double inv = 1.0 / w.Cell;
        var keys = w.SortedKeys; var mid = w.Mid; var ends = w.Ends;
        int count = w.Count;
        // Cell coordinates beyond the occupied range (plus the padding) hold no object: clamp the query to it.
        int maxX = w.MinX + (int)((keys[count - 1] >> w.ShiftX) - 1);
        int yMax = w.MinY - 2 + (1 << (w.ShiftX - w.ShiftY)), zMax = w.MinZ - 2 + (1 << w.ShiftY);
        long tests = 0;
        for (int q = 0; q < w.FastCount; q++)
        {
            int f = w.FastSlots[q], idF = ends[f].Id;
            double mx = mid[f].X, my = mid[f].Y, mz = mid[f].Z;
            double radius = _d + (mid[f].U + w.MaxSpeed) * _h * 0.5, r2 = radius * radius;
            int x0 = Math.Max(Cell((mx - radius) * inv, w.Limit), w.MinX), x1 = Math.Min(Cell((mx + radius) * inv, w.Limit), maxX);
            int y0 = Math.Max(Cell((my - radius) * inv, w.Limit), w.MinY - 1), y1 = Math.Min(Cell((my + radius) * inv, w.Limit), yMax);
            int z0 = Math.Max(Cell((mz - radius) * inv, w.Limit), w.MinZ - 1), z1 = Math.Min(Cell((mz + radius) * inv, w.Limit), zMax);
            for (int cx = x0; cx <= x1; cx++)
                for (int cy = y0; cy <= y1; cy++)
                {
                    long lo = w.Key(cx, cy, z0), hi = w.Key(cx, cy, z1);
                    for (int t = LowerBound(keys, count, lo); t < count && keys[t] <= hi; t++)
                    {
                        if (t == f || (mid[t].U > FastSpeedKmPerSecond && ends[t].Id < idF)) continue;
                        tests++;
                        double dx = mx - mid[t].X, dy = my - mid[t].Y, dz = mz - mid[t].Z;
                        if (dx * dx + dy * dy + dz * dz <= r2) EmitSorted(w, f, t, k, output);
                    }
                }
        }
        return tests;
    }
}
