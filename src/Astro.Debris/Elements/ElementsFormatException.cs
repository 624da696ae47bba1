namespace Astro.Debris.Elements;

/// <summary>
/// Malformed element-set text (TLE, OMM, CDM…): says where (source, 1-based line and column) and what was expected.
/// </summary>
public class ElementsFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The source name (file path or a caller-chosen label such as "&lt;stdin&gt;").</param>
    /// <param name="line">1-based line number (0 when not applicable).</param>
    /// <param name="column">1-based column number (0 when not applicable).</param>
    /// <param name="expected">What was expected there, in words.</param>
    /// <param name="inner">An underlying exception, if any.</param>
    public ElementsFormatException(string source, int line, int column, string expected, Exception? inner = null)
        : base($"{source}:{line}:{column}: {Shorten(expected)}", inner)
    {
        SourceName = source;
        Line = line;
        Column = column;
        Expected = Shorten(expected);
    }

    /// <summary>Longest <see cref="Expected"/> text kept whole; longer texts (which echo an absurdly long value) are cut.</summary>
    public const int MaxExpectedLength = 1000;

    private static string Shorten(string expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (expected.Length <= MaxExpectedLength) return expected;
        int cut = MaxExpectedLength;
        if (char.IsHighSurrogate(expected[cut - 1])) cut--;
        return string.Concat(expected.AsSpan(0, cut), $"… ({expected.Length - cut} more characters)");
    }

    /// <summary>The source name (file path or label).</summary>
    public string SourceName { get; }

    /// <summary>1-based line number.</summary>
    public int Line { get; }

    /// <summary>1-based column number.</summary>
    public int Column { get; }

    /// <summary>What was expected, in words.</summary>
    public string Expected { get; }
}
