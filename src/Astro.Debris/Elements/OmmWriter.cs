using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace Astro.Debris.Elements;

/// <summary>
/// Writes element sets as CCSDS OMM (version 2.0, SGP4 mean elements, TEME, UTC) in KVN, XML, JSON or CSV, in the
/// CelesTrak layout (JSON numbers; Space-Track style strings on request).
/// </summary>
/// <remarks>
/// Numbers are written in round-trip form. Angles are written in degrees as the shortest decimal that converts back
/// (<c>deg * π/180</c>) to the very same radians, so reading the output gives the same angles. EPOCH is written with
/// microseconds and no zone suffix (as CelesTrak does), so a read-back epoch can differ by up to 0.5 µs.
/// OBJECT_ID is the COSPAR form of the TLE designator (<c>98067A</c> → <c>1998-067A</c>).
/// </remarks>
public static class OmmWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Writes element sets in one OMM encoding.</summary>
    /// <param name="elements">The element sets.</param>
    /// <param name="format">The encoding.</param>
    /// <param name="writer">The destination (line ends are '\n').</param>
    /// <param name="jsonNumbersAsStrings">JSON only: write numbers as strings, as Space-Track does.</param>
    /// <exception cref="ArgumentException">A value is not finite or an angle is out of range.</exception>
    public static void Write(IEnumerable<ElementSet> elements, OmmFormat format, TextWriter writer, bool jsonNumbersAsStrings = false)
    {
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(writer);
        var rows = elements.Select(Fields).ToList();
        switch (format)
        {
            case OmmFormat.Kvn: WriteKvn(rows, writer); break;
            case OmmFormat.Xml: WriteXml(rows, writer); break;
            case OmmFormat.Json: WriteJson(rows, writer, jsonNumbersAsStrings); break;
            case OmmFormat.Csv: WriteCsv(rows, writer); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown OMM format.");
        }
        writer.Flush();
    }

    /// <summary>Writes element sets in one OMM encoding and returns the text.</summary>
    /// <param name="elements">The element sets.</param>
    /// <param name="format">The encoding.</param>
    /// <param name="jsonNumbersAsStrings">JSON only: write numbers as strings, as Space-Track does.</param>
    /// <returns>The OMM text.</returns>
    public static string ToString(IEnumerable<ElementSet> elements, OmmFormat format, bool jsonNumbersAsStrings = false)
    {
        var sw = new StringWriter(Inv);
        Write(elements, format, sw, jsonNumbersAsStrings);
        return sw.ToString();
    }

    private sealed record Row(string Name, string ObjectId, string Epoch, string[] Values);

    // Data keywords in CelesTrak order, and whether they are numbers (JSON).
    private static readonly string[] DataKeys =
    {
        "MEAN_MOTION", "ECCENTRICITY", "INCLINATION", "RA_OF_ASC_NODE", "ARG_OF_PERICENTER", "MEAN_ANOMALY",
        "EPHEMERIS_TYPE", "CLASSIFICATION_TYPE", "NORAD_CAT_ID", "ELEMENT_SET_NO", "REV_AT_EPOCH",
        "BSTAR", "MEAN_MOTION_DOT", "MEAN_MOTION_DDOT",
    };

    private const int ClassificationIndex = 7;
    private const int MeanElementCount = 6;

    private static Row Fields(ElementSet e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.EphemerisType == 4)
            throw new ArgumentException("Ephemeris type 4 (SGP4-XP) cannot be written as SGP4 elements.", nameof(e));
        string epoch = e.Epoch.ToString();
        if (epoch.EndsWith('Z')) epoch = epoch[..^1];
        var values = new[]
        {
            Number(e.MeanMotion, "MeanMotion"),
            Number(e.Eccentricity, "Eccentricity"),
            Degrees(e.Inclination, "Inclination"),
            Degrees(e.RightAscensionOfAscendingNode, "RightAscensionOfAscendingNode"),
            Degrees(e.ArgumentOfPerigee, "ArgumentOfPerigee"),
            Degrees(e.MeanAnomaly, "MeanAnomaly"),
            e.EphemerisType.ToString(Inv),
            e.Classification.ToString(),
            e.CatalogNumber.ToString(Inv),
            e.ElementSetNumber.ToString(Inv),
            e.RevolutionNumber.ToString(Inv),
            Number(e.BStar, "BStar"),
            Number(e.MeanMotionDot, "MeanMotionDot"),
            Number(e.MeanMotionDdot, "MeanMotionDdot"),
        };
        return new Row(e.Name ?? "", OmmRecord.DesignatorToObjectId(e.InternationalDesignator ?? ""), epoch, values);
    }

    private static string Number(double value, string field)
    {
        if (!double.IsFinite(value)) throw new ArgumentException($"{field} {value} is not finite.", nameof(value));
        return value.ToString("R", Inv);
    }

    /// <summary>The shortest decimal number of degrees that converts back (× π/180) to exactly these radians.</summary>
    internal static string Degrees(double radians, string field)
    {
        if (!double.IsFinite(radians)) throw new ArgumentException($"{field} {radians} is not finite.", nameof(radians));
        double degrees = radians * TleText.RadiansToDegrees;
        for (int digits = 1; digits <= 17; digits++)
        {
            string s = degrees.ToString("G" + digits.ToString(Inv), Inv);
            if (double.Parse(s, Inv) * TleText.DegreesToRadians == radians) return s;
        }
        // No decimal near radians·180/π maps back exactly; try neighbouring doubles, then give the nearest.
        double up = degrees, down = degrees;
        for (int k = 0; k < 4; k++)
        {
            up = Math.BitIncrement(up);
            down = Math.BitDecrement(down);
            if (up * TleText.DegreesToRadians == radians) return up.ToString("R", Inv);
            if (down * TleText.DegreesToRadians == radians) return down.ToString("R", Inv);
        }
        return degrees.ToString("R", Inv);
    }

    // ------------------------------------------------------------------ KVN

    private static void WriteKvn(List<Row> rows, TextWriter w)
    {
        bool first = true;
        foreach (var r in rows)
        {
            if (!first) w.Write('\n');
            first = false;
            Kv(w, "CCSDS_OMM_VERS", "2.0");
            Kv(w, "CREATION_DATE", "");
            Kv(w, "ORIGINATOR", "");
            w.Write('\n');
            Kv(w, "OBJECT_NAME", r.Name);
            Kv(w, "OBJECT_ID", r.ObjectId);
            Kv(w, "CENTER_NAME", "EARTH");
            Kv(w, "REF_FRAME", "TEME");
            Kv(w, "TIME_SYSTEM", "UTC");
            Kv(w, "MEAN_ELEMENT_THEORY", "SGP4");
            w.Write('\n');
            Kv(w, "EPOCH", r.Epoch);
            for (int k = 0; k < DataKeys.Length; k++)
            {
                if (k == MeanElementCount) w.Write('\n');
                Kv(w, DataKeys[k], r.Values[k]);
            }
        }
    }

    private static void Kv(TextWriter w, string key, string value)
    {
        if (value.Any(c => c < ' ')) throw new ArgumentException($"{key} value contains a control character.", nameof(value));
        w.Write(key.PadRight(14));
        w.Write(" = ");
        w.Write(value);
        w.Write('\n');
    }

    // ------------------------------------------------------------------ XML

    private static void WriteXml(List<Row> rows, TextWriter w)
    {
        w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            CloseOutput = false,
        };
        using (var x = XmlWriter.Create(w, settings))
        {
            x.WriteStartElement("ndm");
            x.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            x.WriteAttributeString("xsi", "noNamespaceSchemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
                "https://sanaregistry.org/r/ndmxml_unqualified/ndmxml-2.0.0-master-2.0.xsd");
            foreach (var r in rows)
            {
                x.WriteStartElement("omm");
                x.WriteAttributeString("id", "CCSDS_OMM_VERS");
                x.WriteAttributeString("version", "2.0");
                x.WriteStartElement("header");
                x.WriteElementString("CREATION_DATE", "");
                x.WriteElementString("ORIGINATOR", "");
                x.WriteEndElement();
                x.WriteStartElement("body");
                x.WriteStartElement("segment");
                x.WriteStartElement("metadata");
                x.WriteElementString("OBJECT_NAME", r.Name);
                x.WriteElementString("OBJECT_ID", r.ObjectId);
                x.WriteElementString("CENTER_NAME", "EARTH");
                x.WriteElementString("REF_FRAME", "TEME");
                x.WriteElementString("TIME_SYSTEM", "UTC");
                x.WriteElementString("MEAN_ELEMENT_THEORY", "SGP4");
                x.WriteEndElement();
                x.WriteStartElement("data");
                x.WriteStartElement("meanElements");
                x.WriteElementString("EPOCH", r.Epoch);
                for (int k = 0; k < DataKeys.Length; k++)
                {
                    if (k == MeanElementCount)
                    {
                        x.WriteEndElement();
                        x.WriteStartElement("tleParameters");
                    }
                    x.WriteElementString(DataKeys[k], r.Values[k]);
                }
                x.WriteEndElement(); // tleParameters
                x.WriteEndElement(); // data
                x.WriteEndElement(); // segment
                x.WriteEndElement(); // body
                x.WriteEndElement(); // omm
            }
            x.WriteEndElement(); // ndm
        }
        w.Write('\n');
    }

    // ------------------------------------------------------------------ JSON

    private static void WriteJson(List<Row> rows, TextWriter w, bool numbersAsStrings)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var j = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            j.WriteStartArray();
            foreach (var r in rows)
            {
                j.WriteStartObject();
                j.WriteString("OBJECT_NAME", r.Name);
                j.WriteString("OBJECT_ID", r.ObjectId);
                j.WriteString("EPOCH", r.Epoch);
                for (int k = 0; k < DataKeys.Length; k++)
                {
                    if (k == ClassificationIndex || numbersAsStrings)
                    {
                        j.WriteString(DataKeys[k], r.Values[k]);
                    }
                    else
                    {
                        j.WritePropertyName(DataKeys[k]);
                        j.WriteRawValue(r.Values[k], skipInputValidation: false);
                    }
                }
                j.WriteEndObject();
            }
            j.WriteEndArray();
        }
        w.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        w.Write('\n');
    }

    // ------------------------------------------------------------------ CSV

    private static void WriteCsv(List<Row> rows, TextWriter w)
    {
        w.Write("OBJECT_NAME,OBJECT_ID,EPOCH,");
        w.Write(string.Join(',', DataKeys));
        w.Write('\n');
        foreach (var r in rows)
        {
            w.Write(Csv(r.Name));
            w.Write(',');
            w.Write(Csv(r.ObjectId));
            w.Write(',');
            w.Write(r.Epoch);
            foreach (string v in r.Values)
            {
                w.Write(',');
                w.Write(Csv(v));
            }
            w.Write('\n');
        }
    }

    private static string Csv(string value)
    {
        if (value.Any(c => c < ' ')) throw new ArgumentException("A CSV value contains a control character.", nameof(value));
        return value.Contains(',') || value.Contains('"') || value != value.Trim()
            ? "\"" + value.Replace("\"", "\"\"") + "\""
            : value;
    }
}
