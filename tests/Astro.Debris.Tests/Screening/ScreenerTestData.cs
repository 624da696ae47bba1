using Astro.Debris.Elements;
using Astro.Debris.Propagation;
using Astro.Debris.Time;

namespace Astro.Debris.Tests.Screening;

/// <summary>Element sets used by the screening tests (read once).</summary>
internal static class ScreenerTestData
{
    private static readonly Lazy<IReadOnlyList<ElementSet>> CatalogLazy = new(() =>
    {
        var r = ElementsReader.Read(new StringReader(Elements.TestData.CatalogText()), "catalog-2022-08-09.tle");
        return r.Elements;
    });

    public static IReadOnlyList<ElementSet> Catalog => CatalogLazy.Value;

    public static IReadOnlyList<ElementSet> Read(params string[] parts) => ElementsReader.ReadFile(Elements.TestData.PathOf(parts)).Elements;

    public static (ElementSet Iridium33, ElementSet Cosmos2251) IridiumCosmos()
    {
        var sets = Read("tle", "historic", "iridium33_cosmos2251_pre-collision_2009-02-09.3le");
        return (sets.Single(s => s.CatalogNumber == 24946), sets.Single(s => s.CatalogNumber == 22675));
    }

    /// <summary>A random subset of near-circular LEO objects (mean altitude band), fixed seed.</summary>
    public static ElementSet[] LeoSubset(int count, int seed, double minAltKm, double maxAltKm)
    {
        var pool = Catalog.Where(e =>
        {
            double n = e.MeanMotion * 2 * Math.PI / 86400.0;
            double a = Math.Cbrt(398600.8 / (n * n));
            double rp = a * (1 - e.Eccentricity) - 6378.135, ra = a * (1 + e.Eccentricity) - 6378.135;
            return e.MeanMotion > 11.25 && rp >= minAltKm && ra <= maxAltKm;
        }).ToArray();
        var rng = new Random(seed);
        return pool.OrderBy(_ => rng.Next()).Take(count).OrderBy(e => e.CatalogNumber).ToArray();
    }

    /// <summary>Eccentric objects (e &gt; 0.1) whose perigee is in LEO: fast at perigee (GTO, Molniya-like), fixed seed.</summary>
    public static ElementSet[] EccentricLowPerigee(int count, int seed)
    {
        var pool = Catalog.Where(e =>
        {
            double n = e.MeanMotion * 2 * Math.PI / 86400.0;
            double a = Math.Cbrt(398600.8 / (n * n));
            return e.Eccentricity > 0.1 && a * (1 - e.Eccentricity) - 6378.135 is > 300 and < 1000;
        }).ToArray();
        var rng = new Random(seed);
        return pool.OrderBy(_ => rng.Next()).Take(count).OrderBy(e => e.CatalogNumber).ToArray();
    }

    /// <summary>
    /// A synthetic COSMOS 1408-like cloud: the parent's last pre-test elements with seeded Δv-like perturbations of mean
    /// motion, eccentricity, mean anomaly, inclination and node.
    /// </summary>
    public static ElementSet[] Cosmos1408Cloud(int count, int seed)
    {
        var parent = Read("tle", "cosmos1408", "cosmos1408_parent_pre-test.3le").OrderBy(e => e.Epoch).Last();
        var rng = new Random(seed);
        double Gauss() => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
        const double Deg = Math.PI / 180;
        var cloud = new ElementSet[count];
        for (int i = 0; i < count; i++)
        {
            cloud[i] = parent with
            {
                CatalogNumber = 900000 + i,
                Name = $"CLOUD {i}",
                MeanMotion = parent.MeanMotion + 0.15 * Gauss(),
                Eccentricity = Math.Clamp(parent.Eccentricity + 0.01 * Math.Abs(Gauss()), 0.0, 0.05),
                MeanAnomaly = parent.MeanAnomaly + 10.0 * Deg * Gauss(),
                Inclination = parent.Inclination + 0.3 * Deg * Gauss(),
                RightAscensionOfAscendingNode = parent.RightAscensionOfAscendingNode + 0.3 * Deg * Gauss(),
            };
        }
        return cloud;
    }

    /// <summary>Objects whose scalar SGP4 succeeds at every second of the window (the brute force needs no failures).</summary>
    public static ElementSet[] Healthy(IEnumerable<ElementSet> sets, Epoch start, Epoch end) =>
        sets.Where(e =>
        {
            var p = new Sgp4Propagator(e);
            if (p.InitializationError != Sgp4Error.None) return false;
            double t0 = start.MinutesSince(e.Epoch), t1 = end.MinutesSince(e.Epoch);
            for (double t = t0; t <= t1; t += 5) if (!p.Propagate(t).IsSuccess) return false;
            return p.Propagate(t1).IsSuccess;
        }).ToArray();
}
