using System.Globalization;
using Astro.Debris.Time;

namespace Astro.Debris.Screening;

/// <summary>
/// Typed access to the entries of one CDM section, with errors that name the keyword, line and column. Checks
/// that every keyword appears once.
/// </summary>
internal sealed class CdmFields
{
    private readonly Dictionary<string, CdmEntry> _map = new(StringComparer.Ordinal);

    public CdmFields(string source, IReadOnlyList<CdmEntry> entries, string sectionName, int sectionLine)
    {
        Source = source;
        SectionName = sectionName;
        SectionLine = sectionLine;
        Entries = entries;
        foreach (var e in entries)
        {
            if (e.IsComment) continue;
            if (!_map.TryAdd(e.Keyword, e))
            {
                var first = _map[e.Keyword];
                throw new CdmFormatException(source, e.Line, e.Column, e.Keyword,
                    $"each keyword once in {sectionName}: {e.Keyword} repeats the one at line {first.Line}");
            }
        }
    }

    public string Source { get; }

    public string SectionName { get; }

    public int SectionLine { get; }

    public IReadOnlyList<CdmEntry> Entries { get; }

    public CdmEntry? Find(string keyword) => _map.GetValueOrDefault(keyword);

    /// <summary>The line to report for a section-wide problem: the last entry's line, else the section's line.</summary>
    public CdmFormatException Missing(string keyword, string? detail = null)
    {
        var e = Find(keyword);
        if (e is not null)
            return new CdmFormatException(Source, e.Line, e.Column, keyword, $"a value for the mandatory keyword {keyword} in {SectionName}, found none");
        return new CdmFormatException(Source, SectionLine, 1, keyword,
            $"the mandatory keyword {keyword} in {SectionName}{detail}");
    }

    public CdmFormatException Error(CdmEntry e, string expected) => new(Source, e.Line, e.Column, e.Keyword, expected);

    public string? Text(string keyword) => Find(keyword)?.Value;

    public string RequiredText(string keyword) => Text(keyword) ?? throw Missing(keyword);

    public double RequiredDouble(string keyword)
    {
        var e = Find(keyword);
        if (e?.Value is null) throw Missing(keyword);
        if (TryParseFinite(e.Value, out double v)) return v;
        throw Error(e, $"a finite number for {keyword}, found '{e.Value}'");
    }

    /// <summary>An optional number; a literal <c>NaN</c> (CARA test files use it for unknown values) reads as absent.</summary>
    public double? OptionalDouble(string keyword)
    {
        var e = Find(keyword);
        if (e?.Value is null) return null;
        if (IsNaNText(e.Value)) return null;
        if (TryParseFinite(e.Value, out double v)) return v;
        throw Error(e, $"a finite number for {keyword}, found '{e.Value}'");
    }

    /// <summary>An optional non-negative integer; a literal <c>NaN</c> reads as absent.</summary>
    public int? OptionalCount(string keyword)
    {
        var e = Find(keyword);
        if (e?.Value is null) return null;
        if (IsNaNText(e.Value)) return null;
        if (int.TryParse(e.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v) && v >= 0) return v;
        throw Error(e, $"a non-negative integer for {keyword}, found '{e.Value}'");
    }

    public Epoch RequiredEpoch(string keyword)
    {
        var e = Find(keyword);
        if (e?.Value is null) throw Missing(keyword);
        return ParseEpoch(e);
    }

    public Epoch? OptionalEpoch(string keyword)
    {
        var e = Find(keyword);
        if (e?.Value is null) return null;
        return ParseEpoch(e);
    }

    private Epoch ParseEpoch(CdmEntry e)
    {
        if (Epoch.TryParse(e.Value, out var epoch, out string? why)) return epoch;
        throw Error(e, $"a UTC time (yyyy-MM-ddTHH:mm:ss.fff or yyyy-DDDTHH:mm:ss.fff) for {e.Keyword}, found '{e.Value}' ({why})");
    }

    /// <summary>Three keywords that come together (all or none), as a vector.</summary>
    public Vector3D? OptionalTriple(string x, string y, string z)
    {
        var ex = Find(x); var ey = Find(y); var ez = Find(z);
        bool any = ex?.Value is not null || ey?.Value is not null || ez?.Value is not null;
        if (!any) return null;
        foreach (var (k, e) in new[] { (x, ex), (y, ey), (z, ez) })
        {
            if (e?.Value is null) throw Missing(k, $" ({x}, {y} and {z} come together)");
        }
        return new Vector3D(RequiredDouble(x), RequiredDouble(y), RequiredDouble(z));
    }

    internal static bool IsNaNText(string text) => text.Trim().Equals("NaN", StringComparison.OrdinalIgnoreCase);

    internal static bool TryParseFinite(string text, out double value)
    {
        // AllowThousands is off: "1,5" must not read as 15. Infinity and NaN are refused by the finiteness check.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value)) return true;
        value = 0;
        return false;
    }
}
