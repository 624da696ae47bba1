namespace Astro.Debris.Elements;

/// <summary>What an element-set reader does when a record is malformed.</summary>
public enum ErrorHandling
{
    /// <summary>Throw the <see cref="ElementsFormatException"/> of the first malformed record.</summary>
    Stop = 0,

    /// <summary>Skip malformed records, keep reading, and report every error in <see cref="ElementReadResult.Errors"/>.</summary>
    SkipAndReport = 1,
}
