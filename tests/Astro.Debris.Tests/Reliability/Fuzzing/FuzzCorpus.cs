using System.Text.Json;
using System.Text.RegularExpressions;
using Astro.Debris.Screening;
using Astro.Debris.Tests.Elements;

namespace Astro.Debris.Tests.Reliability.Fuzzing;

/// <summary>The parser a fuzz run targets.</summary>
public enum FuzzTarget
{
    /// <summary>TLE text (2- and 3-line sets).</summary>
    Tle,

    /// <summary>OMM, keyword = value notation.</summary>
    OmmKvn,

    /// <summary>OMM, XML.</summary>
    OmmXml,

    /// <summary>OMM, JSON.</summary>
    OmmJson,

    /// <summary>OMM, CSV.</summary>
    OmmCsv,

    /// <summary>CDM, keyword = value notation (<see cref="CdmReader"/>).</summary>
    CdmKvn,

    /// <summary>CDM, XML (<see cref="CdmReader"/>).</summary>
    CdmXml,
}

/// <summary>
/// Seed inputs for the fuzzer, cut from the real files in tests/data: small files whole, large files as windows
/// of whole records (a few sets each), so that one input parses in microseconds and a million inputs fit in minutes.
/// </summary>
internal static class FuzzCorpus
{
    private static readonly Dictionary<FuzzTarget, string[]> Cache = new();

