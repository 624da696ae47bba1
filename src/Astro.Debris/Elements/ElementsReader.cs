using System.Text;

namespace Astro.Debris.Elements;

/// <summary>
/// Reads an element-set file of any supported format (TLE, OMM KVN/XML/JSON/CSV), chosen by the file extension
/// or, when the extension says nothing, by the content.
/// </summary>
public static class ElementsReader
{
    /// <summary>Reads an element-set file.</summary>
    /// <param name="path">The file path; also the source name in error messages.</param>
    /// <param name="options">Read options (checksum verification, error policy).</param>
    /// <param name="format">The format, or null to detect it (<see cref="FormatFromExtension"/>, then <see cref="DetectFormat"/>).</param>
    /// <returns>The element sets and, with <see cref="ErrorHandling.SkipAndReport"/>, the errors of skipped records.</returns>
    /// <exception cref="ElementsFormatException">Malformed input and <see cref="ElementReadOptions.OnError"/> is <see cref="ErrorHandling.Stop"/>,
    /// or the format cannot be recognised.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ElementReadResult ReadFile(string path, ElementReadOptions? options = null, ElementFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return Read(reader, path, format ?? FormatFromExtension(path), options);
    }

    /// <summary>Reads element sets from a text (e.g. standard input).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <param name="format">The format, or null to detect it from the content.</param>
    /// <param name="options">Read options.</param>
    /// <returns>The element sets and the errors of skipped records.</returns>
    /// <exception cref="ElementsFormatException">Malformed input and <see cref="ElementReadOptions.OnError"/> is <see cref="ErrorHandling.Stop"/>,
    /// or the format cannot be recognised.</exception>
    public static ElementReadResult Read(TextReader reader, string sourceName, ElementFormat? format = null, ElementReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        string text = reader.ReadToEnd();
        ElementFormat f = format ?? DetectFormat(text)
            ?? throw new ElementsFormatException(sourceName, 1, 1,
                "a TLE (line 1 starting '1 ') or an OMM in KVN (CCSDS_OMM_VERS = ...), XML (<omm>), JSON ([{...}]) or CSV (header row with EPOCH)");
        return f switch
        {
            ElementFormat.Tle => TleReader.Read(new StringReader(text), sourceName, options),
            ElementFormat.OmmKvn => OmmReader.Parse(text, sourceName, OmmFormat.Kvn, options),
            ElementFormat.OmmXml => OmmReader.Parse(text, sourceName, OmmFormat.Xml, options),
            ElementFormat.OmmJson => OmmReader.Parse(text, sourceName, OmmFormat.Json, options),
            ElementFormat.OmmCsv => OmmReader.Parse(text, sourceName, OmmFormat.Csv, options),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown element format."),
        };
    }

    /// <summary>
    /// The format a file extension names: .tle .3le .2le → TLE; .kvn .omm → OMM KVN; .xml; .json; .csv.
    /// Other extensions (.txt included, which CelesTrak uses for both TLE and KVN) give null: detect by content.
    /// </summary>
    /// <param name="path">A file path or name.</param>
    /// <returns>The format, or null.</returns>
    public static ElementFormat? FormatFromExtension(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".tle" or ".3le" or ".2le" => ElementFormat.Tle,
            ".kvn" or ".omm" => ElementFormat.OmmKvn,
            ".xml" => ElementFormat.OmmXml,
            ".json" => ElementFormat.OmmJson,
            ".csv" => ElementFormat.OmmCsv,
            _ => null,
        };
    }

    /// <summary>Guesses the format of a text from its content, or null when it looks like none.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The format, or null.</returns>
    public static ElementFormat? DetectFormat(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A TLE: a line starting "1 " followed by one starting "2 " among the first lines.
        using (var sr = new StringReader(text))
        {
            string? previous = null;
            string? line;
            int count = 0;
            while ((line = sr.ReadLine()) is not null && count < 50)
            {
                line = line.TrimStart('\uFEFF');
                if (string.IsNullOrWhiteSpace(line) || line[0] == '#') continue;
                count++;
                if (previous is not null && previous.StartsWith("1 ", StringComparison.Ordinal) && line.StartsWith("2 ", StringComparison.Ordinal))
                    return ElementFormat.Tle;
                previous = line;
            }
        }
        return OmmReader.DetectFormat(text) switch
        {
            OmmFormat.Kvn => ElementFormat.OmmKvn,
            OmmFormat.Xml => ElementFormat.OmmXml,
            OmmFormat.Json => ElementFormat.OmmJson,
            OmmFormat.Csv => ElementFormat.OmmCsv,
            _ => null,
        };
    }
}
