namespace Astro.Debris.Breakup;

/// <summary>Classifies fragment states as orbital, sub-orbital or escaping (see <see cref="FragmentOrbitClass"/>).</summary>
/// <remarks>
/// The test uses the osculating two-body conic of the TEME state with the WGS-72 μ = 398600.8 km³/s²: escape when the
/// specific energy is non-negative (parabola or hyperbola, e ≥ 1); otherwise (an ellipse, including the degenerate
/// radial one with e = 1 and no angular momentum) sub-orbital when the perigee radius h²/(μ(1 + e)) is below
/// R_E + the re-entry altitude, with R_E = 6378.135 km (the WGS-72 equatorial radius SGP4 uses; the Earth's
/// flattening is ignored, which errs towards keeping fragments over the poles). Escape takes precedence over
/// sub-orbital. The default re-entry altitude, <see cref="DefaultReentryAltitudeKm"/> = 100 km, is the conventional
/// edge of space: below it a fragment re-enters within about one revolution, which SGP4 cannot usefully model.
/// Pass 0 to keep everything whose perigee clears the surface.
/// </remarks>
public static class FragmentClassifier
{
    /// <summary>The default re-entry altitude, km above the WGS-72 equatorial radius (100 km).</summary>
    public const double DefaultReentryAltitudeKm = 100.0;

    /// <summary>Classifies a TEME state (km, km/s).</summary>
    /// <param name="stateTeme">The fragment's state at the event.</param>
    /// <param name="reentryAltitudeKm">Perigee altitude (km above 6378.135 km) below which a fragment is sub-orbital; finite, may be negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">The state or the altitude is not finite, or the position is zero.</exception>
    public static FragmentOrbitClass Classify(StateVector stateTeme, double reentryAltitudeKm = DefaultReentryAltitudeKm) =>
        Classify(stateTeme, reentryAltitudeKm, out _, out _);

    /// <summary>Classifies and returns the osculating eccentricity and perigee altitude (km above 6378.135 km).</summary>
    internal static FragmentOrbitClass Classify(in StateVector s, double reentryAltitudeKm, out double eccentricity, out double perigeeAltitudeKm)
    {
        Vector3D r = s.Position, v = s.Velocity;
        if (!(double.IsFinite(r.X) && double.IsFinite(r.Y) && double.IsFinite(r.Z)
              && double.IsFinite(v.X) && double.IsFinite(v.Y) && double.IsFinite(v.Z)) || r.NormSquared == 0.0)
            throw new ArgumentOutOfRangeException(nameof(s), s, "The state must be finite with a non-zero position.");
        Preconditions.CheckFinite(reentryAltitudeKm, nameof(reentryAltitudeKm));
        const double mu = KeplerianElements.MuWgs72;
        double rn = r.Norm;
        double energy = 0.5 * v.NormSquared - mu / rn;
        Vector3D ev = ((v.NormSquared - mu / rn) * r - Vector3D.Dot(r, v) * v) / mu;
        eccentricity = ev.Norm;
        double h2 = Vector3D.Cross(r, v).NormSquared;
        perigeeAltitudeKm = h2 / (mu * (1.0 + eccentricity)) - KeplerianElements.RadiusWgs72Km;
        if (!(energy < 0.0)) return FragmentOrbitClass.Escape;
        return perigeeAltitudeKm < reentryAltitudeKm ? FragmentOrbitClass.SubOrbital : FragmentOrbitClass.Orbital;
    }
}
