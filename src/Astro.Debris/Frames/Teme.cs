using Astro.Debris.Time;

namespace Astro.Debris.Frames;

/// <summary>
/// Conversions of the True Equator, Mean Equinox (TEME) frame, in which SGP4 produces its states, to and from
/// the Earth-fixed frame (ECEF: pseudo-Earth-fixed PEF via GMST-82, then ITRF when polar motion is given) and the
/// mean-of-J2000 / GCRF frame (IAU-76/FK5 reduction). Positions in km, velocities in km/s.
/// </summary>
/// <remarks>
/// <para>
/// TEME → PEF follows Vallado et al., "Revisiting Spacetrack Report #3", AIAA 2006-6753 (the reference's
/// teme2ecef): r_PEF = R3(θ_GMST) r_TEME, v_PEF = R3(θ_GMST) v_TEME − ω × r_PEF, with θ_GMST the IAU-82 GMST
/// of UT1 = UTC + ΔUT1 and ω = 7.29211514670698e-5 (1 − LOD/86400) rad/s about z. Polar motion then gives
/// ITRF: r_ITRF = Wᵀ r_PEF with W = R1(y_p) R2(x_p) (exact rotations, not the small-angle form).
/// </para>
/// <para>
/// TEME → GCRF follows the reference's teme2eci: r_J2000 = P N R3(−Eq) r_TEME with IAU-76 precession P,
/// IAU-80 nutation N (full 106-term series plus optional dPsi/dEps corrections) and Eq = Δψ cos ε̄ without the
/// 1997 kinematic terms by default. Pass <c>kinematicTerms: true</c> to use the complete equation of the equinoxes
/// (adds 0.00264″ sin Ω + 0.000063″ sin 2Ω, at most 0.0027″ ≈ 9 cm at LEO distances), which is how the worked
/// TEME example of Vallado's Table 3-6 / AIAA 2006-6753 relates TEME to GCRF. Without dPsi/dEps the result is the
/// FK5 mean-of-J2000 ("J2000") frame, which differs from GCRF by the frame bias and IAU-1980 model errors (~0.6 m at
/// LEO in Vallado's example); with the IERS dPsi/dEps corrections, ITRF → TEME → GCRF reproduces the GCRF vector of
/// Vallado's Example 3-15 to its printed digits.
/// The model is driven by Terrestrial Time; the API takes a UTC <see cref="Epoch"/> plus TT − UTC in seconds,
/// which is ΔAT + 32.184 s (ΔAT = TAI − UTC, the accumulated leap seconds). The default,
/// <see cref="DefaultTtMinusUtcSeconds"/> = 69.184 s, holds from 2017-01-01 until the next leap second (37 leap seconds); pass the
/// right value for earlier dates (e.g. 64.184 s for 2004).
/// </para>
/// <para>
/// Velocities are rotated without the (tiny, ~1e-12 rad/s) rates of precession and nutation, as in teme2eci.
/// </para>
/// </remarks>
public static class Teme
{
    /// <summary>Nominal Earth rotation rate, rad/s (Vallado; the reference's teme2ecef before the LOD scaling).</summary>
    public const double EarthRotationRate = 7.29211514670698e-05;

    /// <summary>Default TT − UTC in seconds: 37 leap seconds (since 2017-01-01) + 32.184 s.</summary>
    public const double DefaultTtMinusUtcSeconds = 69.184;

    private const double SecondsPerDay = 86400.0;

    /// <summary>Earth rotation rate scaled for the excess length of day, rad/s: ω (1 − LOD/86400).</summary>
    /// <param name="lengthOfDaySeconds">Excess length of day, seconds.</param>
    public static double RotationRate(double lengthOfDaySeconds) => EarthRotationRate * (1.0 - lengthOfDaySeconds / SecondsPerDay);

    // ---------------------------------------------------------------- TEME <-> ECEF

    /// <summary>Converts a TEME state to the Earth-fixed frame (PEF, or ITRF when <paramref name="eop"/> has polar motion).</summary>
    /// <param name="teme">State in TEME, km and km/s.</param>
    /// <param name="utc">Instant, UTC.</param>
    /// <param name="eop">Earth orientation: ΔUT1, polar motion and LOD are used; <c>default</c> for none.</param>
    public static StateVector ToEcef(StateVector teme, Epoch utc, EarthOrientationParameters eop = default)
    {
        var t = EarthRotation.Create(utc, eop);
        return t.ToEcef(teme);
    }

