using System.IO.Compression;

namespace Astro.Debris.Tests.TestSupport;

/// <summary>Locates the files under tests/data (copied next to the test assembly).</summary>
internal static class TestData
{
    public static string PathOf(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "data", .. parts]);

    /// <summary>Opens a data file, transparently gunzipping *.gz.</summary>
    public static TextReader Open(params string[] parts)
    {
        string path = PathOf(parts);
        Stream s = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) s = new GZipStream(s, CompressionMode.Decompress);
        return new StreamReader(s);
    }
}
