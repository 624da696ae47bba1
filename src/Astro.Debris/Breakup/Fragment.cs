namespace Astro.Debris.Breakup;

/// <summary>One fragment produced by the NASA Standard Breakup Model. SI units.</summary>
/// <param name="Id">Index of the fragment in <see cref="BreakupResult.Fragments"/> (0-based, dense).</param>
/// <param name="CharacteristicLengthM">Characteristic length Lc (mean of three orthogonal dimensions), m.</param>
/// <param name="AreaM2">Average cross-sectional area from the A(Lc) law, m².</param>
/// <param name="MassKg">Mass, kg (= <paramref name="AreaM2"/> / <paramref name="AreaToMassRatio"/>).</param>
/// <param name="AreaToMassRatio">Area-to-mass ratio A/M, m²/kg.</param>
/// <param name="DeltaVMetersPerSecond">Ejection velocity relative to the parent, m/s, in the frame of the parent's state (isotropic, so any inertial frame).</param>
/// <param name="Source">The parent whose state the fragment inherits.</param>
public readonly record struct Fragment(
    int Id,
    double CharacteristicLengthM,
    double AreaM2,
    double MassKg,
    double AreaToMassRatio,
    Vector3D DeltaVMetersPerSecond,
    FragmentSource Source);
