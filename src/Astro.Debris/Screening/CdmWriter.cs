using System.Globalization;
using System.Text;
using System.Xml;

namespace Astro.Debris.Screening;

/// <summary>
/// Writes CCSDS Conjunction Data Messages in KVN or XML. Every entry of the message is written in order with its
/// value and units as they were read (numbers keep their original text), so read → write → read gives the same
/// message, in either encoding. Line ends are '\n'.
/// </summary>
/// <remarks>
/// KVN has no block structure: a KVN → XML conversion places each keyword in its CCSDS 508.0-B-1 block
/// (<c>relativeStateVector</c>, <c>odParameters</c>, <c>additionalParameters</c>, <c>stateVector</c>,
/// <c>covarianceMatrix</c>…), comments in the block of the keyword that follows them, and unknown keywords in the
/// block of the keyword before them. XML read from a file keeps its own blocks. A keyword without value is written
/// <c>KEY =</c> in KVN and <c>xsi:nil="true"</c> in XML.
/// </remarks>
public static class CdmWriter
{
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private const string SchemaLocation = "http://sanaregistry.org/r/ndmxml/ndmxml-1.0-master.xsd";
    private const int KeywordWidth = 36;

    /// <summary>Writes a message in one encoding.</summary>
    /// <param name="message">The message.</param>
    /// <param name="format">KVN or XML.</param>
    /// <param name="writer">The destination.</param>
    /// <exception cref="ArgumentException">A value cannot be written in KVN without being read back differently.</exception>
    public static void Write(ConjunctionDataMessage message, CdmFormat format, TextWriter writer)
    {
        switch (format)
        {
            case CdmFormat.Kvn: WriteKvn(message, writer); break;
            case CdmFormat.Xml: WriteXml(message, writer); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown CDM format.");
        }
    }

    /// <summary>Writes a message to a file (UTF-8, no byte order mark); the encoding is XML for a <c>.xml</c> path, else KVN, unless given.</summary>
    /// <param name="message">The message.</param>
    /// <param name="path">The file path.</param>
    /// <param name="format">The encoding, or null to choose it from the extension.</param>
    public static void WriteFile(ConjunctionDataMessage message, string path, CdmFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var f = format ?? (path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? CdmFormat.Xml : CdmFormat.Kvn);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        Write(message, f, w);
    }

    /// <summary>Writes a message as KVN (<c>KEYWORD = value [units]</c> lines).</summary>
    /// <param name="message">The message.</param>
    /// <param name="writer">The destination.</param>
    /// <exception cref="ArgumentException">A value cannot be written in KVN without being read back differently.</exception>
    public static void WriteKvn(ConjunctionDataMessage message, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(writer);
        var sb = new StringBuilder();
        foreach (var section in new[] { message.HeaderEntries, message.RelativeMetadataEntries, message.Object1.Entries, message.Object2.Entries })
        {
            foreach (var e in section) AppendKvn(sb, e);
        }
        writer.Write(sb.ToString());
        writer.Flush();
    }

    /// <summary>Writes a message as KVN and returns the text.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The KVN text.</returns>
    public static string WriteKvn(ConjunctionDataMessage message)
    {
        var sw = new StringWriter(CultureInfo.InvariantCulture);
        WriteKvn(message, sw);
        return sw.ToString();
    }

