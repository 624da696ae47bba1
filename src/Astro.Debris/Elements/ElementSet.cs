using Astro.Debris.Time;

namespace Astro.Debris.Elements;

/// <summary>
/// One SGP4 mean-element set (the content of a TLE or of a CCSDS OMM with SGP4 theory), immutable.
/// Angles are radians (converted from the text's degrees as <c>deg * (π / 180)</c>, as the reference does);
/// mean motion and its derivatives keep the TLE units.
/// </summary>
public sealed record ElementSet
{
    /// <summary>NORAD catalogue number (1 … 999,999,999; a TLE can hold up to 339,999 through alpha-5).</summary>
    public required int CatalogNumber { get; init; }

    /// <summary>Object name (TLE line 0 / OMM OBJECT_NAME), or null when the source has none.</summary>
    public string? Name { get; init; }

    /// <summary>Classification: 'U' unclassified, 'C' classified, 'S' secret.</summary>
    public char Classification { get; init; } = 'U';

    /// <summary>International designator in TLE form (<c>98067A</c>: 2-digit year, launch number, piece), empty when unknown.</summary>
    public string InternationalDesignator { get; init; } = "";

    /// <summary>Epoch of the elements (UTC).</summary>
    public required Epoch Epoch { get; init; }

    /// <summary>First derivative of mean motion divided by two (the TLE field), rev/day². Not used by SGP4.</summary>
    public double MeanMotionDot { get; init; }

    /// <summary>Second derivative of mean motion divided by six (the TLE field), rev/day³. Not used by SGP4.</summary>
    public double MeanMotionDdot { get; init; }

    /// <summary>B* drag term, 1/earth radii.</summary>
    public double BStar { get; init; }

    /// <summary>Ephemeris type (0 or 2 for SGP4 element sets; 4 = SGP4-XP, which this library refuses).</summary>
    public int EphemerisType { get; init; }

    /// <summary>Element set number.</summary>
    public int ElementSetNumber { get; init; }

    /// <summary>Mean inclination, radians.</summary>
    public required double Inclination { get; init; }

    /// <summary>Mean right ascension of the ascending node, radians.</summary>
    public required double RightAscensionOfAscendingNode { get; init; }

    /// <summary>Mean eccentricity (dimensionless).</summary>
    public required double Eccentricity { get; init; }

    /// <summary>Mean argument of perigee, radians.</summary>
    public required double ArgumentOfPerigee { get; init; }

    /// <summary>Mean anomaly, radians.</summary>
    public required double MeanAnomaly { get; init; }

    /// <summary>Mean (Kozai) mean motion, revolutions per day.</summary>
    public required double MeanMotion { get; init; }

    /// <summary>Revolution number at epoch.</summary>
    public int RevolutionNumber { get; init; }
}
