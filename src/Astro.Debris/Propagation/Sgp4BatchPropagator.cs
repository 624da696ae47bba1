using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Astro.Debris.Elements;
using Astro.Debris.Frames;
using Astro.Debris.Numerics;
using Astro.Debris.Time;

namespace Astro.Debris.Propagation;

/// <summary>
/// SGP4/SDP4 for many element sets at once: the coefficients live in structure-of-arrays form, grouped by branch
/// (near-Earth; deep space without resonance; 24 h and 12 h resonance) so that every SIMD batch runs one code
/// path, and evaluated with Vector512/256/128 kernels (or one lane when no SIMD is available) on all cores.
/// Agrees with <see cref="Sgp4Propagator"/> to rounding (well within 1e-6 km), error codes included, and gives
/// identical results for any degree of parallelism. Immutable; safe to share across threads.
/// </summary>
/// <example>
/// <code>
/// var batch = new Sgp4BatchPropagator(ElementsReader.ReadFile("catalog.tle").Elements);
/// double[] minutes = Enumerable.Range(0, 1440).Select(m => (double)m).ToArray();
/// Sgp4BatchResult r = batch.Propagate(minutes);          // minutes since each object's own epoch
/// Sgp4Result iss = r[time: 90, obj: 0];
/// </code>
/// </example>
public sealed class Sgp4BatchPropagator
{
    private readonly Sgp4Group[] _groups;
    private readonly Window[] _windows;

    /// <summary>
    /// Up to <see cref="WindowSlots"/> consecutive slots of one group, run together time by time. <see cref="Blocks"/>
    /// lists the window's objects in ascending order, by blocks of eight consecutive output indices, with the slot (from
    /// <see cref="FirstSlot"/>) of each.
    /// </summary>
    private sealed record Window(int Group, int FirstSlot, int SlotCount, OutputBlocks Blocks);

    /// <summary>
    /// A window's objects as blocks of eight consecutive output indices: block b covers objects Base[b] … Base[b] + 7
    /// (Base a multiple of 8); bit i of Mask[b] says whether object Base[b] + i belongs to the window, and Slots[8b + i]
    /// is its slot in the window (0 where it does not belong). Run[b] ⊆ Mask[b] marks the block's longest run of objects
    /// whose slots are consecutive, in lane order, from First[b]: the vector stores expand those from consecutive stage
    /// values into their lanes and copy the rest (Mask[b] without Run[b]: objects sorted away by eccentricity, see the
    /// constructor) one by one. No gathers: they cost 20–30 cycles each on CPUs with the gather-data-sampling microcode.
    /// </summary>
    private sealed record OutputBlocks(int[] Base, byte[] Mask, int[] Slots, int[] First, byte[] Run)
    {
        public static OutputBlocks From(int[] objects, int[] slots)
        {
            var bases = new List<int>();
            var masks = new List<byte>();
            var blockSlots = new List<int>();
            for (int j = 0; j < objects.Length; j++)
            {
                int b = objects[j] & ~7;
                if (bases.Count == 0 || bases[^1] != b)
                {
                    bases.Add(b);
                    masks.Add(0);
                    blockSlots.AddRange(new int[8]);
                }
                int lane = objects[j] - b;
                masks[^1] |= (byte)(1 << lane);
                blockSlots[8 * (bases.Count - 1) + lane] = slots[j];
            }
            var first = new int[bases.Count];
            var run = new byte[bases.Count];
            for (int b = 0; b < bases.Count; b++)
            {
                // Every object may start the run; later objects join while their slot is the next one. Keep the longest.
                for (int start = 0; start < 8; start++)
                {
                    if ((masks[b] & (1 << start)) == 0) continue;
                    int next = blockSlots[8 * b + start];
                    byte members = 0;
                    for (int lane = start; lane < 8; lane++)
                        if ((masks[b] & (1 << lane)) != 0 && blockSlots[8 * b + lane] == next)
                        {
                            members |= (byte)(1 << lane);
                            next++;
                        }
                    if (BitOperations.PopCount(members) > BitOperations.PopCount(run[b]))
                    {
                        run[b] = members;
                        first[b] = blockSlots[8 * b + start];
                    }
                }
            }
            return new OutputBlocks(bases.ToArray(), masks.ToArray(), blockSlots.ToArray(), first, run);
        }
    }

