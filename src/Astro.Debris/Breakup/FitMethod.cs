namespace Astro.Debris.Breakup;

/// <summary>Which algorithm produced a fit's final elements.</summary>
public enum FitMethod
{
    /// <summary>The fixed-point iteration on equinoctial mean elements (the normal case).</summary>
    FixedPoint = 0,

    /// <summary>The Levenberg–Marquardt fallback, used when the fixed point stalled, diverged or hit an SGP4 error.</summary>
    LeastSquares = 1,
}