    /// <summary>Converts a TEME position to the Earth-fixed frame.</summary>
    /// <param name="positionTeme">Position in TEME, km.</param>
    /// <param name="utc">Instant, UTC.</param>
    /// <param name="eop">Earth orientation: ΔUT1 and polar motion are used; <c>default</c> for none.</param>
    public static Vector3D ToEcef(Vector3D positionTeme, Epoch utc, EarthOrientationParameters eop = default)
    {
        var t = EarthRotation.Create(utc, eop);
        return t.ToEcef(positionTeme);
    }

    /// <summary>Converts an Earth-fixed state (PEF, or ITRF when <paramref name="eop"/> has polar motion) to TEME.</summary>
    /// <param name="ecef">State in the Earth-fixed frame, km and km/s.</param>
    /// <param name="utc">Instant, UTC.</param>
    /// <param name="eop">Earth orientation: ΔUT1, polar motion and LOD are used; <c>default</c> for none.</param>
    public static StateVector FromEcef(StateVector ecef, Epoch utc, EarthOrientationParameters eop = default)
    {
        var t = EarthRotation.Create(utc, eop);
        return t.FromEcef(ecef);
    }

    /// <summary>Converts an Earth-fixed position to TEME.</summary>
    /// <param name="positionEcef">Position in the Earth-fixed frame, km.</param>
    /// <param name="utc">Instant, UTC.</param>
    /// <param name="eop">Earth orientation: ΔUT1 and polar motion are used; <c>default</c> for none.</param>
    public static Vector3D FromEcef(Vector3D positionEcef, Epoch utc, EarthOrientationParameters eop = default)
    {
        var t = EarthRotation.Create(utc, eop);
        return t.FromEcef(positionEcef);
    }

    /// <summary>Converts many TEME states, all at the same instant, to the Earth-fixed frame.</summary>
    /// <param name="teme">States in TEME.</param>
    /// <param name="utc">Instant, UTC.</param>
    /// <param name="destination">Receives the Earth-fixed states; at least as long as <paramref name="teme"/>. May be the same memory.</param>
    /// <param name="eop">Earth orientation; <c>default</c> for none.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short.</exception>
    public static void ToEcef(ReadOnlySpan<StateVector> teme, Epoch utc, Span<StateVector> destination, EarthOrientationParameters eop = default)
    {
        Preconditions.CheckDestination(teme.Length, destination.Length, nameof(destination));
        var t = EarthRotation.Create(utc, eop);
        for (int i = 0; i < teme.Length; i++) destination[i] = t.ToEcef(teme[i]);
    }

    /// <summary>Converts many Earth-fixed states, all at the same instant, to TEME.</summary>
    /// <param name="ecef">States in the Earth-fixed frame.</param>
    /// <param name="utc">Instant, UTC.</param>
    /// <param name="destination">Receives the TEME states; at least as long as <paramref name="ecef"/>. May be the same memory.</param>
    /// <param name="eop">Earth orientation; <c>default</c> for none.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short.</exception>
    public static void FromEcef(ReadOnlySpan<StateVector> ecef, Epoch utc, Span<StateVector> destination, EarthOrientationParameters eop = default)
    {
        Preconditions.CheckDestination(ecef.Length, destination.Length, nameof(destination));
        var t = EarthRotation.Create(utc, eop);
        for (int i = 0; i < ecef.Length; i++) destination[i] = t.FromEcef(ecef[i]);
    }

    // ---------------------------------------------------------------- TEME <-> GCRF

    /// <summary>Converts a TEME state to mean-of-J2000 / GCRF (Vallado's teme2eci; see the type remarks).</summary>
    /// <param name="teme">State in TEME, km and km/s.</param>
    /// <param name="utc">Instant, UTC.</param>
    /// <param name="ttMinusUtcSeconds">TT − UTC in seconds (ΔAT + 32.184); default 69.184 s, valid from 2017.</param>
    /// <param name="eop">Earth orientation: only the nutation corrections dPsi, dEps are used; <c>default</c> for none.</param>
    /// <param name="kinematicTerms">Add the 1997 kinematic terms (0.00264″ sin Ω + 0.000063″ sin 2Ω, ≤ 0.0027″, ≤ ~9 cm at LEO) to the
    /// equation of the equinoxes. <c>false</c> (default) is the reference's teme2eci; <c>true</c> reproduces the TEME ⇄ GCRF
    /// values of Vallado's Table 3-6 / AIAA 2006-6753, whose TEME is tied to GCRF through the complete equation of the equinoxes.</param>
    public static StateVector ToGcrf(StateVector teme, Epoch utc, double ttMinusUtcSeconds = DefaultTtMinusUtcSeconds, EarthOrientationParameters eop = default, bool kinematicTerms = false)
    {
        Matrix3D m = TemeToGcrfMatrix(utc, ttMinusUtcSeconds, eop, kinematicTerms);
        return new StateVector(m.Multiply(teme.Position), m.Multiply(teme.Velocity));
    }

