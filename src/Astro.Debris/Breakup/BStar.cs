namespace Astro.Debris.Breakup;

/// <summary>
/// The SGP4 drag term B* from a physical ballistic coefficient.
/// </summary>
/// <remarks>
/// SGP4 models drag with B* = ½·ρ0·B, where B = Cd·A/m (m²/kg) is the ballistic coefficient and ρ0 the model's
/// reference density. B* is expressed in 1/earth radii, so ρ0 must be given per earth radius: Vallado quotes
/// ρ0 = 2.461×10⁻⁵ kg/m²/ER, but that figure only gives the values SGP4 users observe when it is multiplied by
/// R_E = 6378.135 (the WGS-72 radius in km) — equivalently, a density of 2.461×10⁻⁸ kg/m³ times R_E in metres:
/// ρ0·R_E = 0.1569659 kg/m² per earth radius. Hence
/// <c>B* [1/ER] = ½ × 2.461×10⁻⁵ × 6378.135 × Cd × A/m = 0.07848295 × Cd × A/m</c> (A/m in m²/kg), and conversely
/// Cd·A/m = 12.74162 × B*. With the default Cd = 2.2, B* = 0.17266 × A/m: A/m = 0.01 m²/kg gives B* ≈ 1.73×10⁻³,
/// 1 m²/kg gives 0.173.
/// </remarks>
public static class BStar
{
    /// <summary>The reference density figure as quoted by Vallado, 2.461×10⁻⁵ (kg/m²/ER before the R_E factor).</summary>
    public const double ReferenceDensity = 2.461e-5;

    /// <summary>½·ρ0·R_E = 0.07848295… : B* (1/ER) per unit Cd·A/m (m²/kg).</summary>
    public const double PerBallisticCoefficient = 0.5 * ReferenceDensity * 6378.135;

    /// <summary>The drag coefficient used when none is given (2.2, the usual value for compact debris).</summary>
    public const double DefaultDragCoefficient = 2.2;

    /// <summary>B* (1/earth radii) for an area-to-mass ratio and a drag coefficient.</summary>
    /// <param name="areaToMassRatio">A/m, m²/kg (non-negative, finite).</param>
    /// <param name="dragCoefficient">Cd (positive, finite; default 2.2).</param>
    /// <exception cref="ArgumentOutOfRangeException">A/m is negative or not finite, or Cd is not positive and finite.</exception>
    public static double FromAreaToMass(double areaToMassRatio, double dragCoefficient = DefaultDragCoefficient)
    {
        if (!(areaToMassRatio >= 0.0) || !double.IsFinite(areaToMassRatio))
            throw new ArgumentOutOfRangeException(nameof(areaToMassRatio), areaToMassRatio, "The area-to-mass ratio must be non-negative and finite (m²/kg).");
        if (!(dragCoefficient > 0.0) || !double.IsFinite(dragCoefficient))
            throw new ArgumentOutOfRangeException(nameof(dragCoefficient), dragCoefficient, "The drag coefficient must be positive and finite.");
        return PerBallisticCoefficient * dragCoefficient * areaToMassRatio;
    }

    /// <summary>The ballistic coefficient Cd·A/m (m²/kg) that a B* (1/earth radii) stands for: B* / 0.07848295.</summary>
    /// <param name="bStar">B*, 1/earth radii (finite).</param>
    /// <exception cref="ArgumentOutOfRangeException">B* is not finite.</exception>
    public static double ToBallisticCoefficient(double bStar)
    {
        Preconditions.CheckFinite(bStar, nameof(bStar));
        return bStar / PerBallisticCoefficient;
    }
}
