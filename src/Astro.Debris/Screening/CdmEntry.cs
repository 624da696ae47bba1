namespace Astro.Debris.Screening;

/// <summary>
/// One line of a CDM section as written: a keyword with its value and units, or a comment. Messages keep every entry
/// in order (extension and user-defined keywords included), which is what makes read → write → read lossless.
/// </summary>
public sealed class CdmEntry
{
    /// <summary>Creates a keyword entry.</summary>
    /// <param name="keyword">The keyword (letters, digits and '_'; <c>COMMENT</c> makes a comment).</param>
    /// <param name="value">The value text as written (numbers are kept as text, so they round-trip exactly); null for
    /// a keyword given with no value (KVN <c>KEY =</c>, XML <c>nil="true"</c>).</param>
    /// <param name="units">The units as written (the text inside <c>[...]</c> or the XML <c>units</c> attribute), or null.</param>
    /// <exception cref="ArgumentException">The keyword is not a valid name, or a text holds a line break.</exception>
    public CdmEntry(string keyword, string? value, string? units = null)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        if (!CdmKeywords.IsValidKeyword(keyword))
            throw new ArgumentException($"'{keyword}' is not a CDM keyword (letters, digits and '_').", nameof(keyword));
        if (keyword == CdmKeywords.Comment) value ??= "";
        CheckText(value, nameof(value));
        CheckText(units, nameof(units));
        Keyword = keyword;
        Value = value?.Trim();
        Units = string.IsNullOrWhiteSpace(units) ? null : units.Trim();
    }

    /// <summary>Creates a comment entry.</summary>
    /// <param name="text">The comment text (one line).</param>
    /// <returns>The entry.</returns>
    public static CdmEntry Comment(string text) => new(CdmKeywords.Comment, text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>The keyword; <c>COMMENT</c> for a comment.</summary>
    public string Keyword { get; }

    /// <summary>The value text as written (trimmed), the comment text for a comment, or null when the keyword had no value.</summary>
    public string? Value { get; }

    /// <summary>The units as written (e.g. <c>m**2/s</c>), or null.</summary>
    public string? Units { get; }

    /// <summary>True for a comment.</summary>
    public bool IsComment => Keyword == CdmKeywords.Comment;

    /// <summary>True for a keyword that had no value (KVN <c>KEY =</c>, XML <c>nil="true"</c>).</summary>
    public bool IsNil => Value is null;

    /// <summary>1-based line where the entry was read (0 when built in code).</summary>
    internal int Line { get; init; }

    /// <summary>1-based column of the value where the entry was read (0 when built in code).</summary>
    internal int Column { get; init; }

    /// <summary>The XML element the entry was read from (e.g. <c>odParameters</c>), or null.</summary>
    internal string? XmlContainer { get; init; }

    /// <summary>Which XML container element (numbered in document order) the entry was read from; -1 when not from XML.</summary>
    internal int XmlGroup { get; init; } = -1;

    /// <summary>The entry as one KVN line: <c>KEYWORD = value [units]</c> or <c>COMMENT text</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (IsComment) return Value!.Length == 0 ? "COMMENT" : "COMMENT " + Value;
        string s = Value is null ? Keyword + " =" : Keyword + " = " + Value;
        return Units is null ? s : s + " [" + Units + "]";
    }

    private static void CheckText(string? text, string name)
    {
        if (text is not null && text.AsSpan().IndexOfAny('\r', '\n') >= 0)
            throw new ArgumentException("A CDM value, unit or comment must be one line.", name);
    }
}
