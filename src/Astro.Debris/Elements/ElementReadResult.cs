namespace Astro.Debris.Elements;

/// <summary>The element sets read from a source, and the errors of the records that were skipped.</summary>
public sealed class ElementReadResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="elements">The element sets read, in source order.</param>
    /// <param name="errors">One error per skipped record, in source order.</param>
    public ElementReadResult(IReadOnlyList<ElementSet> elements, IReadOnlyList<ElementsFormatException> errors)
    {
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(errors);
        Elements = elements;
        Errors = errors;
    }

    /// <summary>The element sets read, in source order.</summary>
    public IReadOnlyList<ElementSet> Elements { get; }

    /// <summary>
    /// The errors of the records that were skipped (only with <see cref="ErrorHandling.SkipAndReport"/>;
    /// with <see cref="ErrorHandling.Stop"/> the first error is thrown instead), in source order.
    /// </summary>
    public IReadOnlyList<ElementsFormatException> Errors { get; }

    /// <summary>True when at least one record was skipped.</summary>
    public bool HasErrors => Errors.Count > 0;
}
