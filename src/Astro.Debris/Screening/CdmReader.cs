using Astro.Debris.Elements;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Astro.Debris.Screening;

/// <summary>
/// Reads CCSDS Conjunction Data Messages (CCSDS 508.0-B-1; CDM 2.0 keywords and operator extensions are kept) in KVN
/// or XML, chosen from the content. Accepts comments, units in brackets (<c>[km]</c>), CRLF/LF/CR line ends, a byte
/// order mark and blank lines. Malformed input throws <see cref="CdmFormatException"/> with source, line, column,
/// keyword and what was expected: a missing mandatory keyword, a number or time that does not parse, keywords in the
/// wrong section, a repeated keyword or OBJECT section, a truncated message, an empty text or text that is neither.
/// </summary>
public static class CdmReader
{
    /// <summary>Reads one CDM from a string.</summary>
    /// <param name="text">The whole message, KVN or XML.</param>
    /// <param name="sourceName">The name used in error messages (file path or label).</param>
    /// <returns>The message.</returns>
    /// <exception cref="CdmFormatException">The text is not a valid CDM.</exception>
    public static ConjunctionDataMessage Read(string text, string sourceName = "<string>")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return DetectFormat(text) switch
        {
            CdmFormat.Xml => ReadXml(text, sourceName),
            CdmFormat.Kvn => ReadKvn(text, sourceName),
            _ => throw new CdmFormatException(sourceName, 1, 1, null, "a CDM, found an empty text"),
        };
    }

    /// <summary>Reads one CDM from a reader (to its end).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <returns>The message.</returns>
    /// <exception cref="CdmFormatException">The text is not a valid CDM.</exception>
    public static ConjunctionDataMessage Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Read(reader.ReadToEnd(), sourceName);
    }

    /// <summary>Reads one CDM file (UTF-8, with or without a byte order mark); the path names the source in errors.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The message.</returns>
    /// <exception cref="CdmFormatException">The file is not a valid CDM.</exception>
    public static ConjunctionDataMessage ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read(File.ReadAllText(path, Encoding.UTF8), path);
    }

    /// <summary>The encoding of a text from its first non-blank character: '&lt;' is XML, anything else KVN; null when blank.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The encoding, or null for an empty or blank text.</returns>
    public static CdmFormat? DetectFormat(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.AsSpan().TrimStart("\uFEFF \t\r\n\f\v");
        if (s.IsEmpty) return null;
        return s[0] == '<' ? CdmFormat.Xml : CdmFormat.Kvn;
    }

    // ------------------------------------------------------------------ KVN

    private static ConjunctionDataMessage ReadKvn(string text, string source)
    {
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        var header = new List<CdmEntry>();
        List<CdmEntry>? relative = null;
        int relativeLine = 0;
        var objects = new List<(List<CdmEntry> Entries, int Line)>();
        var pending = new List<CdmEntry>();
        List<CdmEntry>? current = null;
        int lastLine = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNo = i + 1;
            string line = lines[i];
            if (line.AsSpan().Trim().IsEmpty) continue;
            lastLine = lineNo;
            CheckNoControl(source, lineNo, line);
            int start = KvnText.FirstNonBlank(line);
            string trimmed = line.Trim();
            if (trimmed.StartsWith(CdmKeywords.Comment, StringComparison.Ordinal)
                && (trimmed.Length == 7 || trimmed[7] is ' ' or '\t' or '='))
            {
                if (current is null)
                    throw new CdmFormatException(source, lineNo, start, CdmKeywords.Version, "CCSDS_CDM_VERS = <version> as the first line of a KVN CDM");
                pending.Add(new CdmEntry(CdmKeywords.Comment, trimmed[7..].Trim()) { Line = lineNo, Column = start });
                continue;
            }
            int eq = line.IndexOf('=');
            if (eq < 0)
            {
                if (current is null)
                    throw new CdmFormatException(source, lineNo, start, CdmKeywords.Version,
                        "a CDM: CCSDS_CDM_VERS = <version> as the first line of a KVN message, or an XML <cdm> document");
                throw new CdmFormatException(source, lineNo, start, null, "a 'KEYWORD = value' line, a COMMENT line or a blank line");
            }
            string key = line[..eq].Trim();
            if (!CdmKeywords.IsValidKeyword(key))
                throw new CdmFormatException(source, lineNo, start, null, $"a keyword (letters, digits, '_') before '=', found '{key}'");
            int valueStart = eq + 1;
            while (valueStart < line.Length && (line[valueStart] == ' ' || line[valueStart] == '\t')) valueStart++;
            var (value, units) = SplitUnits(line[valueStart..].Trim());
            var entry = new CdmEntry(key, value, units) { Line = lineNo, Column = valueStart + 1 };

            if (current is null)
            {
                if (key != CdmKeywords.Version)
                    throw new CdmFormatException(source, lineNo, start, CdmKeywords.Version,
                        $"CCSDS_CDM_VERS = <version> as the first line of a KVN CDM, found {key}");
                current = header;
            }
            else if (key == CdmKeywords.ObjectKey)
            {
                string expected = objects.Count == 0 ? "OBJECT1" : "OBJECT2";
                if (objects.Count == 2)
                    throw new CdmFormatException(source, lineNo, valueStart + 1, key,
                        $"two object sections only, found a third (OBJECT = {value}) after OBJECT1 at line {objects[0].Line} and OBJECT2 at line {objects[1].Line}");
                if (value != expected)
                {
                    string what = objects.Count == 1 && value == "OBJECT1"
                        ? $"OBJECT = OBJECT2: OBJECT1 is repeated (first at line {objects[0].Line})"
                        : $"OBJECT = {expected}, found '{value}'";
                    throw new CdmFormatException(source, lineNo, valueStart + 1, key, what);
                }
                current = new List<CdmEntry>();
                objects.Add((current, lineNo));
                relative ??= new List<CdmEntry>();
                if (relativeLine == 0) relativeLine = lineNo;
            }
            else if (relative is null && CdmKeywords.TryGet(key, out var info) && info.Section == CdmSectionKind.Relative)
            {
                relative = current = new List<CdmEntry>();
                relativeLine = lineNo;
            }
            current.AddRange(pending);
            pending.Clear();
            current.Add(entry);
        }
        if (current is null)
            throw new CdmFormatException(source, 1, 1, null, "a CDM, found an empty text");
        current.AddRange(pending);
        relative ??= new List<CdmEntry>();
        int endLine = lastLine + 1;
        if (relativeLine == 0) relativeLine = endLine;
        return new ConjunctionDataMessage(source, new CdmSection(header, header.Count > 0 ? header[0].Line : 1),
            new CdmSection(relative, relativeLine),
            objects.Count > 0 ? new CdmSection(objects[0].Entries, objects[0].Line) : null,
            objects.Count > 1 ? new CdmSection(objects[1].Entries, objects[1].Line) : null,
            endLine);
    }

    /// <summary>Splits "value [units]" (units optional; "[units]" alone is a keyword without value).</summary>
    internal static (string? Value, string? Units) SplitUnits(string v)
    {
        if (v.Length == 0) return (null, null);
        int open = v.LastIndexOf('[');
        if (open < 0) return (v, null);
        if (open > 0 && v[open - 1] != ' ' && v[open - 1] != '\t') return (v, null);
        string rest = v[(open + 1)..];
        if (rest.EndsWith(']')) rest = rest[..^1];
        else if (rest.Contains(']')) return (v, null);
        // An unclosed bracket ("93   [", as in some CARA files) is read as units without the closing bracket.
        string? units = string.IsNullOrWhiteSpace(rest) ? null : rest.Trim();
        return open == 0 ? (null, units) : (v[..open].TrimEnd(), units);
    }

    private static void CheckNoControl(string source, int lineNo, string line)
    {
        for (int k = 0; k < line.Length; k++)
        {
            char c = line[k];
            if ((c < ' ' && c != '\t') || c == '\u007F' || c == '\uFFFD')
                throw new CdmFormatException(source, lineNo, k + 1, null, $"text without control or invalid characters, found U+{(int)c:X4}");
            if (char.IsSurrogate(c))
            {
                // A pair is one character outside the BMP; a lone surrogate is no text and cannot be written as UTF-8.
                if (char.IsHighSurrogate(c) && k + 1 < line.Length && char.IsLowSurrogate(line[k + 1])) { k++; continue; }
                throw new CdmFormatException(source, lineNo, k + 1, null, $"valid Unicode text, found a lone UTF-16 surrogate U+{(int)c:X4}");
            }
        }
    }

    // ------------------------------------------------------------------ XML

    private static ConjunctionDataMessage ReadXml(string text, string source)
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
            throw new CdmFormatException(source, Math.Max(1, ex.LineNumber), Math.Max(1, ex.LinePosition), null, $"well-formed XML ({ex.Message})", ex);
        }
        var root = doc.Root!;
        XElement cdm;
        if (root.Name.LocalName == "cdm") cdm = root;
        else if (root.Name.LocalName == "ndm")
        {
            var all = root.Elements().Where(e => e.Name.LocalName == "cdm").ToList();
            if (all.Count != 1)
            {
                var (l, c) = Position(root);
                throw new CdmFormatException(source, l, c, null, $"one <cdm> in the <ndm>, found {all.Count}");
            }
            cdm = all[0];
        }
        else
        {
            var (l, c) = Position(root);
            throw new CdmFormatException(source, l, c, null, $"a <cdm> root element, found <{root.Name.LocalName}>");
        }

        var (cl, cc) = Position(cdm);
        string? version = cdm.Attributes().FirstOrDefault(a => a.Name.LocalName == "version")?.Value;
        if (string.IsNullOrWhiteSpace(version))
            throw new CdmFormatException(source, cl, cc, CdmKeywords.Version, "a version attribute on <cdm> (CCSDS_CDM_VERS), e.g. version=\"1.0\"");

        var children = cdm.Elements().ToList();
        XElement? headerEl = children.ElementAtOrDefault(0), bodyEl = children.ElementAtOrDefault(1);
        if (headerEl?.Name.LocalName != "header") throw Unexpected(source, headerEl ?? cdm, "<header> as the first element of <cdm>");
        if (bodyEl?.Name.LocalName != "body") throw Unexpected(source, bodyEl ?? headerEl, "<body> after <header> in <cdm>");
        if (children.Count > 2) throw Unexpected(source, children[2], "nothing after <body> in <cdm>");

        int group = 0;
        var (hl, hc) = Position(headerEl);
        var header = new List<CdmEntry>
        {
            new(CdmKeywords.Version, version) { Line = cl, Column = cc, XmlContainer = CdmKeywords.HeaderBlock, XmlGroup = group },
        };
        Flatten(source, headerEl, header, 0, ref group);

        var body = bodyEl.Elements().ToList();
        if (body.Count == 0 || body[0].Name.LocalName != "relativeMetadataData")
            throw Unexpected(source, body.Count > 0 ? body[0] : bodyEl, "<relativeMetadataData> as the first element of <body>");
        var relative = new List<CdmEntry>();
        Flatten(source, body[0], relative, 1, ref group);
        var segments = new List<CdmSection>();
        foreach (var seg in body.Skip(1))
        {
            if (seg.Name.LocalName != "segment") throw Unexpected(source, seg, "a <segment> (one per object) after <relativeMetadataData>");
            if (segments.Count == 2) throw Unexpected(source, seg, "two <segment> elements only (OBJECT1 and OBJECT2), found a third");
            var entries = new List<CdmEntry>();
            foreach (var part in seg.Elements())
            {
                if (part.Name.LocalName is not ("metadata" or "data"))
                    throw Unexpected(source, part, "<metadata> or <data> in <segment>");
                Flatten(source, part, entries, 1, ref group);
            }
            segments.Add(new CdmSection(entries, Position(seg).Line));
        }
        int endLine = text.AsSpan().Count('\n') + 1;
        return new ConjunctionDataMessage(source, new CdmSection(header, hl), new CdmSection(relative, Position(body[0]).Line),
            segments.ElementAtOrDefault(0), segments.ElementAtOrDefault(1), endLine);
    }

    /// <summary>Adds the keyword elements of a container (and of nested containers, to a depth) in document order.</summary>
    private static void Flatten(string source, XElement container, List<CdmEntry> entries, int depth, ref int group)
    {
        int myGroup = ++group;
        string name = container.Name.LocalName;
        foreach (var e in container.Elements())
        {
            string key = e.Name.LocalName;
            var (l, c) = Position(e);
            if (key.Length > 0 && char.IsAsciiLetterLower(key[0]))
            {
                if (depth == 0) throw Unexpected(source, e, $"keyword elements in <{name}>, found <{key}>");
                Flatten(source, e, entries, depth - 1, ref group);
                continue;
            }
            if (e.HasElements) throw Unexpected(source, e, $"a value in <{key}>, found child elements");
            if (!CdmKeywords.IsValidKeyword(key))
                throw new CdmFormatException(source, l, c, key, $"a keyword element name (letters, digits, '_'), found <{key}>");
            string? units = e.Attributes().FirstOrDefault(a => a.Name.LocalName == "units")?.Value;
            bool nil = e.Attributes().Any(a => a.Name.LocalName == "nil" && a.Value.Trim() is "true" or "1");
            string raw = e.Value;
            if (key == CdmKeywords.Comment)
            {
                // A comment over several lines becomes one comment per line, as KVN needs.
                foreach (var part in raw.ReplaceLineEndings("\n").Trim().Split('\n'))
                {
                    entries.Add(new CdmEntry(key, part.Trim()) { Line = l, Column = c, XmlContainer = name, XmlGroup = myGroup });
                }
                continue;
            }
            string? value = nil || raw.Trim().Length == 0 ? null : raw.Trim();
            if (value is not null && value.AsSpan().IndexOfAny('\r', '\n') >= 0)
                throw new CdmFormatException(source, l, c, key, $"a one-line value for {key}");
            if (units is not null && units.AsSpan().IndexOfAny('\r', '\n') >= 0)
                throw new CdmFormatException(source, l, c, key, $"a one-line units attribute for {key}");
            entries.Add(new CdmEntry(key, value, units) { Line = l, Column = c, XmlContainer = name, XmlGroup = myGroup });
        }
    }

    private static CdmFormatException Unexpected(string source, XElement at, string expected)
    {
        var (l, c) = Position(at);
        return new CdmFormatException(source, l, c, null, expected);
    }

    private static (int Line, int Column) Position(XElement e)
    {
        IXmlLineInfo info = e;
        return info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);
    }
}
