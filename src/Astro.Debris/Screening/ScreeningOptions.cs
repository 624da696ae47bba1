using Astro.Debris.Propagation;
using Astro.Debris.Time;

namespace Astro.Debris.Screening;

/// <summary>
/// What to screen and how: the UTC window, the miss-distance threshold, an optional RTN screening volume and the
/// performance knobs (grid step, streaming block length, parallelism, prefilter pad). None of the knobs changes which
/// conjunctions are found — the step and pads enter the no-miss bounds described on <see cref="ConjunctionScreener"/>.
/// </summary>
/// <example>
/// <code>
/// var options = new ScreeningOptions(Epoch.Parse("2009-02-10T00:00:00Z"), Epoch.Parse("2009-02-11T00:00:00Z"), thresholdKm: 5.0);
/// var iss = options with { ThresholdKm = 30.0, Volume = ScreeningVolume.IssBox };
/// </code>
/// </example>
public sealed record ScreeningOptions
{
    private readonly double _thresholdKm;
    private readonly double? _stepSeconds;
    private readonly int _maxDegreeOfParallelism = -1;
    private readonly int _blockSteps;
    private readonly double _prefilterPadKm = 30.0;

    /// <summary>Options for a window and a spherical threshold.</summary>
    /// <param name="start">Window start (UTC).</param>
    /// <param name="end">Window end (UTC), after <paramref name="start"/>.</param>
    /// <param name="thresholdKm">Miss-distance threshold, km (&gt; 0).</param>
    /// <exception cref="ArgumentException">The window is empty or inverted, or the threshold is not a positive finite number.</exception>
    public ScreeningOptions(Epoch start, Epoch end, double thresholdKm)
    {
        Start = start;
        End = end;
        ThresholdKm = thresholdKm;
        Validate();
    }

    /// <summary>Window start (UTC). Only closest approaches with Start ≤ TCA ≤ End are reported.</summary>
    public Epoch Start { get; init; }

    /// <summary>Window end (UTC).</summary>
    public Epoch End { get; init; }

    /// <summary>
    /// Miss-distance threshold, km: an event is reported when the distance at TCA is at most this (and, when
    /// <see cref="Volume"/> is set, the miss vector also lies inside the volume). To screen with a volume only, set
    /// the threshold to at least its <see cref="ScreeningVolume.EnclosingRadiusKm"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Not a positive finite number.</exception>
    public double ThresholdKm
    {
        get => _thresholdKm;
        init => _thresholdKm = double.IsFinite(value) && value > 0.0
            ? value
            : throw new ArgumentException($"The threshold must be a positive finite number of km (got {value}).", nameof(ThresholdKm));
    }

    /// <summary>
    /// Optional screening volume in object 1's RTN frame (e.g. <see cref="ScreeningVolume.IssBox"/>). The search uses
    /// the sphere of radius min(<see cref="ThresholdKm"/>, enclosing radius); events are then filtered in RTN.
    /// </summary>
    public ScreeningVolume? Volume { get; init; }

    /// <summary>
    /// Grid step, seconds; null picks √(8·D/A) clamped to [5, 60] s and rounded down to whole seconds, so that the curvature pad A·h²/8 equals the
    /// search radius D (A: the largest relative acceleration of the objects screened). Any step is safe.
    /// </summary>
    /// <exception cref="ArgumentException">Not a positive finite number of at most 3600 s.</exception>
    public double? StepSeconds
    {
        get => _stepSeconds;
        init => _stepSeconds = value is null || (double.IsFinite(value.Value) && value.Value > 0.0 && value.Value <= 3600.0)
            ? value
            : throw new ArgumentException($"The step must be in (0, 3600] s (got {value}).", nameof(StepSeconds));
    }

    /// <summary>Maximum number of cores (−1 = all). Results do not depend on it.</summary>
    /// <exception cref="ArgumentException">Zero or below −1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init => _maxDegreeOfParallelism = value == -1 || value > 0
            ? value
            : throw new ArgumentException("MaxDegreeOfParallelism must be -1 or positive.", nameof(MaxDegreeOfParallelism));
    }

    /// <summary>
    /// Grid intervals per streamed block (0 = automatic: about 64 MiB of positions per block). Memory is bounded by
    /// (BlockSteps + 1) × objects × 24 bytes whatever the window length. Results do not depend on it.
    /// </summary>
    /// <exception cref="ArgumentException">Negative.</exception>
    public int BlockSteps
    {
        get => _blockSteps;
        init => _blockSteps = value >= 0 ? value : throw new ArgumentException("BlockSteps must be 0 (automatic) or positive.", nameof(BlockSteps));
    }

    /// <summary>
    /// Pad of the apogee/perigee prefilter and of the speed/acceleration bounds, km (default 30): covers SGP4's
    /// short-period terms and the Kozai/Brouwer semi-major-axis difference (each below about 10 km in LEO). A drag term
    /// and, for deep-space objects, a lunar-solar term are added per object (see <see cref="ConjunctionScreener"/>).
    /// </summary>
    /// <exception cref="ArgumentException">Negative or not finite.</exception>
    public double PrefilterPadKm
    {
        get => _prefilterPadKm;
        init => _prefilterPadKm = double.IsFinite(value) && value >= 0.0 ? value : throw new ArgumentException("The pad must be a non-negative finite number of km.", nameof(PrefilterPadKm));
    }

    /// <summary>Gravity model for SGP4 (WGS-72, as TLEs are fitted, by default).</summary>
    public GravityModel GravityModel { get; init; } = GravityModel.Wgs72;

    /// <summary>SGP4 operation mode (improved by default).</summary>
    public OperationMode OperationMode { get; init; } = OperationMode.Improved;

    /// <summary>Radius of the search sphere, km: the threshold, or the volume's enclosing radius when that is smaller.</summary>
    public double SearchRadiusKm => Volume is null ? ThresholdKm : Math.Min(ThresholdKm, Volume.EnclosingRadiusKm);

    /// <summary>Window length, seconds.</summary>
    public double DurationSeconds => End.SecondsSince(Start);

    /// <summary>Checks the cross-property rules (<c>with</c> expressions bypass the constructor).</summary>
    /// <exception cref="ArgumentException">End is not after Start, or an enum value is unknown.</exception>
    public void Validate()
    {
        if (!(End > Start)) throw new ArgumentException($"The window end ({End}) must be after its start ({Start}).", nameof(End));
        if (!Enum.IsDefined(GravityModel)) throw new ArgumentException($"Unknown gravity model {GravityModel}.", nameof(GravityModel));
        if (!Enum.IsDefined(OperationMode)) throw new ArgumentException($"Unknown operation mode {OperationMode}.", nameof(OperationMode));
    }
}
