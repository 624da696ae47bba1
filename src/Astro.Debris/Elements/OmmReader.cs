using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace Astro.Debris.Elements;

/// <summary>
/// Reads CCSDS Orbit Mean-elements Messages (CCSDS 502.0-B-3) with SGP4 mean elements, in KVN, XML, JSON or CSV,
/// in both the CelesTrak flavour (JSON numbers, <c>MEAN_ELEMENT_THEORY = SGP/SGP4</c>) and the Space-Track flavour
/// (JSON numbers as strings, extra fields). Unknown keywords are ignored; a keyword repeated in one message and a
/// missing mandatory keyword (EPOCH, MEAN_MOTION, ECCENTRICITY, INCLINATION, RA_OF_ASC_NODE, ARG_OF_PERICENTER,
/// MEAN_ANOMALY, NORAD_CAT_ID, BSTAR) are errors. Errors carry line and column (for JSON and XML, of the token).
/// </summary>
public static class OmmReader
{
    /// <summary>Reads every OMM of a text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">The name used in error messages (file path or label).</param>
    /// <param name="format">The encoding, or null to detect it from the content.</param>
    /// <param name="options">Read options (stop at the first error or skip and report).</param>
    /// <returns>The element sets and, with <see cref="ErrorHandling.SkipAndReport"/>, the errors of skipped messages.</returns>
    /// <exception cref="ElementsFormatException">Malformed input and <see cref="ElementReadOptions.OnError"/> is <see cref="ErrorHandling.Stop"/>.</exception>
    public static ElementReadResult Read(TextReader reader, string sourceName, OmmFormat? format = null, ElementReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Parse(reader.ReadToEnd(), sourceName, format, options);
    }

    /// <summary>Reads every OMM of a string (see <see cref="Read"/>).</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <param name="format">The encoding, or null to detect it from the content.</param>
    /// <param name="options">Read options.</param>
    /// <returns>The element sets and the errors of skipped messages.</returns>
    /// <exception cref="ElementsFormatException">Malformed input and <see cref="ElementReadOptions.OnError"/> is <see cref="ErrorHandling.Stop"/>.</exception>
    public static ElementReadResult Parse(string text, string sourceName, OmmFormat? format = null, ElementReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= ElementReadOptions.Default;
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        OmmFormat f = format ?? DetectFormat(text)
            ?? throw new ElementsFormatException(sourceName, 1, 1, "an OMM in KVN (KEY = value), XML (<omm>), JSON ([{...}]) or CSV (a header row of OMM keywords)");
        var sink = new Sink(options.OnError);
        switch (f)
        {
            case OmmFormat.Kvn: ReadKvn(text, sourceName, sink); break;
            case OmmFormat.Xml: ReadXml(text, sourceName, sink); break;
            case OmmFormat.Json: ReadJson(text, sourceName, sink); break;
            case OmmFormat.Csv: ReadCsv(text, sourceName, sink); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown OMM format.");
        }
        return new ElementReadResult(sink.Elements, sink.Errors);
    }

    /// <summary>Guesses the OMM encoding of a text from its first characters, or null when it looks like none.</summary>
    /// <param name="text">The text (or its beginning).</param>
    /// <returns>The encoding, or null.</returns>
    public static OmmFormat? DetectFormat(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (s.IsEmpty) return null;
        if (s[0] == '<') return OmmFormat.Xml;
        if (s[0] == '[' || s[0] == '{') return OmmFormat.Json;
        int end = s.IndexOfAny('\r', '\n');
        var first = (end < 0 ? s : s[..end]).Trim();
        if (first.StartsWith("CCSDS_OMM_VERS", StringComparison.OrdinalIgnoreCase) && first.Contains('=')) return OmmFormat.Kvn;
        if (first.Contains(',') && first.ToString().ToUpperInvariant().Split(',').Any(h => h.Trim().Trim('"') == "EPOCH")) return OmmFormat.Csv;
        int eq = first.IndexOf('=');
        if (eq > 0 && IsKeyword(first[..eq].Trim())) return OmmFormat.Kvn;
        if (first.StartsWith("COMMENT", StringComparison.OrdinalIgnoreCase)) return OmmFormat.Kvn;
        return null;
    }

