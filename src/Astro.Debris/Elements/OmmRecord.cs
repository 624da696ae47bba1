using System.Globalization;
using System.Text.RegularExpressions;
using Astro.Debris.Time;

namespace Astro.Debris.Elements;

/// <summary>The keyword/value pairs of one OMM, with where each value was found; converts itself to an <see cref="ElementSet"/>.</summary>
internal sealed partial class OmmRecord
{
    private readonly Dictionary<string, (string Value, int Line, int Column)> _values = new(StringComparer.Ordinal);

    public OmmRecord(string source, int line, int column)
    {
        Source = source;
        Line = line;
        Column = column;
    }

    public string Source { get; }

    public int Line { get; }

    public int Column { get; }

    public int Count => _values.Count;

    /// <summary>Adds a keyword (upper-cased); a keyword already present is an error.</summary>
    public void Add(string key, string value, int line, int column)
    {
        key = key.ToUpperInvariant();
        int bad = IndexOfLoneSurrogate(value);
        if (bad >= 0)
            throw new ElementsFormatException(Source, line, column + bad, $"{key}: valid Unicode text, found a lone UTF-16 surrogate U+{(int)value[bad]:X4}");
        if (_values.TryGetValue(key, out var first))
            throw new ElementsFormatException(Source, line, column, $"each keyword once per OMM: {key} already appeared at line {first.Line}");
        _values.Add(key, (value, line, column));
    }

