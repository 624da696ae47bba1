namespace Astro.Debris.Probability;

/// <summary>
/// A collision probability with what it was computed from and how far it can be trusted. Check <see cref="Flags"/> (or
/// <see cref="IsReliable"/>) before using <see cref="Value"/>: a NaN value always comes with a flag and a
/// <see cref="Reason"/>, and an approximation outside its domain carries <see cref="PcFlags.IllConditioned"/>.
/// </summary>
public readonly record struct PcResult
{
    /// <summary>The probability (0–1); NaN when undefined (see <see cref="Reason"/>).</summary>
    public double Value { get; init; }

    /// <summary>The method used.</summary>
    public PcMethod Method { get; init; }

    /// <summary>Conditions found (remediated covariance, ill-conditioned approximation, zero relative velocity…).</summary>
    public PcFlags Flags { get; init; }

    /// <summary>The flags in words; null when there is nothing to report.</summary>
    public string? Reason { get; init; }

    /// <summary>Combined hard-body radius (m): the disk radius, or the square's half-width.</summary>
    public double HardBodyRadiusMeters { get; init; }

    /// <summary>Miss distance (km) the value was computed for.</summary>
    public double MissDistanceKm { get; init; }

    /// <summary>Relative speed (km/s); NaN when not known (plane given directly, maximum-Pc methods).</summary>
    public double RelativeSpeedKmPerSecond { get; init; }

    /// <summary>Major-axis standard deviation of the (remediated) encounter-plane covariance (m); NaN when not used.</summary>
    public double SigmaMajorMeters { get; init; }

    /// <summary>Minor-axis standard deviation of the (remediated) encounter-plane covariance (m); NaN when not used.</summary>
    public double SigmaMinorMeters { get; init; }

    /// <summary>For maximum-Pc methods: the standard deviation (or scale factor for <see cref="PcMethod.DilutionMax"/>) that gives the maximum; NaN otherwise.</summary>
    public double MaximizingParameter { get; init; }

    /// <summary>Time by which the states were moved to the linear closest approach (s); 0 when not adjusted.</summary>
    public double TcaOffsetSeconds { get; init; }

    /// <summary>Monte Carlo: lower end of the 95% Clopper–Pearson interval; NaN for other methods.</summary>
    public double ConfidenceLower { get; init; }

    /// <summary>Monte Carlo: upper end of the 95% Clopper–Pearson interval; NaN for other methods.</summary>
    public double ConfidenceUpper { get; init; }

    /// <summary>Monte Carlo: number of trials that hit; 0 for other methods.</summary>
    public long Hits { get; init; }

    /// <summary>Monte Carlo: number of trials; 0 for other methods.</summary>
    public long Trials { get; init; }

    /// <summary>True when the value is finite and not flagged as ill-conditioned, not remediable or not converged.</summary>
    public bool IsReliable =>
        double.IsFinite(Value) &&
        (Flags & (PcFlags.IllConditioned | PcFlags.CovarianceNotRemediable | PcFlags.NotConverged | PcFlags.InvalidInput | PcFlags.ZeroRelativeVelocity)) == 0;
}