    /// <summary>Converts a TEME position to mean-of-J2000 / GCRF.</summary>
    /// <param name="positionTeme">Position in TEME, km.</param>
    /// <param name="utc">Instant, UTC.</param>
    /// <param name="ttMinusUtcSeconds">TT − UTC in seconds (ΔAT + 32.184); default 69.184 s, valid from 2017.</param>
    /// <param name="eop">Earth orientation: only dPsi, dEps are used; <c>default</c> for none.</param>
    /// <param name="kinematicTerms">Add the 1997 kinematic terms (0.00264″ sin Ω + 0.000063″ sin 2Ω, ≤ 0.0027″, ≤ ~9 cm at LEO) to the
    /// equation of the equinoxes. <c>false</c> (default) is the reference's teme2eci; <c>true</c> reproduces the TEME ⇄ GCRF
    /// values of Vallado's Table 3-6 / AIAA 2006-6753, whose TEME is tied to GCRF through the complete equation of the equinoxes.</param>
    public static Vector3D ToGcrf(Vector3D positionTeme, Epoch utc, double ttMinusUtcSeconds = DefaultTtMinusUtcSeconds, EarthOrientationParameters eop = default, bool kinematicTerms = false) =>
        TemeToGcrfMatrix(utc, ttMinusUtcSeconds, eop, kinematicTerms).Multiply(positionTeme);

    /// <summary>Converts a mean-of-J2000 / GCRF state to TEME (the inverse of <see cref="ToGcrf(StateVector, Epoch, double, EarthOrientationParameters, bool)"/>).</summary>
    /// <param name="gcrf">State in GCRF, km and km/s.</param>
    /// <param name="utc">Instant, UTC.</param>
    /// <param name="ttMinusUtcSeconds">TT − UTC in seconds (ΔAT + 32.184); default 69.184 s, valid from 2017.</param>
    /// <param name="eop">Earth orientation: only dPsi, dEps are used; <c>default</c> for none.</param>
    /// <param name="kinematicTerms">Add the 1997 kinematic terms (0.00264″ sin Ω + 0.000063″ sin 2Ω, ≤ 0.0027″, ≤ ~9 cm at LEO) to the
    /// equation of the equinoxes. <c>false</c> (default) is the reference's teme2eci; <c>true</c> reproduces the TEME ⇄ GCRF
    /// values of Vallado's Table 3-6 / AIAA 2006-6753, whose TEME is tied to GCRF through the complete equation of the equinoxes.</param>
    public static StateVector FromGcrf(StateVector gcrf, Epoch utc, double ttMinusUtcSeconds = DefaultTtMinusUtcSeconds, EarthOrientationParameters eop = default, bool kinematicTerms = false)
    {
        Matrix3D m = TemeToGcrfMatrix(utc, ttMinusUtcSeconds, eop, kinematicTerms);
        return new StateVector(m.TransposeMultiply(gcrf.Position), m.TransposeMultiply(gcrf.Velocity));
    }

    /// <summary>Converts a mean-of-J2000 / GCRF position to TEME.</summary>
    /// <param name="positionGcrf">Position in GCRF, km.</param>
    /// <param name="utc">Instant, UTC.</param>
    /// <param name="ttMinusUtcSeconds">TT − UTC in seconds (ΔAT + 32.184); default 69.184 s, valid from 2017.</param>
    /// <param name="eop">Earth orientation: only dPsi, dEps are used; <c>default</c> for none.</param>
    /// <param name="kinematicTerms">Add the 1997 kinematic terms (0.00264″ sin Ω + 0.000063″ sin 2Ω, ≤ 0.0027″, ≤ ~9 cm at LEO) to the
    /// equation of the equinoxes. <c>false</c> (default) is the reference's teme2eci; <c>true</c> reproduces the TEME ⇄ GCRF
    /// values of Vallado's Table 3-6 / AIAA 2006-6753, whose TEME is tied to GCRF through the complete equation of the equinoxes.</param>
    public static Vector3D FromGcrf(Vector3D positionGcrf, Epoch utc, double ttMinusUtcSeconds = DefaultTtMinusUtcSeconds, EarthOrientationParameters eop = default, bool kinematicTerms = false) =>
        TemeToGcrfMatrix(utc, ttMinusUtcSeconds, eop, kinematicTerms).TransposeMultiply(positionGcrf);

