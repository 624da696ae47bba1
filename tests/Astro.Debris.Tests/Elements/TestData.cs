using System.IO.Compression;
using System.Text;
using Astro.Debris.Elements;

namespace Astro.Debris.Tests.Elements;

/// <summary>Paths and samples of the element-set test data (tests/data, copied to the output folder).</summary>
internal static class TestData
{
    public static string PathOf(params string[] parts)
        => Path.Combine(new[] { AppContext.BaseDirectory, "data" }.Concat(parts).ToArray());

    public static string SgpVerPath => PathOf("sgp4-verification", "SGP4-VER.TLE");

    public static string OmmSample(string file) => PathOf("omm-samples", file);

    /// <summary>The 2022 catalogue text (gzip-decompressed, BOM kept).</summary>
    public static string CatalogText()
    {
        using var file = File.OpenRead(PathOf("tle-catalog-2022", "catalog-2022-08-09.tle.gz"));
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gz, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }

    public const string VanguardLine1 = "1 00005U 58002B   20287.20333880 -.00000016  00000-0 -22483-4 0  9998";
    public const string VanguardLine2 = "2 00005  34.2443 225.5254 1845686 162.2516 205.2356 10.84869164218149";
    public const string IssLine1 = "1 25544U 98067A   22221.92646991  .00006058  00000-0  11289-3 0  9998";
    public const string IssLine2 = "2 25544  51.6448  70.3700 0005152 101.7041  98.6467 15.50292585353513";

    /// <summary>Recomputes the checksum of a line (columns 1-68 kept, column 69 rewritten).</summary>
    public static string Fix(string line)
    {
        string body = line.Length >= 68 ? line[..68] : line.PadRight(68);
        return body + TleText.Checksum(body).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Replaces text starting at a 1-based column, then recomputes the checksum.</summary>
    public static string Put(string line, int column, string text)
    {
        string s = line[..(column - 1)] + text + line[(column - 1 + text.Length)..];
        return Fix(s);
    }
}