    private readonly GravityConstants _grav;
    private readonly OperationMode _mode;
    private readonly Sgp4BatchOptions _options;

    /// <summary>Initialises every element set (as <see cref="Sgp4Propagator"/> does) and arranges them for SIMD.</summary>
    /// <param name="elements">The element sets; outputs keep their order.</param>
    /// <param name="gravity">Gravity constants (WGS-72 by default).</param>
    /// <param name="mode">Operation mode (improved by default).</param>
    /// <param name="options">Parallelism and vector width.</param>
    /// <exception cref="ArgumentException">An element set is SGP4-XP (ephemeris type 4), or the list is empty.</exception>
    public Sgp4BatchPropagator(IEnumerable<ElementSet> elements, GravityModel gravity = GravityModel.Wgs72,
        OperationMode mode = OperationMode.Improved, Sgp4BatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(elements);
        var list = elements.ToArray();
        if (list.Length == 0) throw new ArgumentException("At least one element set is required.", nameof(elements));
        _options = options ?? Sgp4BatchOptions.Default;
        if (!Enum.IsDefined(_options.Width)) throw new ArgumentOutOfRangeException(nameof(options), _options.Width, "Unknown SIMD width.");
        if (!Enum.IsDefined(_options.Split)) throw new ArgumentOutOfRangeException(nameof(options), _options.Split, "Unknown parallel split.");
        if (_options.MaxDegreeOfParallelism == 0 || _options.MaxDegreeOfParallelism < -1)
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be -1 or positive.");
        Elements = list;
        GravityModel = gravity;
        OperationMode = mode;
        _mode = mode;
        _grav = GravityConstants.Get(gravity);

        var models = new Sgp4Model[list.Length];
        Parallel.For(0, list.Length, i => models[i] = new Sgp4Propagator(list[i], gravity, mode).Model);

        // Group by branch; near-Earth sorted so that simplified-drag (isimp) objects share batches. Within runs of
        // EccentricityWindow objects (by input index), the objects with e ≤ LowEccentricity come first in input order, then
        // the rest by eccentricity: a vector runs as many Kepler steps as its slowest lane, and a lane whose first step
        // exceeds the rotation limit (e above about 0.02) makes its whole vector take a fresh sin/cos per step (14 % of the
        // 2022 catalogue's near-Earth objects; 70 % of 8-lane vectors held one in catalogue order). Keeping the rest in
        // input order lets most output blocks be stored from consecutive stage slots without gathers (see OutputBlocks).
        var byKind = new List<(int, Sgp4Model)>[4];
        for (int k = 0; k < 4; k++) byKind[k] = [];
        for (int i = 0; i < models.Length; i++) byKind[(int)KindOf(models[i])].Add((i, models[i]));
        foreach (var kind in byKind)
            kind.Sort((a, b) => a.Item2.Isimp.CompareTo(b.Item2.Isimp) is var c && c != 0 ? c
                : (a.Item1 / EccentricityWindow).CompareTo(b.Item1 / EccentricityWindow) is var w && w != 0 ? w
                : (a.Item2.Ecco > LowEccentricity).CompareTo(b.Item2.Ecco > LowEccentricity) is var h && h != 0 ? h
                : (a.Item2.Ecco > LowEccentricity ? a.Item2.Ecco.CompareTo(b.Item2.Ecco) : 0) is var d && d != 0 ? d
                : a.Item1.CompareTo(b.Item1));
        _groups = byKind.Where(g => g.Count > 0).Select((g, _) => new Sgp4Group(KindOf(g[0].Item2), g)).ToArray();
        var windows = new List<Window>();
        for (int g = 0; g < _groups.Length; g++)
            for (int first = 0; first < _groups[g].Stride; first += WindowSlots)
            {
                int slots = Math.Min(WindowSlots, _groups[g].Stride - first);
                var objects = new List<(int Object, int Slot)>();
                for (int s = 0; s < slots; s++)
                    if (_groups[g].Index[first + s] is var obj && obj >= 0) objects.Add((obj, s)); // padding skipped
                objects.Sort();
                windows.Add(new Window(g, first, slots, OutputBlocks.From(objects.Select(o => o.Object).ToArray(), objects.Select(o => o.Slot).ToArray())));
            }
        _windows = windows.ToArray();
        NearEarthCount = byKind[(int)Sgp4GroupKind.NearEarth].Count;
    }

