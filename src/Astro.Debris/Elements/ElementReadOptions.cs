namespace Astro.Debris.Elements;

/// <summary>Options shared by the element-set readers (TLE and OMM).</summary>
public sealed record ElementReadOptions
{
    /// <summary>The defaults: checksums verified, stop at the first error.</summary>
    public static ElementReadOptions Default { get; } = new();

    /// <summary>
    /// TLE only: verify the modulo-10 checksum in column 69 of each line (default true). When false, a wrong
    /// or missing checksum is accepted (the SGP4 verification file SGP4-VER.TLE needs this).
    /// </summary>
    public bool VerifyChecksum { get; init; } = true;

    /// <summary>Stop at the first malformed record (default) or skip it and report it.</summary>
    public ErrorHandling OnError { get; init; } = ErrorHandling.Stop;
}
