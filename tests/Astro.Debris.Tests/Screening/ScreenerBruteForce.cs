using Astro.Debris.Elements;
using Astro.Debris.Propagation;
using Astro.Debris.Screening;
using Astro.Debris.Time;

namespace Astro.Debris.Tests.Screening;

/// <summary>
/// Reference screener: scalar SGP4 at every second of the window for every object, every pair's sampled distance
/// minima below D + 10 km (a 1-s step hides at most ~8 km of a 16 km/s encounter), each bracketed on the real range
/// rate and refined with the screener's own Brent refinement. No bounds, no grid, no prefilter.
/// </summary>
internal static class ScreenerBruteForce
{
    public sealed record Event(int Index1, int Index2, double TcaSeconds, double MissKm);

    public static List<Event> Run(IReadOnlyList<ElementSet> first, IReadOnlyList<ElementSet>? second, Epoch start, Epoch end, double thresholdKm)
    {
        bool all = second is null;
        var b = second ?? first;
        int steps = (int)Math.Floor(end.SecondsSince(start));
        var pa = Positions(first, start, steps, out var propsA);
        var pb = all ? pa : Positions(b, start, steps, out _);
        var propsB = all ? propsA : b.Select(e => new Sgp4Propagator(e)).ToArray();
        double gate = (thresholdKm + 10.0) * (thresholdKm + 10.0);
        var perI = new List<Event>[first.Count];
        Parallel.For(0, first.Count, i =>
        {
            var list = perI[i] = [];
            var xi = pa[i];
            for (int j = all ? i + 1 : 0; j < b.Count; j++)
            {
                if (first[i].Equals(b[j])) continue;
                var xj = pb[j];
                double prev = double.PositiveInfinity, cur = D2(xi, xj, 0);
                for (int k = 0; k < steps; k++)
                {
                    double next = D2(xi, xj, k + 1);
                    if (k > 0 && cur <= gate && prev > cur && cur <= next)
                    {
                        var ev = new PairEvaluator(propsA[i], start.MinutesSince(first[i].Epoch), propsB[j], start.MinutesSince(b[j].Epoch));
                        double fk = ev.ScaledRangeRate(k);
                        double lo = fk < 0 ? k : k - 1, hi = fk < 0 ? k + 1 : k;
                        double flo = ev.ScaledRangeRate(lo), fhi = ev.ScaledRangeRate(hi);
                        if (flo < 0 && fhi >= 0 && TcaRefiner.Refine(in ev, lo, hi, fhi) is double t
                            && TcaRefiner.Describe(in ev, t, out _, out _, out double miss, out _, out _) && miss <= thresholdKm)
                            list.Add(new Event(i, j, t, miss));
                    }
                    prev = cur; cur = next;
                }
            }
        });
        return perI.SelectMany(l => l).ToList();
    }

    private static double D2(double[] a, double[] b, int k)
    {
        double dx = a[3 * k] - b[3 * k], dy = a[3 * k + 1] - b[3 * k + 1], dz = a[3 * k + 2] - b[3 * k + 2];
        return dx * dx + dy * dy + dz * dz;
    }

    private static double[][] Positions(IReadOnlyList<ElementSet> sets, Epoch start, int steps, out Sgp4Propagator[] props)
    {
        var p = props = sets.Select(e => new Sgp4Propagator(e)).ToArray();
        var result = new double[sets.Count][];
        Parallel.For(0, sets.Count, i =>
        {
            var x = result[i] = new double[3 * (steps + 1)];
            double t0 = start.MinutesSince(sets[i].Epoch);
            for (int k = 0; k <= steps; k++)
            {
                var r = p[i].Propagate(t0 + k / 60.0).Position;
                x[3 * k] = r.X; x[3 * k + 1] = r.Y; x[3 * k + 2] = r.Z;
            }
        });
        return result;
    }

    /// <summary>Asserts that every reference event is in the screener's output (TCA within 1 ms, miss within 1 m), that
    /// the screener has no duplicates, and that it has no event the reference lacks (except within 2 s of the window edges).</summary>
    public static void AssertSameEvents(IReadOnlyList<Conjunction> screened, List<Event> reference, Epoch start, double durationSeconds)
    {
        reference.Should().NotBeEmpty("the data set must contain events for the recall test to mean anything");
        foreach (var e in reference)
        {
            var match = screened.Where(c => c.Index1 == e.Index1 && c.Index2 == e.Index2
                                             && Math.Abs(c.Tca.SecondsSince(start) - e.TcaSeconds) <= 1e-3).ToList();
            match.Should().ContainSingle($"reference event {e} must be found exactly once");
            Math.Abs(match[0].MissKm - e.MissKm).Should().BeLessThanOrEqualTo(1e-3, $"miss of {e}");
        }
        foreach (var g in screened.GroupBy(c => (c.Index1, c.Index2)))
        {
            var t = g.Select(c => c.Tca.SecondsSince(start)).OrderBy(x => x).ToArray();
            for (int q = 1; q < t.Length; q++) (t[q] - t[q - 1]).Should().BeGreaterThan(1.0, "no duplicate events");
        }
        foreach (var c in screened)
        {
            double t = c.Tca.SecondsSince(start);
            if (t < 2 || t > durationSeconds - 2) continue;
            reference.Should().Contain(e => e.Index1 == c.Index1 && e.Index2 == c.Index2 && Math.Abs(e.TcaSeconds - t) <= 1e-3,
                $"screened event {c.Object1.CatalogNumber}/{c.Object2.CatalogNumber} at {c.Tca} ({c.MissKm} km) must be real");
        }
    }
}
