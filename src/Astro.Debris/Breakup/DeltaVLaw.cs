namespace Astro.Debris.Breakup;

/// <summary>
/// A log-normal ejection-speed law: log10(Δv [m/s]) ~ Normal(μ, σ) with μ = <see cref="Slope"/>·log10(A/M) + <see cref="Intercept"/>.
/// The NASA laws (Johnson et al. 2001, eqs. 11–12) are <see cref="NasaExplosion"/> (μ = 0.2·χ + 1.85) and
/// <see cref="NasaCollision"/> (μ = 0.9·χ + 2.9), both with σ = 0.4. <see cref="LogNormal"/> builds an
/// A/M-independent law, e.g. <c>LogNormal(100, 0.3)</c> (log10 Δv ~ N(2.0, 0.3), the narrower law some codes use
/// for collisions because the NASA collision law is too broad for large fragments).
/// </summary>
public sealed record DeltaVLaw
{
    /// <summary>Creates a law μ = slope·log10(A/M) + intercept, σ = sigma (all in log10 of m/s).</summary>
    /// <param name="slope">d μ / d log10(A/M).</param>
    /// <param name="intercept">μ at A/M = 1 m²/kg, log10(m/s).</param>
    /// <param name="sigma">Standard deviation of log10(Δv), &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite or sigma ≤ 0.</exception>
    public DeltaVLaw(double slope, double intercept, double sigma)
    {
        Preconditions.CheckFinite(slope, nameof(slope));
        Preconditions.CheckFinite(intercept, nameof(intercept));
        Preconditions.CheckFinite(sigma, nameof(sigma));
        if (sigma <= 0) throw new ArgumentOutOfRangeException(nameof(sigma), sigma, "The standard deviation must be positive.");
        Slope = slope;
        Intercept = intercept;
        Sigma = sigma;
    }

    /// <summary>d μ / d log10(A/M) (dimensionless).</summary>
    public double Slope { get; }

    /// <summary>μ at log10(A/M) = 0, in log10(m/s).</summary>
    public double Intercept { get; }

    /// <summary>Standard deviation of log10(Δv [m/s]).</summary>
    public double Sigma { get; }

    /// <summary>NASA SBM explosion law: μ = 0.2·log10(A/M) + 1.85, σ = 0.4.</summary>
    public static DeltaVLaw NasaExplosion { get; } = new(0.2, 1.85, 0.4);

    /// <summary>NASA SBM collision law: μ = 0.9·log10(A/M) + 2.9, σ = 0.4.</summary>
    public static DeltaVLaw NasaCollision { get; } = new(0.9, 2.9, 0.4);

    /// <summary>An A/M-independent log-normal law with the given median speed.</summary>
    /// <param name="medianMetersPerSecond">Median Δv, m/s, &gt; 0.</param>
    /// <param name="sigmaLog10">Standard deviation of log10(Δv), &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">The median is not positive and finite, or sigma ≤ 0.</exception>
    public static DeltaVLaw LogNormal(double medianMetersPerSecond, double sigmaLog10)
    {
        Preconditions.CheckFinite(medianMetersPerSecond, nameof(medianMetersPerSecond));
        if (medianMetersPerSecond <= 0)
            throw new ArgumentOutOfRangeException(nameof(medianMetersPerSecond), medianMetersPerSecond, "The median speed must be positive.");
        return new DeltaVLaw(0, Math.Log10(medianMetersPerSecond), sigmaLog10);
    }

    /// <summary>The mean of log10(Δv [m/s]) for a fragment with the given log10(A/M [m²/kg]).</summary>
    /// <param name="log10AreaToMass">log10 of the area-to-mass ratio in m²/kg.</param>
    public double MeanLog10(double log10AreaToMass) => Slope * log10AreaToMass + Intercept;
}