    /// <summary>Writes a message as XML (<c>&lt;cdm id="CCSDS_CDM_VERS" version="…"&gt;</c>, UTF-8 declaration).</summary>
    /// <param name="message">The message.</param>
    /// <param name="writer">The destination.</param>
    public static void WriteXml(ConjunctionDataMessage message, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CloseOutput = false,
        };
        using (var x = XmlWriter.Create(writer, settings))
        {
            x.WriteStartElement("cdm");
            x.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
            x.WriteAttributeString("xsi", "noNamespaceSchemaLocation", XsiNamespace, SchemaLocation);
            x.WriteAttributeString("id", CdmKeywords.Version);
            x.WriteAttributeString("version", message.Version);

            x.WriteStartElement(CdmKeywords.HeaderBlock);
            foreach (var e in message.HeaderEntries)
            {
                if (e.Keyword != CdmKeywords.Version) Leaf(x, e);
            }
            x.WriteEndElement();

            x.WriteStartElement("body");
            WriteRelative(x, message.RelativeMetadataEntries);
            WriteObject(x, message.Object1.Entries);
            WriteObject(x, message.Object2.Entries);
            x.WriteEndElement();
            x.WriteEndElement();
        }
        writer.Write('\n');
        writer.Flush();
    }

    /// <summary>Writes a message as XML and returns the text.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The XML text.</returns>
    public static string WriteXml(ConjunctionDataMessage message)
    {
        var sw = new StringWriter(CultureInfo.InvariantCulture);
        WriteXml(message, sw);
        return sw.ToString();
    }

    // ------------------------------------------------------------------ KVN

    private static void AppendKvn(StringBuilder sb, CdmEntry e)
    {
        if (e.IsComment)
        {
            sb.Append(e.Value!.Length == 0 ? "COMMENT" : "COMMENT " + e.Value).Append('\n');
            return;
        }
        if ((e.Units is null && e.Value is not null && CdmReader.SplitUnits(e.Value) != (e.Value, null))
            || (e.Units is not null && e.Units.Contains('[')))
            throw new ArgumentException($"The value of {e.Keyword} ('{e.Value}' [{e.Units}]) would read back as units in KVN.", "message");
        sb.Append(e.Keyword.PadRight(KeywordWidth)).Append(" =");
        if (e.Value is not null) sb.Append(' ').Append(e.Value);
        if (e.Units is not null) sb.Append(" [").Append(e.Units).Append(']');
        sb.Append('\n');
    }

    // ------------------------------------------------------------------ XML

    private static void Leaf(XmlWriter x, CdmEntry e)
    {
        x.WriteStartElement(e.Keyword);
        if (e.IsNil) x.WriteAttributeString("xsi", "nil", XsiNamespace, "true");
        if (e.Units is not null) x.WriteAttributeString("units", e.Units);
        if (e.Value is not null) x.WriteString(e.Value);
        x.WriteEndElement();
    }

    private static void WriteRelative(XmlWriter x, IReadOnlyList<CdmEntry> entries)
    {
        x.WriteStartElement(CdmKeywords.RelativeBlock);
        bool inState = false;
        foreach (var e in entries)
        {
            string block = e.XmlContainer
                ?? (!e.IsComment && CdmKeywords.TryGet(e.Keyword, out var info) ? info.Block : CdmKeywords.RelativeBlock);
            bool state = block == CdmKeywords.RelativeStateBlock;
            if (state != inState)
            {
                if (state) x.WriteStartElement(CdmKeywords.RelativeStateBlock);
                else x.WriteEndElement();
                inState = state;
            }
            Leaf(x, e);
        }
        if (inState) x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void WriteObject(XmlWriter x, IReadOnlyList<CdmEntry> entries)
    {
        int n = entries.Count;
        var block = new string?[n];
        var group = new string?[n];
        // Keywords: their XML container if read from XML, else their standard block; unknown ones follow the previous keyword.
        string prevBlock = CdmKeywords.MetadataBlock, prevGroup = "metadata";
        for (int i = 0; i < n; i++)
        {
            var e = entries[i];
            if (e.IsComment) continue;
            if (e.XmlContainer is not null)
            {
                block[i] = e.XmlContainer;
                group[i] = "g" + e.XmlGroup.ToString(CultureInfo.InvariantCulture);
            }
            else if (CdmKeywords.TryGet(e.Keyword, out var info))
            {
                block[i] = info.Block;
                group[i] = info.Block + "/" + info.Category;
            }
            else if (e.Keyword.StartsWith("USER_DEFINED", StringComparison.Ordinal))
            {
                block[i] = CdmKeywords.UserBlock;
                group[i] = CdmKeywords.UserBlock;
            }
            else
            {
                block[i] = prevBlock;
                group[i] = prevGroup;
            }
            prevBlock = block[i]!;
            prevGroup = group[i]!;
        }
        // Comments: their XML container if read from XML, else the block of the next keyword (or of the last one).
        string nextBlock = prevBlock, nextGroup = prevGroup;
        for (int i = n - 1; i >= 0; i--)
        {
            var e = entries[i];
            if (!e.IsComment)
            {
                nextBlock = block[i]!;
                nextGroup = group[i]!;
                continue;
            }
            if (e.XmlContainer is not null)
            {
                block[i] = e.XmlContainer;
                group[i] = "g" + e.XmlGroup.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                block[i] = nextBlock;
                group[i] = nextGroup;
            }
        }

        x.WriteStartElement("segment");
        x.WriteStartElement(CdmKeywords.MetadataBlock);
        bool inData = false;
        string? openGroup = null;
        for (int i = 0; i < n; i++)
        {
            string b = block[i]!;
            if (!inData && b == CdmKeywords.MetadataBlock)
            {
                Leaf(x, entries[i]);
                continue;
            }
            if (!inData)
            {
                x.WriteEndElement(); // metadata
                x.WriteStartElement(CdmKeywords.DataBlock);
                inData = true;
            }
            if (b is CdmKeywords.DataBlock or CdmKeywords.MetadataBlock)
            {
                if (openGroup is not null) { x.WriteEndElement(); openGroup = null; }
                Leaf(x, entries[i]);
                continue;
            }
            if (openGroup != group[i])
            {
                if (openGroup is not null) x.WriteEndElement();
                x.WriteStartElement(b);
                openGroup = group[i];
            }
            Leaf(x, entries[i]);
        }
        if (openGroup is not null) x.WriteEndElement();
        x.WriteEndElement(); // metadata or data
        x.WriteEndElement(); // segment
    }
}
