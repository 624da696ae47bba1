namespace Astro.Debris.Probability;

/// <summary>Settings of the Monte Carlo collision probability (<see cref="CollisionProbability.MonteCarlo(Vector3D, Vector3D, ReadOnlySpan{double}, double, MonteCarloOptions?)"/>).</summary>
public sealed record MonteCarloOptions
{
    /// <summary>Number of trials (default 1,000,000).</summary>
    public long Trials { get; init; } = 1_000_000;

    /// <summary>Seed of the xoshiro256** generator: the same seed gives the same result on every machine (default 1).</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>
    /// Half-width of the time window around TCA in which a hit counts (s). The default, +∞, counts any closest approach
    /// of the straight relative path, which is the 2D methods' assumption.
    /// </summary>
    public double TimeWindowSeconds { get; init; } = double.PositiveInfinity;
}