    /// <summary>Index of the first unpaired surrogate (text that cannot be encoded as UTF-8 and written back), or −1.</summary>
    private static int IndexOfLoneSurrogate(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            if (char.IsSurrogate(s[i])) return i;
        }
        return -1;
    }

    private bool TryGet(string key, out string value, out int line, out int column)
    {
        if (_values.TryGetValue(key, out var v) && v.Value.Trim().Length > 0)
        {
            value = v.Value.Trim();
            line = v.Line;
            column = v.Column;
            return true;
        }
        value = "";
        line = Line;
        column = Column;
        return false;
    }

    private ElementsFormatException Missing(string key, string what)
        => new(Source, Line, Column, $"the mandatory OMM keyword {key} ({what}) in this message");

    private double Number(string key, string what, double min, double max, bool maxInclusive, bool required, double fallback = 0.0)
    {
        if (!TryGet(key, out string text, out int line, out int column))
        {
            if (required) throw Missing(key, what);
            return fallback;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            throw new ElementsFormatException(Source, line, column, $"{key}: {what}, a decimal number such as 51.6416, .0007 or -.22483E-4, found '{text}'");
        if (!(value >= min) || (maxInclusive ? value > max : value >= max))
            throw new ElementsFormatException(Source, line, column, $"{key}: {what}, found {text} (out of range)");
        return value;
    }

    private int Integer(string key, string what, int min, int max, bool required)
    {
        if (!TryGet(key, out string text, out int line, out int column))
        {
            if (required) throw Missing(key, what);
            return 0;
        }
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value) || value < min || value > max)
            throw new ElementsFormatException(Source, line, column, $"{key}: {what}, found '{text}'");
        return (int)value;
    }

    private void CheckConstant(string key, params string[] allowed)
    {
        if (!TryGet(key, out string text, out int line, out int column)) return;
        foreach (string a in allowed)
        {
            if (string.Equals(text, a, StringComparison.OrdinalIgnoreCase)) return;
        }
        throw new ElementsFormatException(Source, line, column, $"{key}: {string.Join(" or ", allowed)} (SGP4 mean elements), found '{text}'");
    }

    /// <summary>Converts to an element set; every problem is an <see cref="ElementsFormatException"/> at the value or at the message start.</summary>
    public ElementSet ToElementSet()
    {
        CheckConstant("CENTER_NAME", "EARTH");
        CheckConstant("REF_FRAME", "TEME");
        CheckConstant("TIME_SYSTEM", "UTC");
        if (TryGet("MEAN_ELEMENT_THEORY", out string theory, out int tl, out int tc)
            && string.Equals(theory, "SGP4-XP", StringComparison.OrdinalIgnoreCase))
            throw new ElementsFormatException(Source, tl, tc, "MEAN_ELEMENT_THEORY: SGP4 or SGP/SGP4; SGP4-XP elements are not supported (SGP4 would give plausible but wrong states)");
        CheckConstant("MEAN_ELEMENT_THEORY", "SGP4", "SGP/SGP4");

        int ephemerisType = Integer("EPHEMERIS_TYPE", "an integer 0..9", 0, 9, required: false);
        if (ephemerisType == 4)
        {
            TryGet("EPHEMERIS_TYPE", out _, out int el, out int ec);
            throw new ElementsFormatException(Source, el, ec, "EPHEMERIS_TYPE 0 or 2: type 4 (SGP4-XP, with AGOM and BTERM) is not supported, SGP4 would give plausible but wrong states");
        }

        if (!TryGet("EPOCH", out string epochText, out int epl, out int epc)) throw Missing("EPOCH", "ISO-8601 UTC time");
        if (!Epoch.TryParse(epochText, out Epoch epoch))
            throw new ElementsFormatException(Source, epl, epc, $"EPOCH: an ISO-8601 UTC time such as 2020-10-13T04:52:48.472320 (optionally with Z), found '{epochText}'");

        if (!TryGet("MEAN_MOTION", out _, out _, out _) && TryGet("SEMI_MAJOR_AXIS", out _, out int sl, out int sc))
            throw new ElementsFormatException(Source, sl, sc, "MEAN_MOTION in rev/day (SGP4 elements need mean motion; SEMI_MAJOR_AXIS is not accepted in its place)");
        double meanMotion = Number("MEAN_MOTION", "mean motion in rev/day > 0", 0.0, double.MaxValue, true, required: true);
        if (!(meanMotion > 0.0))
        {
            TryGet("MEAN_MOTION", out string mt, out int ml, out int mc);
            throw new ElementsFormatException(Source, ml, mc, $"MEAN_MOTION: mean motion in rev/day > 0, found {mt}");
        }
        double eccentricity = Number("ECCENTRICITY", "eccentricity 0 <= e < 1", 0.0, 1.0, false, required: true);
        double inclination = Number("INCLINATION", "degrees 0..180", 0.0, 180.0, true, required: true);
        double raan = Number("RA_OF_ASC_NODE", "degrees 0..360", 0.0, 360.0, true, required: true);
        double argp = Number("ARG_OF_PERICENTER", "degrees 0..360", 0.0, 360.0, true, required: true);
        double meanAnomaly = Number("MEAN_ANOMALY", "degrees 0..360", 0.0, 360.0, true, required: true);
        int catalog = Integer("NORAD_CAT_ID", "a catalogue number 0..999999999", 0, 999_999_999, required: true);
        double bstar = Number("BSTAR", "B* drag term in 1/earth radii", double.MinValue, double.MaxValue, true, required: true);
        double ndot = Number("MEAN_MOTION_DOT", "rev/day²", double.MinValue, double.MaxValue, true, required: false);
        double nddot = Number("MEAN_MOTION_DDOT", "rev/day³", double.MinValue, double.MaxValue, true, required: false);
        int elementSet = Integer("ELEMENT_SET_NO", "an integer 0..999999999", 0, 999_999_999, required: false);
        int revolution = Integer("REV_AT_EPOCH", "an integer 0..999999999", 0, 999_999_999, required: false);

        char classification = 'U';
        if (TryGet("CLASSIFICATION_TYPE", out string cls, out int cl, out int cc))
        {
            if (cls.Length != 1 || !char.IsAsciiLetterUpper(cls[0]))
                throw new ElementsFormatException(Source, cl, cc, $"CLASSIFICATION_TYPE: one letter U, C or S, found '{cls}'");
            classification = cls[0];
        }

        string? name = TryGet("OBJECT_NAME", out string nm, out _, out _) ? nm : null;
        string designator = TryGet("OBJECT_ID", out string id, out _, out _) ? ObjectIdToDesignator(id) : "";

        return new ElementSet
        {
            CatalogNumber = catalog,
            Name = name,
            Classification = classification,
            InternationalDesignator = designator,
            Epoch = epoch,
            MeanMotionDot = ndot,
            MeanMotionDdot = nddot,
            BStar = bstar,
            EphemerisType = ephemerisType,
            ElementSetNumber = elementSet,
            Inclination = inclination * TleText.DegreesToRadians,
            RightAscensionOfAscendingNode = raan * TleText.DegreesToRadians,
            Eccentricity = eccentricity,
            ArgumentOfPerigee = argp * TleText.DegreesToRadians,
            MeanAnomaly = meanAnomaly * TleText.DegreesToRadians,
            MeanMotion = meanMotion,
            RevolutionNumber = revolution,
        };
    }

    /// <summary>COSPAR <c>1998-067A</c> → TLE <c>98067A</c>; other text is kept as it is.</summary>
    internal static string ObjectIdToDesignator(string objectId)
    {
        var m = CosparRegex().Match(objectId);
        return m.Success ? string.Concat(m.Groups[1].Value.AsSpan(2, 2), m.Groups[2].Value, m.Groups[3].Value) : objectId;
    }

    /// <summary>TLE <c>98067A</c> → COSPAR <c>1998-067A</c> (pivot 57); other text is kept as it is.</summary>
    internal static string DesignatorToObjectId(string designator)
    {
        var m = TleDesignatorRegex().Match(designator);
        if (!m.Success) return designator;
        int yy = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{TleText.FullYear(yy)}-{m.Groups[2].Value}{m.Groups[3].Value}");
    }

    [GeneratedRegex(@"^(\d{4})-(\d{3})([A-Z]{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex CosparRegex();

    [GeneratedRegex(@"^(\d{2})(\d{3})([A-Z]{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex TleDesignatorRegex();
}