    /// <summary>Objects are sorted by eccentricity within runs of this many (by input index); see the constructor.</summary>
    private const int EccentricityWindow = WindowSlots;

    /// <summary>
    /// Objects up to this eccentricity keep their input order within a run (their first Kepler step, at most e/(1 − e),
    /// stays within the kernel's rotation limit of 0.02); the others are sorted by eccentricity.
    /// </summary>
    private const double LowEccentricity = 0.0195;

    private static Sgp4GroupKind KindOf(Sgp4Model m) =>
        !m.IsDeepSpace ? Sgp4GroupKind.NearEarth
        : m.Irez == 1 ? Sgp4GroupKind.DeepSynchronous
        : m.Irez == 2 ? Sgp4GroupKind.DeepHalfDay
        : Sgp4GroupKind.DeepSpace;

    /// <summary>The element sets, in output order.</summary>
    public IReadOnlyList<ElementSet> Elements { get; }

    /// <summary>Number of objects.</summary>
    public int Count => Elements.Count;

    /// <summary>Number of near-Earth (SGP4) objects; the rest are deep space (SDP4).</summary>
    public int NearEarthCount { get; }

    /// <summary>Gravity model in use.</summary>
    public GravityModel GravityModel { get; }

    /// <summary>Operation mode in use.</summary>
    public OperationMode OperationMode { get; }

    /// <summary>The width the kernels run at with the current options on this machine.</summary>
    public SimdWidth EffectiveWidth => _options.Width != SimdWidth.Auto ? _options.Width
        : Vector512.IsHardwareAccelerated ? SimdWidth.Vector512
        : Vector256.IsHardwareAccelerated ? SimdWidth.Vector256
        : Vector128.IsHardwareAccelerated ? SimdWidth.Vector128
        : SimdWidth.Scalar;

    /// <summary>
    /// Propagates every object to the same offsets in minutes from its own epoch (the reference's tsince).
    /// </summary>
    /// <param name="minutesSinceEpoch">Times, minutes since each element set's epoch.</param>
    /// <param name="destination">Output spans, each at least <c>times × Count</c> long.</param>
    /// <exception cref="ArgumentException">A destination span is too short, or a time is not finite.</exception>
    public void Propagate(ReadOnlySpan<double> minutesSinceEpoch, Sgp4BatchDestination destination)
    {
        foreach (double m in minutesSinceEpoch)
            if (!double.IsFinite(m)) throw new ArgumentException("Times must be finite.", nameof(minutesSinceEpoch));
        Run(minutesSinceEpoch.ToArray(), null, destination);
    }

    /// <summary>Propagates every object to common UTC instants (the catalogue case).</summary>
    /// <param name="times">UTC instants.</param>
    /// <param name="destination">Output spans, each at least <c>times × Count</c> long.</param>
    /// <exception cref="ArgumentException">A destination span is too short.</exception>
    public void Propagate(ReadOnlySpan<Epoch> times, Sgp4BatchDestination destination) =>
        Run(null, times.ToArray(), destination);

