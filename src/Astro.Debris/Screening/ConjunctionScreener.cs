using Astro.Debris.Elements;
using Astro.Debris.Propagation;

namespace Astro.Debris.Screening;

/// <summary>
/// Conjunction screening of SGP4 element sets: finds every local minimum of the distance between two objects inside a
/// UTC window that is closer than a threshold (optionally inside an RTN screening volume), with TCA refined to better
/// than 1 ms, without missing any (within the stated bounds).
/// </summary>
/// <remarks>
/// <para><b>Pipeline.</b></para>
/// <list type="number">
/// <item>Per-object bounds from the mean elements (<c>ObjectBounds</c>): radius band [r_lo, r_hi] = [perigee − P,
/// apogee + P] (P = <see cref="ScreeningOptions.PrefilterPadKm"/> + drag term + lunar-solar term for deep space; r_lo
/// never below one Earth radius, where SGP4 declares decay), speed bound v_max (vis-viva at r_lo, +2 % + 50 m/s) and
/// acceleration bound a_max = 1.05·μ/r_lo². One-versus-many drops secondaries whose band does not come within D of any
/// primary's band (apogee/perigee prefilter); all-versus-all leaves the pruning to the grid.</item>
/// <item>All objects are propagated with <see cref="Sgp4BatchPropagator"/> on one UTC grid t_k = Start + k·h (positions
/// only), streamed in blocks of <see cref="ScreeningOptions.BlockSteps"/> intervals so memory stays bounded.</item>
/// <item>Broad phase per interval [t_k, t_k+1]. Each object gets a speed bound for the interval,
/// u = min(v_max, |r(t_k+1) − r(t_k)|/h + a_max·h/2) (the velocity at any instant differs from the mean velocity
/// (r(t_k+1) − r(t_k))/h by at most a_max·h/2). All-versus-all: each object's midpoint m = (r(t_k) + r(t_k+1))/2 goes into
/// one uniform grid of cell size G = max(D + u_slow·h, (D + u_max·h)/2), u_slow the largest bound not above 8.2 km/s
/// (integer cell keys radix-sorted by x, y, z: each cell one run of slots, each column of cells one range); slow pairs
/// are taken within a cell and with the 13 cells of the half stencil, so each pair is seen once. Objects above
/// 8.2 km/s on the interval (eccentric orbits near a low perigee) would inflate every cell, so each of them instead
/// queries the cells meeting the cube of half-side D + (u_f + u_max)·h/2 around its midpoint (fast–fast pairs once,
/// from the lower index).
/// One-versus-many: a Vector256 sweep of each primary against all secondaries, keeping min(d_k, d_k+1) ≤ G.</item>
/// <item>Exact per-pair tests, then TCA refinement (cubic Hermite range-rate roots, then MathNet Brent on the real
/// scalar <see cref="Sgp4Propagator"/> range rate to 1e-7 s). Several minima of one pair are separate events.</item>
/// </list>
/// <para><b>Why nothing is missed.</b> Let ρ(t) = r₂(t) − r₁(t) on [t_k, t_k + h], d_k = |ρ(t_k)|, and let
/// V ≥ sup|ρ̇| (V = v_max,1 + v_max,2) and A ≥ sup|ρ̈| (A = a_max,1 + a_max,2).</para>
/// <list type="bullet">
/// <item>Speed bound: |ρ(t)| ≥ d_k − V(t − t_k) and |ρ(t)| ≥ d_k+1 − V(t_k+1 − t); adding, 2|ρ(t)| ≥ d_k + d_k+1 − V·h.
/// So if |ρ(t)| ≤ D somewhere in the interval then (d_k + d_k+1)/2 ≤ D + V·h/2.</item>
/// <item>Chord/curvature bound: the error of the chord c(t) (linear interpolation of ρ between the samples) is
/// e(t) = ρ(t) − c(t) with |u·e(t)| ≤ (t − t_k)(t_k+1 − t)/2 · sup|u·ρ̈| ≤ A·h²/8 for every unit vector u, so
/// |e| ≤ A·h²/8 and |ρ(t)| ≥ dist(0, segment ρ_k ρ_k+1) − A·h²/8. So if |ρ(t)| ≤ D then the segment passes within
/// D + A·h²/8 of the origin (this also implies min(d_k, d_k+1) ≤ D + V·h/2 + A·h²/8).</item>
/// <item>Grid completeness: with V = u_1 + u_2 on the interval, the relative midpoint (ρ_k + ρ_k+1)/2 has length
/// ≤ (d_k + d_k+1)/2 ≤ D + V·h/2, which is ≤ G for two slow objects (so their midpoints lie in the same or neighbouring
/// cells) and ≤ the query half-side of a fast one. Cell coordinates are clamped beyond 500,000 km (monotone, so neighbours
/// stay neighbours): SGP4's far-away outputs for long-decayed objects share the boundary cells.</item>
/// </list>
/// <para>An interval is refined only when both bounds admit a distance ≤ D. On it, the relative state at both ends
/// defines a cubic Hermite polynomial; its range rate ρ·ρ̇ is sampled at 16 sub-steps, sign changes from − to + are
/// checked against the real range rate and refined by Brent. The bounds are rigorous for the true derivatives of the
/// SGP4 position; v_max and a_max carry margins for SGP4's departures from two-body motion (documented on the bounds).
/// Two minima closer together than a sixteenth of a step (slow, nearly tangential encounters) can merge into none:
/// that is the only approximation left, and it concerns relative speeds far below LEO encounter speeds.</para>
/// <para>The default step is h = √(8·D/A) clamped to [5, 60] s (whole seconds), making the curvature pad equal to D; any step is correct.</para>
/// <para><b>Conventions.</b> Only interior minima with Start ≤ TCA ≤ End are events (a pair still approaching at End is
/// not reported). The miss vector is r₂ − r₁ in object 1's RTN frame. Pairs of equal element sets (the same object listed
/// twice) are skipped. Objects for which SGP4 reports an error are listed in <see cref="ScreeningResult.Exclusions"/> and
/// screened only before their first failure. Results are sorted by TCA, then catalogue numbers, then indices, and do not
/// depend on the degree of parallelism, the block length or the machine's vector width.</para>
/// </remarks>
/// <example>
/// <code>
/// var cat = ElementsReader.ReadFile("catalog.tle").Elements;
/// var result = ConjunctionScreener.ScreenAllVersusAll(cat,
///     new ScreeningOptions(Epoch.Parse("2022-08-10T00:00:00Z"), Epoch.Parse("2022-08-11T00:00:00Z"), thresholdKm: 5.0));
/// foreach (var c in result) Console.WriteLine($"{c.Object1.CatalogNumber} {c.Object2.CatalogNumber} {c.Tca} {c.MissKm:F3}");
/// </code>
/// </example>
public static class ConjunctionScreener
{
    /// <summary>Screens every primary against every secondary.</summary>
    /// <param name="primaries">The primaries (object 1 of each conjunction).</param>
    /// <param name="secondaries">The secondaries (object 2).</param>
    /// <param name="options">Window, threshold and knobs.</param>
    /// <param name="progress">Optional progress sink (reported between blocks).</param>
    /// <param name="cancellationToken">Honoured between blocks and refinement chunks.</param>
    /// <returns>The conjunctions (sorted by TCA, catalogue numbers, indices), exclusions and statistics.</returns>
    /// <exception cref="ArgumentException">Invalid options, a null element set, or an SGP4-XP element set.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static ScreeningResult ScreenOneVersusMany(IReadOnlyList<ElementSet> primaries, IReadOnlyList<ElementSet> secondaries,
        ScreeningOptions options, IProgress<ScreeningProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(primaries);
        ArgumentNullException.ThrowIfNull(secondaries);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        progress?.Report(new ScreeningProgress(ScreeningPhase.Preparation, 0.0));
        var exclusions = new List<ScreeningExclusion>();
        var prim = Usable(primaries, ScreeningRole.Primary, options, exclusions);
        var sec = Usable(secondaries, ScreeningRole.Secondary, options, exclusions);
        var primBounds = prim.Select(p => ObjectBounds.Of(p.Set, options.Start, options.End, options.PrefilterPadKm)).ToArray();
        double d = options.SearchRadiusKm;
        var keep = new bool[sec.Count];
        Parallel.For(0, sec.Count, j =>
        {
            var b = ObjectBounds.Of(sec[j].Set, options.Start, options.End, options.PrefilterPadKm);
            foreach (var pb in primBounds)
                if (ObjectBounds.Overlap(in pb, in b, d)) { keep[j] = true; break; }
        });
        var table = new List<(ElementSet, ScreeningRole, int)>(prim);
        int removed = 0;
        for (int j = 0; j < sec.Count; j++)
            if (keep[j]) table.Add(sec[j]); else removed++;
        cancellationToken.ThrowIfCancellationRequested();
        return new ScreeningEngine(table, prim.Count, options, exclusions, removed).Run(progress, cancellationToken);
    }

    /// <summary>Screens every pair of a catalogue (each unordered pair once; object 1 has the lower index).</summary>
    /// <param name="catalog">The objects.</param>
    /// <param name="options">Window, threshold and knobs.</param>
    /// <param name="progress">Optional progress sink (reported between blocks).</param>
    /// <param name="cancellationToken">Honoured between blocks and refinement chunks.</param>
    /// <returns>The conjunctions (sorted by TCA, catalogue numbers, indices), exclusions and statistics.</returns>
    /// <exception cref="ArgumentException">Invalid options, a null element set, or an SGP4-XP element set.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static ScreeningResult ScreenAllVersusAll(IReadOnlyList<ElementSet> catalog, ScreeningOptions options,
        IProgress<ScreeningProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        progress?.Report(new ScreeningProgress(ScreeningPhase.Preparation, 0.0));
        var exclusions = new List<ScreeningExclusion>();
        var table = Usable(catalog, ScreeningRole.Catalog, options, exclusions);
        cancellationToken.ThrowIfCancellationRequested();
        return new ScreeningEngine(table, -1, options, exclusions, 0).Run(progress, cancellationToken);
    }

    /// <summary>
    /// The order of <see cref="ScreeningResult.Conjunctions"/>: TCA, then object 1's and object 2's catalogue numbers, then
    /// their indices. For results assembled from parts (e.g. a screening split across machines) to come out in the same order.
    /// </summary>
    public static IComparer<Conjunction> ResultOrder { get; } = Comparer<Conjunction>.Create(ScreeningEngine.CompareConjunctions);

    /// <summary>
    /// Merges the events of the parts of one screening run (blocks of intervals, time windows, object blocks) as the
    /// screener merges its own: events of the same pair (same <see cref="Conjunction.Index1"/> and
    /// <see cref="Conjunction.Index2"/>) whose TCAs are less than 1 ms apart are one event (the earliest is kept), and the
    /// result is in <see cref="ResultOrder"/>.
    /// </summary>
    /// <param name="events">The events of all parts, in any order.</param>
    /// <returns>The merged events, sorted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or one of its items is null.</exception>
    public static List<Conjunction> MergeEvents(IEnumerable<Conjunction> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var all = new List<Conjunction>();
        foreach (var e in events) all.Add(e ?? throw new ArgumentNullException(nameof(events), "An event is null."));
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
        unique.Sort(ScreeningEngine.CompareConjunctions);
        return unique;
    }

    /// <summary>
    /// The grid step <see cref="ScreenAllVersusAll"/> uses for this catalogue and these options: <see cref="ScreeningOptions.StepSeconds"/>
    /// when set, otherwise √(8·D/A) clamped to [5, 60] s and rounded down (A: twice the largest acceleration bound of the
    /// objects SGP4 can initialise), in both cases capped at the window length. A run split into parts (object blocks, time
    /// windows) that passes this step explicitly samples the same grid t_k = Start + k·h as the whole run.
    /// </summary>
    /// <param name="catalog">The objects (element sets SGP4 cannot initialise are ignored, as the screener excludes them).</param>
    /// <param name="options">Window, threshold and knobs.</param>
    /// <returns>The step, seconds.</returns>
    /// <exception cref="ArgumentException">Invalid options or a null element set.</exception>
    public static double DefaultStepSeconds(IReadOnlyList<ElementSet> catalog, ScreeningOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (options.StepSeconds is not null)
        {
            for (int i = 0; i < catalog.Count; i++)
                if (catalog[i] is null) throw new ArgumentException($"Element set {i} of the {ScreeningRole.Catalog} list is null.", nameof(catalog));
            return ScreeningEngine.StepSeconds(options, allVersusAll: true, 0.0);
        }
        var table = Usable(catalog, ScreeningRole.Catalog, options, []);
        var amax = new double[table.Count];
        Parallel.For(0, table.Count, i =>
            amax[i] = ObjectBounds.Of(table[i].Set, options.Start, options.End, options.PrefilterPadKm).MaxAccelerationKmPerSecond2);
        return ScreeningEngine.StepSeconds(options, allVersusAll: true, amax.Length == 0 ? 0.0 : 2.0 * amax.Max());
    }

    /// <summary>The element sets SGP4 can initialise; the others become exclusions.</summary>
    private static List<(ElementSet Set, ScreeningRole Role, int Index)> Usable(IReadOnlyList<ElementSet> list, ScreeningRole role,
        ScreeningOptions options, List<ScreeningExclusion> exclusions)
    {
        var result = new List<(ElementSet, ScreeningRole, int)>(list.Count);
        for (int i = 0; i < list.Count; i++)
        {
            var e = list[i] ?? throw new ArgumentException($"Element set {i} of the {role} list is null.", nameof(list));
            var p = new Sgp4Propagator(e, options.GravityModel, options.OperationMode);
            if (p.InitializationError != Sgp4Error.None)
                exclusions.Add(new ScreeningExclusion(role, i, e, p.InitializationError, options.Start));
            else
                result.Add((e, role, i));
        }
        return result;
    }
}
