namespace Astro.Debris.Breakup;

/// <summary>
/// One fragment to turn into an element set: its TEME state at the event, its area-to-mass ratio and, optionally,
/// its size (carried through to the outcome untouched). Independent of any breakup model's types.
/// </summary>
/// <param name="StateTeme">Position (km) and velocity (km/s) in TEME at the event epoch.</param>
/// <param name="AreaToMassRatio">A/m, m²/kg (non-negative); gives B* through <see cref="BStar.FromAreaToMass"/>.</param>
/// <param name="CharacteristicLengthMeters">Characteristic length Lc, metres, when known.</param>
public readonly record struct FragmentState(StateVector StateTeme, double AreaToMassRatio, double? CharacteristicLengthMeters = null);