    /// <summary>Allocating form of <see cref="Propagate(ReadOnlySpan{double}, Sgp4BatchDestination)"/>.</summary>
    public Sgp4BatchResult Propagate(ReadOnlySpan<double> minutesSinceEpoch, OutputFrame frame = OutputFrame.Teme, bool velocity = true)
    {
        var result = new Sgp4BatchResult(Count, minutesSinceEpoch.Length, velocity);
        Propagate(minutesSinceEpoch, result.Destination(frame));
        return result;
    }

    /// <summary>Allocating form of <see cref="Propagate(ReadOnlySpan{Epoch}, Sgp4BatchDestination)"/>.</summary>
    public Sgp4BatchResult Propagate(ReadOnlySpan<Epoch> times, OutputFrame frame = OutputFrame.Teme, bool velocity = true)
    {
        var result = new Sgp4BatchResult(Count, times.Length, velocity);
        Propagate(times, result.Destination(frame));
        return result;
    }

    private unsafe void Run(double[]? minutes, Epoch[]? epochs, Sgp4BatchDestination d)
    {
        int times = minutes?.Length ?? epochs!.Length;
        long needed = (long)times * Count;
        if (needed > int.MaxValue) throw new ArgumentException($"{times} times × {Count} objects exceed the largest span; propagate in time blocks.");
        Check(d.X, needed, "x"); Check(d.Y, needed, "y"); Check(d.Z, needed, "z"); Check(d.Errors, needed, "errors");
        bool velocity = d.HasVelocity;
        if (velocity) { Check(d.Vx, needed, "vx"); Check(d.Vy, needed, "vy"); Check(d.Vz, needed, "vz"); }
        if (!Enum.IsDefined(d.Frame)) throw new ArgumentException($"Unknown output frame {d.Frame}.", nameof(d));
        if (times == 0) return;

        double[]? gmst = null;
        if (d.Frame == OutputFrame.Ecef && epochs is not null)
        {
            gmst = new double[times];
            for (int k = 0; k < times; k++) gmst[k] = SiderealTime.Gmst82(epochs[k]);
        }

        fixed (double* px = d.X, py = d.Y, pz = d.Z, pvx = d.Vx, pvy = d.Vy, pvz = d.Vz)
        fixed (Sgp4Error* pe = d.Errors)
        {
            var output = new Output(px, py, pz, pvx, pvy, pvz, pe, Count, velocity, d.Frame, gmst);
            int workers = _options.MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : _options.MaxDegreeOfParallelism;
            workers = Math.Max(1, Math.Min(workers, _windows.Length));
            if (workers == 1)
            {
                RunWindows(0, _windows.Length, 0, times, minutes, epochs, output);
            }
            else if (_options.Split == ParallelSplit.Times && times >= workers)
            {
                // Time blocks: every core runs all objects for a contiguous range of times.
                int chunks = Math.Min(times, workers * 8);
                Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = workers }, c =>
                {
                    int from = (int)((long)times * c / chunks), to = (int)((long)times * (c + 1) / chunks);
                    RunWindows(0, _windows.Length, from, to, minutes, epochs, output);
                });
            }
            else
            {
                // Object blocks: workers take contiguous runs of windows (all times for them) from a queue of many small
                // chunks, so that costlier groups (resonant deep space) do not leave a core idle.
                int chunks = Math.Min(_windows.Length, workers * 64);
                Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = workers }, c =>
                {
                    int from = (int)((long)_windows.Length * c / chunks), to = (int)((long)_windows.Length * (c + 1) / chunks);
                    RunWindows(from, to, 0, times, minutes, epochs, output);
                });
            }
        }
    }

    private static void Check<T>(Span<T> span, long needed, string name)
    {
        if (span.Length < needed)
            throw new ArgumentException($"Destination '{name}' is too short: {span.Length} elements, {needed} needed.", name);
    }

    private void RunWindows(int from, int to, int kFrom, int kTo, double[]? minutes, Epoch[]? epochs, Output output)
    {
        switch (EffectiveWidth)
        {
            case SimdWidth.Vector512: RunWindows<Simd512x2>(from, to, kFrom, kTo, minutes, epochs, output); break;
            case SimdWidth.Vector256: RunWindows<Simd256x2>(from, to, kFrom, kTo, minutes, epochs, output); break;
            case SimdWidth.Vector128: RunWindows<Simd128>(from, to, kFrom, kTo, minutes, epochs, output); break;
            default: RunWindows<SimdScalar>(from, to, kFrom, kTo, minutes, epochs, output); break;
        }
    }

    /// <summary>
    /// Blocks of <see cref="Sgp4Group.Lanes"/> slots run together, time by time: a window. Within it the objects are sorted
    /// by eccentricity (see the constructor), so its lanes map to nearby objects in another order; each time's results are
    /// staged and then stored in object order, so that the stores run sequentially through the destination.
    /// </summary>
    private const int WindowBlocks = 16;

    private const int WindowSlots = WindowBlocks * Sgp4Group.Lanes;

    /// <summary>Elements after a window's stage, so that the vector store paths may load eight values from any slot.</summary>
    private const int StagePadding = 8;

    private void RunWindows<TV>(int from, int to, int kFrom, int kTo, double[]? minutes, Epoch[]? epochs, Output output) where TV : struct, ISimdDouble<TV>
    {
        Span<double> tLanes = stackalloc double[Sgp4Group.Lanes];
        Span<double> lanes = stackalloc double[7 * Sgp4Group.Lanes];
        Span<double> stage = stackalloc double[7 * WindowSlots + StagePadding];
        // Carried across the times of this call (same bits, fewer steps), one per vector of a resonant window. Sized by
        // vectors, not slots (256 entries of the 16-lane state were 105 KB, a large-object-heap allocation per chunk), and
        // allocated only when a resonant window comes: near-Earth chunks allocate nothing.
        Sgp4Resonance<TV>[]? resonance = null;
        Sgp4Resonance<TV> notResonant = default;
        bool staged = output.Frame == OutputFrame.Teme;
        for (int w = from; w < to; w++)
        {
            var (gi, firstSlot, slots, blocks) = _windows[w];
            var group = _groups[gi];
            int units = slots / TV.Count;
            bool resonant = group.Kind is Sgp4GroupKind.DeepSynchronous or Sgp4GroupKind.DeepHalfDay;
            if (resonant)
            {
                resonance ??= new Sgp4Resonance<TV>[WindowSlots / TV.Count];
                resonance.AsSpan(0, units).Clear();
            }
            for (int k = kFrom; k < kTo; k++)
            {
                TV tCommon = minutes is not null ? TV.Create(minutes[k]) : default;
                for (int u = 0; u < units; u++)
                {
                    int slot = firstSlot + u * TV.Count;
                    TV t = tCommon;
                    if (minutes is null)
                    {
                        for (int l = 0; l < TV.Count; l++) tLanes[l] = epochs![k].MinutesSince(group.Epochs[slot + l]);
                        t = TV.Load(ref tLanes[0]);
                    }
                    Sgp4Kernel<TV>.Evaluate(group, slot, t, in _grav, _mode, output.Velocity, ref resonant ? ref resonance![u] : ref notResonant, out var result);
                    if (staged)
                    {
                        Output.Stage(in result, output.Velocity, stage, u * TV.Count);
                        continue;
                    }
                    TV.Store(result.X, ref lanes[0]);
                    TV.Store(result.Y, ref lanes[Sgp4Group.Lanes]);
                    TV.Store(result.Z, ref lanes[2 * Sgp4Group.Lanes]);
                    TV.Store(result.Vx, ref lanes[3 * Sgp4Group.Lanes]);
                    TV.Store(result.Vy, ref lanes[4 * Sgp4Group.Lanes]);
                    TV.Store(result.Vz, ref lanes[5 * Sgp4Group.Lanes]);
                    TV.Store(result.Error, ref lanes[6 * Sgp4Group.Lanes]);
                    output.Write(group, slot, TV.Count, k, minutes, lanes);
                }
                if (staged) output.WriteStaged(k, stage, blocks);
            }
        }
    }

    /// <summary>Pinned destination pointers, shared read-only by the workers (each writes disjoint elements).</summary>
    private readonly unsafe struct Output(double* x, double* y, double* z, double* vx, double* vy, double* vz, Sgp4Error* e,
        int count, bool velocity, OutputFrame frame, double[]? gmst)
    {
        public bool Velocity => velocity;

        public OutputFrame Frame => frame;

        /// <summary>
        /// Stages one vector of lanes at <paramref name="offset"/> of a window's buffers (component c of slot s at
        /// <c>stage[c * WindowSlots + s]</c>): lanes with codes 1–4 get NaN states; component 6 is the code.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Stage<TV>(in Sgp4Lanes<TV> s, bool velocity, Span<double> stage, int offset) where TV : struct, ISimdDouble<TV>
        {
            const int n = WindowSlots;
            TV ok = TV.Or(TV.Equal(s.Error, TV.Create(0.0)), TV.Equal(s.Error, TV.Create(6.0)));
            TV nan = TV.Create(double.NaN);
            TV.Store(TV.Select(ok, s.X, nan), ref stage[offset]);
            TV.Store(TV.Select(ok, s.Y, nan), ref stage[n + offset]);
            TV.Store(TV.Select(ok, s.Z, nan), ref stage[2 * n + offset]);
            if (velocity)
            {
                TV.Store(TV.Select(ok, s.Vx, nan), ref stage[3 * n + offset]);
                TV.Store(TV.Select(ok, s.Vy, nan), ref stage[4 * n + offset]);
                TV.Store(TV.Select(ok, s.Vz, nan), ref stage[5 * n + offset]);
            }
            TV.Store(s.Error, ref stage[6 * n + offset]);
        }

        /// <summary>
        /// Stores a window's staged results of time <paramref name="k"/> (TEME), in ascending object order, by blocks of
        /// eight objects: each block's run of consecutive slots by expanding loads and masked vector stores where the CPU
        /// has them (AVX-512, else AVX2), and every other object one by one.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tests and production run the same (optimised) code
        public void WriteStaged(int k, ReadOnlySpan<double> stage, OutputBlocks blocks)
        {
            const int n = WindowSlots;
            if (stage.Length < 7 * n + StagePadding) throw new ArgumentException("Stage buffer too short.");
            long row = (long)k * count;
            if (Avx512F.IsSupported)
            {
                WriteRuns512(row, stage, blocks);
                return;
            }
            if (Avx2.IsSupported)
            {
                WriteRuns256(row, stage, blocks);
                return;
            }
            fixed (double* st = stage)
                for (int b = 0; b < blocks.Base.Length; b++) CopyLanes(row, st, blocks, b, blocks.Mask[b]);
        }

        /// <summary>The objects of block <paramref name="b"/> whose lanes are set in <paramref name="lanes"/>, one by one.</summary>
        private void CopyLanes(long row, double* st, OutputBlocks blocks, int b, int lanes)
        {
            const int n = WindowSlots;
            while (lanes != 0)
            {
                int lane = BitOperations.TrailingZeroCount(lanes);
                lanes &= lanes - 1;
                long i = row + blocks.Base[b] + lane;
                double* s = st + (blocks.Slots[8 * b + lane] & (n - 1)); // always < n: a window's slot
                x[i] = s[0]; y[i] = s[n]; z[i] = s[2 * n];
                if (velocity) { vx[i] = s[3 * n]; vy[i] = s[4 * n]; vz[i] = s[5 * n]; }
                e[i] = (Sgp4Error)(int)s[6 * n]; // codes 0-6, exact as doubles
            }
        }

        /// <summary>
        /// The AVX-512 form of <see cref="WriteStaged"/>: per block and component, the run's values are expanded from
        /// consecutive stage slots into the run's lanes, then stored under the run's mask; the block's other objects are
        /// copied one by one.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tests and production run the same (optimised) code
        private void WriteRuns512(long row, ReadOnlySpan<double> stage, OutputBlocks blocks)
        {
            const int n = WindowSlots;
            var laneBits = Vector512.Create(1L, 2, 4, 8, 16, 32, 64, 128);
            fixed (double* st = stage)
            {
                int[] bases = blocks.Base, firsts = blocks.First;
                byte[] runs = blocks.Run, masks = blocks.Mask;
                for (int b = 0; b < bases.Length; b++)
                {
                    Vector512<double> mask = Vector512.Equals(Vector512.Create((long)runs[b]) & laneBits, laneBits).AsDouble();
                    long i = row + bases[b];
                    double* s = st + firsts[b];
                    Avx512F.MaskStore(x + i, mask, Expand8(s, mask));
                    Avx512F.MaskStore(y + i, mask, Expand8(s + n, mask));
                    Avx512F.MaskStore(z + i, mask, Expand8(s + 2 * n, mask));
                    if (velocity)
                    {
                        Avx512F.MaskStore(vx + i, mask, Expand8(s + 3 * n, mask));
                        Avx512F.MaskStore(vy + i, mask, Expand8(s + 4 * n, mask));
                        Avx512F.MaskStore(vz + i, mask, Expand8(s + 5 * n, mask));
                    }
                    Vector256<int> codes = Avx512F.ConvertToVector256Int32WithTruncation(Expand8(s + 6 * n, mask));
                    Avx2.MaskStore((int*)(e + i), Avx512F.ConvertToVector256Int32(mask.AsInt64()), codes);
                    if ((masks[b] & ~runs[b]) is var rest && rest != 0) CopyLanes(row, st, blocks, b, rest);
                }
            }
        }

        /// <summary>
        /// Consecutive values from <paramref name="source"/> into the lanes of <paramref name="mask"/>. Eight values are
        /// loaded (within the stage and its padding) and expanded in registers: .NET 10's JIT encodes the memory form
        /// (<c>ExpandLoad</c>) with a displacement compressed by the vector size instead of the element size, so
        /// <c>[s + 256 doubles]</c> read <c>s + 32 doubles</c> (found by the batch tests; registers avoid it).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<double> Expand8(double* source, Vector512<double> mask) =>
            Avx512F.Expand(Vector512<double>.Zero, mask, Vector512.Load(source));

        /// <summary>
        /// The AVX2 form of <see cref="WriteStaged"/>: each block's run as two halves of four lanes; a half loads four
        /// consecutive stage values and moves the first ones into its run lanes with one permutation
        /// (<see cref="ExpandPermutations"/>); the block's other objects are copied one by one.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tests and production run the same (optimised) code
        private void WriteRuns256(long row, ReadOnlySpan<double> stage, OutputBlocks blocks)
        {
            const int n = WindowSlots;
            var laneBits = Vector256.Create(1L, 2, 4, 8);
            var codeBits = Vector128.Create(1, 2, 4, 8);
            fixed (double* st = stage)
            fixed (int* permutations = ExpandPermutations)
            {
                int[] bases = blocks.Base, firsts = blocks.First;
                byte[] runs = blocks.Run, masks = blocks.Mask;
                for (int b = 0; b < bases.Length; b++)
                {
                    for (int h = 0; h < 8; h += 4)
                    {
                        int m = (runs[b] >> h) & 15;
                        if (m == 0) continue;
                        Vector256<double> mask = Vector256.Equals(Vector256.Create((long)m) & laneBits, laneBits).AsDouble();
                        long i = row + bases[b] + h;
                        // The half's first run object follows the run objects of the lower half; four values are read from
                        // there (within the stage and its padding) and the first popcount(m) placed.
                        double* s = st + firsts[b] + BitOperations.PopCount((uint)(runs[b] & ((1 << h) - 1)));
                        Vector256<int> p = Vector256.Load(permutations + 8 * m);
                        Avx.MaskStore(x + i, mask, Expand4(s, p));
                        Avx.MaskStore(y + i, mask, Expand4(s + n, p));
                        Avx.MaskStore(z + i, mask, Expand4(s + 2 * n, p));
                        if (velocity)
                        {
                            Avx.MaskStore(vx + i, mask, Expand4(s + 3 * n, p));
                            Avx.MaskStore(vy + i, mask, Expand4(s + 4 * n, p));
                            Avx.MaskStore(vz + i, mask, Expand4(s + 5 * n, p));
                        }
                        Vector128<int> codeMask = Vector128.Equals(Vector128.Create(m) & codeBits, codeBits);
                        Avx2.MaskStore((int*)(e + i), codeMask, Avx.ConvertToVector128Int32WithTruncation(Expand4(s + 6 * n, p)));
                    }
                    if ((masks[b] & ~runs[b]) is var rest && rest != 0) CopyLanes(row, st, blocks, b, rest);
                }
            }
        }

        /// <summary>Four consecutive values from <paramref name="source"/>, moved into lanes by the 32-bit permutation <paramref name="p"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<double> Expand4(double* source, Vector256<int> p) =>
            Avx2.PermuteVar8x32(Vector256.Load(source).AsSingle(), p).AsDouble();

        /// <summary>
        /// For each 4-bit lane mask m, the 32-bit permutation that moves the first popcount(m) of four doubles into the
        /// lanes set in m, in order (unset lanes take element 0; they are never stored).
        /// </summary>
        private static readonly int[] ExpandPermutations = BuildExpandPermutations();

        private static int[] BuildExpandPermutations()
        {
            var table = new int[16 * 8];
            for (int m = 0; m < 16; m++)
            {
                int next = 0;
                for (int lane = 0; lane < 4; lane++)
                {
                    int source = (m & (1 << lane)) != 0 ? next++ : 0;
                    table[8 * m + 2 * lane] = 2 * source;
                    table[8 * m + 2 * lane + 1] = 2 * source + 1;
                }
            }
            return table;
        }

        /// <summary>Scatters one batch's lanes (components stored at stride <see cref="Sgp4Group.Lanes"/>) to the objects' slots.</summary>
        public void Write(Sgp4Group group, int slot, int laneCount, int k, double[]? minutes, ReadOnlySpan<double> s)
        {
            const int n = Sgp4Group.Lanes;
            for (int l = 0; l < laneCount; l++)
            {
                int obj = group.Index[slot + l];
                if (obj < 0) continue;
                long i = (long)k * count + obj;
                var error = (Sgp4Error)(int)s[6 * n + l];
                e[i] = error;
                bool hasState = error is Sgp4Error.None or Sgp4Error.Decayed;
                double px = hasState ? s[l] : double.NaN;
                double py = hasState ? s[n + l] : double.NaN;
                double pz = hasState ? s[2 * n + l] : double.NaN;
                double qx = 0, qy = 0, qz = 0;
                if (velocity)
                {
                    qx = hasState ? s[3 * n + l] : double.NaN;
                    qy = hasState ? s[4 * n + l] : double.NaN;
                    qz = hasState ? s[5 * n + l] : double.NaN;
                }
                if (frame == OutputFrame.Ecef)
                {
                    double theta = gmst is not null ? gmst[k] : SiderealTime.Gmst82(group.Epochs[slot + l].AddMinutes(minutes![k]));
                    var (sn, cs) = Math.SinCos(theta);
                    double ex = cs * px + sn * py, ey = -sn * px + cs * py;
                    px = ex; py = ey;
                    if (velocity)
                    {
                        double wx = cs * qx + sn * qy, wy = -sn * qx + cs * qy;
                        qx = wx + Teme.EarthRotationRate * ey;
                        qy = wy - Teme.EarthRotationRate * ex;
                    }
                }
                x[i] = px; y[i] = py; z[i] = pz;
                if (velocity) { vx[i] = qx; vy[i] = qy; vz[i] = qz; }
            }
        }
    }
}
