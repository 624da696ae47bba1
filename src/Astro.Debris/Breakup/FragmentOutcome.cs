using Astro.Debris.Elements;

namespace Astro.Debris.Breakup;

/// <summary>What became of one fragment in <see cref="FragmentElementConverter.Convert"/>.</summary>
/// <param name="Index">The fragment's 0-based position in the input.</param>
/// <param name="OrbitClass">Orbital, sub-orbital or escaping.</param>
/// <param name="Eccentricity">Osculating (two-body) eccentricity of the input state.</param>
/// <param name="PerigeeAltitudeKm">Osculating perigee altitude, km above 6378.135 km.</param>
/// <param name="BStar">B* from the fragment's A/m and the drag coefficient, 1/earth radii.</param>
/// <param name="CatalogNumber">The synthetic catalogue number, or null when the fragment got none (not orbital under <see cref="CatalogNumberAssignment.Consecutive"/>).</param>
/// <param name="Fit">The fit, or null when the fragment is not orbital (not fitted).</param>
/// <param name="Elements">
/// The named, numbered element set when the fit produced one (<see cref="FitStatus.Converged"/>, or
/// <see cref="FitStatus.NotConverged"/> with the residual in <see cref="Fit"/>); otherwise null.
/// </param>
/// <param name="CharacteristicLengthMeters">The size given with the input, if any.</param>
public sealed record FragmentOutcome(
    int Index,
    FragmentOrbitClass OrbitClass,
    double Eccentricity,
    double PerigeeAltitudeKm,
    double BStar,
    int? CatalogNumber,
    FitResult? Fit,
    ElementSet? Elements,
    double? CharacteristicLengthMeters);
