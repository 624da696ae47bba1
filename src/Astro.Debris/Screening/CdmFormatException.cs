using Astro.Debris.Elements;

namespace Astro.Debris.Screening;

/// <summary>
/// A malformed CCSDS Conjunction Data Message: says where (source, 1-based line and column), which keyword was
/// involved (when one was) and what was expected.
/// </summary>
public class CdmFormatException : ElementsFormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The source name (file path or a label such as "&lt;string&gt;").</param>
    /// <param name="line">1-based line number (0 when not applicable).</param>
    /// <param name="column">1-based column number (0 when not applicable).</param>
    /// <param name="keyword">The keyword involved (e.g. <c>TCA</c>), or null when the error is not about one.</param>
    /// <param name="expected">What was expected there, in words.</param>
    /// <param name="inner">An underlying exception, if any.</param>
    public CdmFormatException(string source, int line, int column, string? keyword, string expected, Exception? inner = null)
        : base(source, line, column, expected, inner)
    {
        Keyword = keyword;
    }

    /// <summary>The keyword involved (e.g. <c>MISS_DISTANCE</c>), or null when the error is not about one keyword.</summary>
    public string? Keyword { get; }
}