    public static string[] Seeds(FuzzTarget target)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(target, out var seeds))
            {
                seeds = Build(target).Where(s => s.Length > 0).Distinct().ToArray();
                Cache[target] = seeds;
            }
            return seeds;
        }
    }

    private static IEnumerable<string> Build(FuzzTarget target) => target switch
    {
        FuzzTarget.Tle => TleSeeds(),
        FuzzTarget.OmmKvn => KvnSeeds(),
        FuzzTarget.OmmXml => XmlSeeds(),
        FuzzTarget.OmmJson => JsonSeeds(),
        FuzzTarget.OmmCsv => CsvSeeds(),
        FuzzTarget.CdmKvn => CdmSeeds(CdmFormat.Kvn),
        FuzzTarget.CdmXml => CdmSeeds(CdmFormat.Xml),
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };

    private static string Read(params string[] parts) => File.ReadAllText(TestData.PathOf(parts));

    /// <summary>Windows of <paramref name="size"/> records (each <paramref name="linesPerRecord"/> lines) from a line-based text.</summary>
    private static IEnumerable<string> Windows(string text, int linesPerRecord, int size, int maxWindows, int headerLines = 0)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Where(l => l.Length > 0).ToArray();
        string header = string.Join("\n", lines.Take(headerLines));
        int body = lines.Length - headerLines;
        int step = Math.Max(linesPerRecord * size, (body / maxWindows) / linesPerRecord * linesPerRecord);
        for (int start = headerLines; start < lines.Length; start += step)
        {
            var chunk = lines.Skip(start).Take(linesPerRecord * size);
            yield return (headerLines > 0 ? header + "\n" : "") + string.Join("\n", chunk) + "\n";
        }
    }

    private static IEnumerable<string> TleSeeds()
    {
        string ver = Read("sgp4-verification", "SGP4-VER.TLE").Replace("\r", "");
        yield return string.Join("\n", ver.Split('\n').Take(30)) + "\n"; // with its '#' comment lines
        string verSets = string.Join("\n", ver.Split('\n').Where(l => !l.StartsWith('#')));
        foreach (var s in Windows(verSets, 2, 2, 20)) yield return s;
        foreach (var s in Windows(Read("omm-samples", "sgpnet_tle_last-30-days.txt"), 3, 2, 20)) yield return s;
        foreach (string dir in new[] { "cosmos1408", "historic" })
        {
            foreach (string f in Directory.GetFiles(TestData.PathOf("tle", dir)).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order())
                foreach (var s in Windows(File.ReadAllText(f), 3, 2, 5)) yield return s;
        }
        var catalog = TestData.CatalogText();
        foreach (var s in Windows(catalog[..Math.Min(catalog.Length, 400_000)], 3, 2, 40)) yield return s;
        yield return TestData.IssLine1 + "\n" + TestData.IssLine2 + "\n";
        yield return "ISS (ZARYA)\r\n" + TestData.IssLine1 + "\r\n" + TestData.IssLine2 + "\r\n";
        yield return "0 VANGUARD 1\n" + TestData.VanguardLine1 + "\n" + TestData.VanguardLine2 + "\n";
    }

    private static IEnumerable<string> KvnSeeds()
    {
        string text = Read("omm-samples", "sgpnet_kvn_visual.txt").ReplaceLineEndings("\n");
        var messages = text.Split("CCSDS_OMM_VERS", StringSplitOptions.RemoveEmptyEntries).Select(m => "CCSDS_OMM_VERS" + m).ToArray();
        for (int i = 0; i < messages.Length; i += Math.Max(1, messages.Length / 30))
        {
            yield return messages[i];
            if (i + 1 < messages.Length) yield return messages[i] + messages[i + 1];
        }
    }

    private static IEnumerable<string> XmlSeeds()
    {
        yield return Read("omm-samples", "python-sgp4_sample_omm.xml");
        string stations = Read("omm-samples", "sgpnet_xml_stations.xml");
        var omms = Regex.Matches(stations, "<omm[ >].*?</omm>", RegexOptions.Singleline).Select(m => m.Value).ToArray();
        int head = stations.IndexOf("<omm", StringComparison.Ordinal);
        string prefix = head > 0 ? stations[..head] : "<ndm>";
        string suffix = "</ndm>\n";
        for (int i = 0; i < omms.Length; i += Math.Max(1, omms.Length / 20))
        {
            yield return prefix + omms[i] + suffix;
            yield return omms[i];
            if (i + 1 < omms.Length) yield return prefix + omms[i] + omms[i + 1] + suffix;
        }
    }

    private static IEnumerable<string> JsonSeeds()
    {
        yield return Read("omm-samples", "python-sgp4_sample_omm.json");
        foreach (string file in new[] { "sgpnet_json_analyst.json", "sgpnet_jsonpp_weather.json" })
        {
            using var doc = JsonDocument.Parse(Read("omm-samples", file));
            var items = doc.RootElement.EnumerateArray().Select(e => e.GetRawText()).ToArray();
            for (int i = 0; i < items.Length; i += Math.Max(1, items.Length / 15))
            {
                yield return "[" + items[i] + "]";
                yield return items[i];
                if (i + 1 < items.Length) yield return "[\n" + items[i] + ",\n" + items[i + 1] + "\n]";
            }
        }
    }

    private static IEnumerable<string> CsvSeeds()
    {
        yield return Read("omm-samples", "python-sgp4_sample_omm.csv");
        foreach (var s in Windows(Read("omm-samples", "sgpnet_csv_resource.csv"), 1, 3, 30, headerLines: 1)) yield return s;
    }

    /// <summary>
    /// The CDMs of tests/data/pc-cases (CARA's method-test and sample CDMs, the CCSDS/Orekit examples), each whole,
    /// in its own encoding and converted by <see cref="CdmWriter"/> to the target encoding (there are only three XML
    /// files), so that every real message is a seed in both. Files that do not read (none today) are left out.
    /// </summary>
    private static IEnumerable<string> CdmSeeds(CdmFormat format)
    {
        var files = new[] { "cara-pc-method-test", "cara-sample-cdms", "cdm-examples" }
            .SelectMany(d => Directory.GetFiles(TestData.PathOf("pc-cases", d)))
            .Where(f => f.EndsWith(".cdm", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (string f in files)
        {
            string text = File.ReadAllText(f);
            ConjunctionDataMessage message;
            try
            {
                message = CdmReader.Read(text, f);
            }
            catch (CdmFormatException)
            {
                continue;
            }
            if (CdmReader.DetectFormat(text) == format) yield return text;
            else yield return format == CdmFormat.Kvn ? CdmWriter.WriteKvn(message) : CdmWriter.WriteXml(message);
        }
    }
}