    private static bool IsKeyword(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty) return false;
        foreach (char c in key)
        {
            if (!(char.IsAsciiLetter(c) || char.IsAsciiDigit(c) || c == '_')) return false;
        }
        return true;
    }

    /// <summary>Collects results or throws, by the error policy.</summary>
    private sealed class Sink(ErrorHandling onError)
    {
        public List<ElementSet> Elements { get; } = new();

        public List<ElementsFormatException> Errors { get; } = new();

        public void Fail(ElementsFormatException ex)
        {
            if (onError == ErrorHandling.Stop) throw ex;
            Errors.Add(ex);
        }

        public void Convert(OmmRecord record)
        {
            try
            {
                Elements.Add(record.ToElementSet());
            }
            catch (ElementsFormatException ex)
            {
                Fail(ex);
            }
        }
    }

    private static string[] SplitLines(string text) => text.ReplaceLineEndings("\n").Split('\n');

    // ------------------------------------------------------------------ KVN

    private static void ReadKvn(string text, string source, Sink sink)
    {
        string[] lines = SplitLines(text);
        OmmRecord? current = null;
        bool currentBroken = false;
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNo = i + 1;
            string line = lines[i];
            string trimmed = line.Trim();
            if (trimmed.Length == 0) continue;
            if (trimmed.StartsWith("COMMENT", StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == 7 || trimmed[7] == ' ' || trimmed[7] == '\t'))
                continue;
            try
            {
                CheckNoControl(source, lineNo, line);
                int eq = line.IndexOf('=');
                if (eq < 0)
                    throw new ElementsFormatException(source, lineNo, KvnText.FirstNonBlank(line), "a 'KEYWORD = value' line, a COMMENT line or a blank line");
                string key = line[..eq].Trim();
                if (!IsKeyword(key))
                    throw new ElementsFormatException(source, lineNo, KvnText.FirstNonBlank(line), $"a keyword (letters, digits, '_') before '=', found '{key}'");
                int valueStart = eq + 1;
                while (valueStart < line.Length && (line[valueStart] == ' ' || line[valueStart] == '\t')) valueStart++;
                string value = line[valueStart..].Trim();
                // Units in square brackets may follow the value: "INCLINATION = 51.64 [deg]". Free-text values
                // (OBJECT_NAME "DEB [A]") have no units and are kept whole.
                if (value.EndsWith(']') && !IsFreeText(key))
                {
                    int bracket = value.LastIndexOf('[');
                    if (bracket >= 0) value = value[..bracket].TrimEnd();
                }
                if (string.Equals(key, "CCSDS_OMM_VERS", StringComparison.OrdinalIgnoreCase) || current is null)
                {
                    if (current is not null && !currentBroken) sink.Convert(current);
                    current = new OmmRecord(source, lineNo, KvnText.FirstNonBlank(line));
                    currentBroken = false;
                }
                if (!currentBroken) current.Add(key, value, lineNo, valueStart + 1);
            }
            catch (ElementsFormatException ex)
            {
                if (!currentBroken) sink.Fail(ex);
                currentBroken = true; // one error per message; skip the rest of it
                if (current is null) current = new OmmRecord(source, lineNo, 1);
            }
        }
        if (current is not null && !currentBroken) sink.Convert(current);
    }

    private static bool IsFreeText(string key) =>
        key.Equals("OBJECT_NAME", StringComparison.OrdinalIgnoreCase) || key.Equals("OBJECT_ID", StringComparison.OrdinalIgnoreCase)
        || key.Equals("ORIGINATOR", StringComparison.OrdinalIgnoreCase) || key.Equals("MESSAGE_ID", StringComparison.OrdinalIgnoreCase);

    private static void CheckNoControl(string source, int lineNo, string line)
    {
        for (int k = 0; k < line.Length; k++)
        {
            char c = line[k];
            if (c < ' ' && c != '\t')
                throw new ElementsFormatException(source, lineNo, k + 1, $"text without control characters, found U+{(int)c:X4}");
        }
    }

    // ------------------------------------------------------------------ XML

    private static void ReadXml(string text, string source, Sink sink)
    {
        XDocument doc;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            };
            using var xr = XmlReader.Create(new StringReader(text), settings);
            doc = XDocument.Load(xr, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            sink.Fail(new ElementsFormatException(source, ex.LineNumber, ex.LinePosition, $"well-formed XML ({ex.Message})", ex));
            return;
        }
        var root = doc.Root!;
        IEnumerable<XElement> omms = root.Name.LocalName == "omm"
            ? new[] { root }
            : root.Descendants().Where(e => e.Name.LocalName == "omm");
        bool any = false;
        foreach (var omm in omms)
        {
            any = true;
            var (line, col) = Position(omm);
            var record = new OmmRecord(source, line, col);
            try
            {
                var segment = omm.Descendants().FirstOrDefault(e => e.Name.LocalName == "segment")
                    ?? throw new ElementsFormatException(source, line, col, "a <body><segment> element in <omm>");
                foreach (var e in segment.Descendants())
                {
                    if (e.HasElements) continue;
                    string key = e.Name.LocalName;
                    if (key is "COMMENT" or "USER_DEFINED") continue;
                    var (l, c) = Position(e);
                    record.Add(key, e.Value, l, c);
                }
            }
            catch (ElementsFormatException ex)
            {
                sink.Fail(ex);
                continue;
            }
            sink.Convert(record);
        }
        if (!any)
        {
            var (line, col) = Position(root);
            sink.Fail(new ElementsFormatException(source, line, col, $"an <omm> element (root <ndm> or <omm>), found <{root.Name.LocalName}>"));
        }
    }

    private static (int Line, int Column) Position(XElement e)
    {
        IXmlLineInfo info = e;
        return info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);
    }

    // ------------------------------------------------------------------ JSON

    private static void ReadJson(string text, string source, Sink sink)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        var lineStarts = new List<int> { 0 };
        for (int k = 0; k < utf8.Length; k++)
        {
            if (utf8[k] == (byte)'\n') lineStarts.Add(k + 1);
        }
        (int Line, int Column) At(long offset)
        {
            int index = lineStarts.BinarySearch((int)offset);
            if (index < 0) index = ~index - 1;
            return (index + 1, (int)offset - lineStarts[index] + 1);
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read())
            {
                sink.Fail(new ElementsFormatException(source, 1, 1, "a JSON array of OMM objects, found nothing"));
                return;
            }
            bool array = reader.TokenType == JsonTokenType.StartArray;
            if (!array && reader.TokenType != JsonTokenType.StartObject)
            {
                var (l, c) = At(reader.TokenStartIndex);
                sink.Fail(new ElementsFormatException(source, l, c, $"a JSON array of OMM objects or one OMM object, found {reader.TokenType}"));
                return;
            }
            while (true)
            {
                if (array)
                {
                    if (!reader.Read()) break;
                    if (reader.TokenType == JsonTokenType.EndArray) break;
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        var (l, c) = At(reader.TokenStartIndex);
                        sink.Fail(new ElementsFormatException(source, l, c, $"an OMM object ({{...}}) in the array, found {reader.TokenType}"));
                        reader.Skip();
                        continue;
                    }
                }
                var (ol, oc) = At(reader.TokenStartIndex);
                var record = new OmmRecord(source, ol, oc);
                ElementsFormatException? error = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    string? key = TryGetString(ref reader);
                    var (kl, kc) = At(reader.TokenStartIndex);
                    if (key is null) error ??= new ElementsFormatException(source, kl, kc, InvalidUtf16);
                    reader.Read();
                    var (vl, vc) = At(reader.TokenStartIndex);
                    string? value;
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.String:
                            value = TryGetString(ref reader);
                            if (value is null) error ??= new ElementsFormatException(source, vl, vc, InvalidUtf16);
                            break;
                        case JsonTokenType.Number: value = Encoding.UTF8.GetString(reader.ValueSpan); break;
                        case JsonTokenType.True: value = "true"; break;
                        case JsonTokenType.False: value = "false"; break;
                        case JsonTokenType.Null: value = null; break;
                        default: reader.Skip(); value = null; break; // nested objects/arrays: not OMM keywords
                    }
                    if (key is null || value is null || error is not null) continue;
                    try
                    {
                        record.Add(key, value, vl, vc);
                    }
                    catch (ElementsFormatException ex)
                    {
                        error = new ElementsFormatException(source, kl, kc, ex.Expected);
                    }
                }
                if (error is not null) sink.Fail(error);
                else sink.Convert(record);
                if (!array) break;
            }
        }
        catch (JsonException ex)
        {
            int line = (int)(ex.LineNumber ?? 0) + 1;
            int col = (int)(ex.BytePositionInLine ?? 0) + 1;
            sink.Fail(new ElementsFormatException(source, line, col, $"valid JSON ({ex.Message})", ex));
        }
    }

    private const string InvalidUtf16 = "a JSON string of valid UTF-16 text (an escaped lone surrogate such as \\uD800 is not text)";

    /// <summary>The string of the current String or PropertyName token, or null when its escapes do not decode to valid UTF-16.</summary>
    private static string? TryGetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader.GetString throws this (not a JsonException) for an escaped lone surrogate ("\uD800").
            return null;
        }
    }

    // ------------------------------------------------------------------ CSV

    private static void ReadCsv(string text, string source, Sink sink)
    {
        string[] lines = SplitLines(text);
        List<(string Text, int Column)>? header = null;
        int headerLine = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNo = i + 1;
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            List<(string Text, int Column)> fields;
            try
            {
                CheckNoControl(source, lineNo, lines[i]);
                fields = SplitCsv(source, lineNo, lines[i]);
            }
            catch (ElementsFormatException ex)
            {
                sink.Fail(ex);
                if (header is null) return;
                continue;
            }
            if (header is null)
            {
                header = fields;
                headerLine = lineNo;
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var (h, c) in header)
                {
                    if (!seen.Add(h.Trim()))
                    {
                        sink.Fail(new ElementsFormatException(source, lineNo, c, $"each column name once in the CSV header: {h.Trim()} is repeated"));
                        return;
                    }
                }
                continue;
            }
            if (fields.Count != header.Count)
            {
                sink.Fail(new ElementsFormatException(source, lineNo, 1, $"{header.Count} comma-separated fields as in the header at line {headerLine}, found {fields.Count}"));
                continue;
            }
            var record = new OmmRecord(source, lineNo, 1);
            for (int k = 0; k < fields.Count; k++)
            {
                record.Add(header[k].Text.Trim(), fields[k].Text, lineNo, fields[k].Column);
            }
            sink.Convert(record);
        }
    }

    /// <summary>Splits one CSV line (RFC 4180 quoting, no embedded line ends) into fields with their 1-based columns.</summary>
    private static List<(string Text, int Column)> SplitCsv(string source, int lineNo, string line)
    {
        var fields = new List<(string, int)>();
        int k = 0;
        while (true)
        {
            int start = k;
            var sb = new StringBuilder();
            if (k < line.Length && line[k] == '"')
            {
                k++;
                while (true)
                {
                    if (k >= line.Length)
                        throw new ElementsFormatException(source, lineNo, start + 1, "a closing '\"' for the quoted field");
                    if (line[k] == '"')
                    {
                        if (k + 1 < line.Length && line[k + 1] == '"') { sb.Append('"'); k += 2; continue; }
                        k++;
                        break;
                    }
                    sb.Append(line[k++]);
                }
                if (k < line.Length && line[k] != ',')
                    throw new ElementsFormatException(source, lineNo, k + 1, "',' or the line end after a quoted field");
            }
            else
            {
                while (k < line.Length && line[k] != ',') sb.Append(line[k++]);
            }
            fields.Add((sb.ToString(), start + 1));
            if (k >= line.Length) break;
            k++; // the comma
        }
        return fields;
    }
}
