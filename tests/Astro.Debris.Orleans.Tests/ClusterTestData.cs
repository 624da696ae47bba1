using System.IO.Compression;
using Astro.Debris.Elements;
using Astro.Debris.Screening;
using Astro.Debris.Time;

namespace Astro.Debris.Orleans.Tests;

/// <summary>The 2022 catalogue (tests/data) and the small screening jobs the cluster tests run.</summary>
internal static class ClusterTestData
{
    private static readonly Lazy<IReadOnlyList<ElementSet>> CatalogLazy = new(() =>
    {
        string path = Path.Combine(AppContext.BaseDirectory, "data", "tle-catalog-2022", "catalog-2022-08-09.tle.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        return ElementsReader.Read(reader, "catalog-2022-08-09.tle").Elements;
    });

    public static IReadOnlyList<ElementSet> Catalog => CatalogLazy.Value;

    /// <summary>Objects whose mean perigee and apogee lie in [minAltKm, maxAltKm]: a dense shell with real conjunctions.</summary>
    public static ElementSet[] Shell(int count, double minAltKm, double maxAltKm) =>
        Catalog.Where(e =>
        {
            double n = e.MeanMotion * 2 * Math.PI / 86400.0;
            double a = Math.Cbrt(398600.8 / (n * n));
            double rp = a * (1 - e.Eccentricity) - 6378.135, ra = a * (1 + e.Eccentricity) - 6378.135;
            return rp >= minAltKm && ra <= maxAltKm;
        }).Take(count).ToArray();

    /// <summary>The standard small job: 600 objects of the 500–600 km shell, 2 h, 10 km.</summary>
    public static (ElementSet[] Catalog, ScreeningOptions Options) SmallJob() =>
        (Shell(600, 500, 600), new ScreeningOptions(Epoch.Parse("2022-08-10T00:00:00Z"), Epoch.Parse("2022-08-10T02:00:00Z"), thresholdKm: 10));
}
