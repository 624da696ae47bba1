using Astro.Debris.Elements;

namespace Astro.Debris.Breakup;

/// <summary>Options of <see cref="FragmentElementConverter.Convert"/>. Immutable; validated on assignment.</summary>
public sealed record FragmentConversionOptions
{
    private readonly double _dragCoefficient = BStar.DefaultDragCoefficient;
    private readonly double _reentryAltitudeKm = FragmentClassifier.DefaultReentryAltitudeKm;
    private readonly int _firstCatalogNumber = DefaultFirstCatalogNumber;
    private readonly int _maxCatalogNumber = Alpha5.MaxCatalogNumber;
    private readonly string? _namePrefix = "FRAG";
    private readonly string _internationalDesignator = "";
    private readonly MeanElementFitter _fitter = MeanElementFitter.Default;
    private readonly int _maxDegreeOfParallelism = 1;

    /// <summary>
    /// The default first synthetic catalogue number, 80,000: the start of the range the catalogue keeps for analyst
    /// objects, so synthetic fragments are not mistaken for real ones; numbers from 100,000 on are written in Alpha-5.
    /// </summary>
    public const int DefaultFirstCatalogNumber = 80_000;

    /// <summary>The largest catalogue number an element set may hold (OMM's limit), 999,999,999.</summary>
    public const int AbsoluteMaxCatalogNumber = 999_999_999;

    /// <summary>Default options: Cd 2.2, re-entry altitude 100 km, numbers from 80,000 (consecutive, TLE-writable), names "FRAG nnnnnn", one thread.</summary>
    public static FragmentConversionOptions Default { get; } = new();

    /// <summary>Drag coefficient Cd for B* (default 2.2; positive).</summary>
    public double DragCoefficient
    {
        get => _dragCoefficient;
        init => _dragCoefficient = value > 0.0 && double.IsFinite(value) ? value
            : throw new ArgumentOutOfRangeException(nameof(DragCoefficient), value, "The drag coefficient must be positive and finite.");
    }

    /// <summary>Perigee altitude, km above 6378.135 km, below which a fragment is sub-orbital (default 100 km; see <see cref="FragmentClassifier"/>).</summary>
    public double ReentryAltitudeKm
    {
        get => _reentryAltitudeKm;
        init => _reentryAltitudeKm = double.IsFinite(value) ? value
            : throw new ArgumentOutOfRangeException(nameof(ReentryAltitudeKm), value, "The re-entry altitude must be finite.");
    }

    /// <summary>The first synthetic catalogue number (default 80,000; 1 … <see cref="MaxCatalogNumber"/>).</summary>
    public int FirstCatalogNumber
    {
        get => _firstCatalogNumber;
        init => _firstCatalogNumber = value is >= 1 and <= AbsoluteMaxCatalogNumber ? value
            : throw new ArgumentOutOfRangeException(nameof(FirstCatalogNumber), value, $"The first catalogue number must lie in 1..{AbsoluteMaxCatalogNumber}.");
    }

    /// <summary>
    /// The largest catalogue number the range may reach (default 339,999 = <see cref="Alpha5.MaxCatalogNumber"/>, the
    /// largest a TLE can hold). Raise it up to 999,999,999 only when the sets will be written as OMM. A conversion whose
    /// numbers would pass it is refused with an <see cref="ArgumentException"/> before any fitting.
    /// </summary>
    public int MaxCatalogNumber
    {
        get => _maxCatalogNumber;
        init => _maxCatalogNumber = value is >= 1 and <= AbsoluteMaxCatalogNumber ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxCatalogNumber), value, $"The maximum catalogue number must lie in 1..{AbsoluteMaxCatalogNumber}.");
    }

    /// <summary>How numbers are assigned (default <see cref="CatalogNumberAssignment.Consecutive"/>).</summary>
    public CatalogNumberAssignment CatalogNumberAssignment { get; init; } = CatalogNumberAssignment.Consecutive;

    /// <summary>
    /// Name prefix: fragment <c>k</c> (0-based input index) is named <c>"{prefix} {k + 1:D6}"</c>, e.g. "FRAG 000123"
    /// (default "FRAG"; at most 16 characters; null for no names).
    /// </summary>
    public string? NamePrefix
    {
        get => _namePrefix;
        init => _namePrefix = value is null || value.Length <= 16 ? value
            : throw new ArgumentOutOfRangeException(nameof(NamePrefix), value, "The name prefix must have at most 16 characters (TLE names hold 24).");
    }

    /// <summary>International designator given to every fragment (TLE form, up to 8 ASCII letters and digits, e.g. "82092"; default empty).</summary>
    public string InternationalDesignator
    {
        get => _internationalDesignator;
        init => _internationalDesignator = value is not null && value.Length <= 8 && value.All(char.IsAsciiLetterOrDigit) ? value
            : throw new ArgumentException($"International designator '{value}' does not fit TLE columns 10-17 (up to 8 ASCII letters and digits).", nameof(InternationalDesignator));
    }

    /// <summary>The fitter (tolerances and iteration limits; default <see cref="MeanElementFitter.Default"/>).</summary>
    public MeanElementFitter Fitter
    {
        get => _fitter;
        init => _fitter = value ?? throw new ArgumentNullException(nameof(Fitter));
    }

    /// <summary>Threads used for fitting (default 1; −1 for all cores). Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init => _maxDegreeOfParallelism = value == -1 || value >= 1 ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, "Use -1 (all cores) or a positive thread count.");
    }
}
