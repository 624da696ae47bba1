using System.IO.Compression;
using Astro.Debris.Elements;
using Astro.Debris.Propagation;

namespace Astro.Debris.Benchmarks;

/// <summary>The 25,975-object 2022 catalogue shipped in tests/data, split into near-Earth and deep-space propagators.</summary>
internal static class CatalogData
{
    public const string CatalogFile = "catalog-2022-08-09.tle.gz";

    public static IReadOnlyList<ElementSet> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "data", "tle-catalog-2022", CatalogFile);
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var result = TleReader.Read(reader, CatalogFile);
        if (result.HasErrors) throw new InvalidOperationException(result.Errors[0].Message);
        return result.Elements;
    }

    public static (Sgp4Propagator[] NearEarth, Sgp4Propagator[] DeepSpace) Propagators()
    {
        var all = Load().Select(e => new Sgp4Propagator(e)).ToArray();
        return (all.Where(p => !p.IsDeepSpace).ToArray(), all.Where(p => p.IsDeepSpace).ToArray());
    }
}