    /// <summary>Julian centuries of TT since J2000.0 for a UTC epoch and TT − UTC, from the two Julian-date parts.</summary>
    /// <param name="utc">Instant, UTC.</param>
    /// <param name="ttMinusUtcSeconds">TT − UTC, seconds.</param>
    public static double JulianCenturiesTt(Epoch utc, double ttMinusUtcSeconds = DefaultTtMinusUtcSeconds)
    {
        Preconditions.CheckFinite(ttMinusUtcSeconds, nameof(ttMinusUtcSeconds));
        return (utc.DaysSinceJ2000 + ttMinusUtcSeconds / SecondsPerDay) / 36525.0;
    }

    private static Matrix3D TemeToGcrfMatrix(Epoch utc, double ttMinusUtcSeconds, EarthOrientationParameters eop, bool kinematicTerms)
    {
        double t = JulianCenturiesTt(utc, ttMinusUtcSeconds);
        return Iau1980.TemeToJ2000(t, eop.DeltaPsiCorrection, eop.DeltaEpsilonCorrection, kinematicTerms);
    }

    /// <summary>The TEME ⇄ ECEF rotation at one instant, precomputed.</summary>
    private readonly struct EarthRotation
    {
        private readonly Matrix3D _spin;   // r_PEF = _spin · r_TEME, i.e. R3(θ)
        private readonly Matrix3D _polar;  // r_PEF = _polar · r_ITRF, i.e. W = R1(yp) R2(xp)
        private readonly bool _hasPolar;
        private readonly double _omega;

        private EarthRotation(Matrix3D spin, Matrix3D polar, bool hasPolar, double omega)
        {
            _spin = spin; _polar = polar; _hasPolar = hasPolar; _omega = omega;
        }

        internal static EarthRotation Create(Epoch utc, EarthOrientationParameters eop)
        {
            Preconditions.CheckFinite(eop.Ut1MinusUtcSeconds, nameof(eop));
            Epoch ut1 = eop.Ut1MinusUtcSeconds == 0.0 ? utc : utc.AddSeconds(eop.Ut1MinusUtcSeconds);
            double gmst = SiderealTime.Gmst82(ut1);
            bool hasPolar = eop.PolarMotionX != 0.0 || eop.PolarMotionY != 0.0;
            Matrix3D polar = hasPolar ? Matrix3D.R1(eop.PolarMotionY) * Matrix3D.R2(eop.PolarMotionX) : Matrix3D.Identity;
            return new EarthRotation(Matrix3D.R3(gmst), polar, hasPolar, RotationRate(eop.LengthOfDaySeconds));
        }

        internal Vector3D ToEcef(Vector3D r)
        {
            Vector3D pef = _spin.Multiply(r);
            return _hasPolar ? _polar.TransposeMultiply(pef) : pef;
        }

        internal StateVector ToEcef(StateVector s)
        {
            Vector3D rPef = _spin.Multiply(s.Position);
            Vector3D vPef = _spin.Multiply(s.Velocity);
            // v_PEF = R3(θ) v_TEME − ω × r_PEF with ω = (0, 0, ω).
            vPef = new Vector3D(vPef.X + _omega * rPef.Y, vPef.Y - _omega * rPef.X, vPef.Z);
            if (!_hasPolar) return new StateVector(rPef, vPef);
            return new StateVector(_polar.TransposeMultiply(rPef), _polar.TransposeMultiply(vPef));
        }

        internal Vector3D FromEcef(Vector3D r)
        {
            Vector3D pef = _hasPolar ? _polar.Multiply(r) : r;
            return _spin.TransposeMultiply(pef);
        }

        internal StateVector FromEcef(StateVector s)
        {
            Vector3D rPef = _hasPolar ? _polar.Multiply(s.Position) : s.Position;
            Vector3D vPef = _hasPolar ? _polar.Multiply(s.Velocity) : s.Velocity;
            // v_TEME = R3(−θ) (v_PEF + ω × r_PEF).
            vPef = new Vector3D(vPef.X - _omega * rPef.Y, vPef.Y + _omega * rPef.X, vPef.Z);
            return new StateVector(_spin.TransposeMultiply(rPef), _spin.TransposeMultiply(vPef));
        }
    }
}
