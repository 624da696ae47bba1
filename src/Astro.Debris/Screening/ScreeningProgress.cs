namespace Astro.Debris.Screening;

/// <summary>Progress of a screening run.</summary>
/// <param name="Phase">The phase running.</param>
/// <param name="Fraction">Fraction of that phase done, 0 … 1.</param>
public sealed record ScreeningProgress(ScreeningPhase Phase, double Fraction);
