using Astro.Debris.Frames;
using Astro.Debris.Screening;

namespace Astro.Debris.Probability;

/// <summary>
/// One object of a conjunction at (or near) TCA: its inertial state (km, km/s) and its 3×3 position covariance (m²)
/// in its own RTN frame or in the inertial axes of the state.
/// </summary>
/// <param name="State">Position (km) and velocity (km/s) in an inertial frame (EME2000/GCRF, TEME…). For an Earth-fixed
/// state, add ω×r to the velocity first (see <see cref="EncounterObject.FromEarthFixed"/>).</param>
/// <param name="Covariance">Position covariance in m².</param>
/// <param name="Frame">The axes of <paramref name="Covariance"/>.</param>
public readonly record struct EncounterObject(StateVector State, PositionCovariance Covariance, CovarianceFrame Frame)
{
    /// <summary>Earth rotation rate used by <see cref="FromEarthFixed"/> (rad/s, WGS-84 / IERS value).</summary>
    public const double EarthRotationRateRadPerSecond = 7.292115146706979e-5;

    /// <summary>
    /// An object whose state is given in an Earth-fixed frame (e.g. ITRF in a CDM): the velocity is made inertial at the
    /// same instant, v = v_fixed + ω×r with ω = (0, 0, <see cref="EarthRotationRateRadPerSecond"/>), and the frame is then
    /// treated as inertial at TCA (its axes coincide with an inertial frame at that instant), which is all the
    /// RTN rotation of the covariance and the encounter geometry need.
    /// </summary>
    /// <param name="positionKm">Earth-fixed position (km).</param>
    /// <param name="velocityKmPerSecond">Earth-fixed velocity (km/s).</param>
    /// <param name="covariance">Position covariance (m²).</param>
    /// <param name="frame">Axes of the covariance: RTN (built from the inertial velocity) or the Earth-fixed axes.</param>
    public static EncounterObject FromEarthFixed(Vector3D positionKm, Vector3D velocityKmPerSecond, PositionCovariance covariance, CovarianceFrame frame)
    {
        var omega = new Vector3D(0, 0, EarthRotationRateRadPerSecond);
        return new EncounterObject(new StateVector(positionKm, velocityKmPerSecond + Vector3D.Cross(omega, positionKm)), covariance, frame);
    }

    /// <summary>The position covariance in the inertial axes of <see cref="State"/> (m²).</summary>
    /// <exception cref="ArgumentException">The covariance is in RTN and the state has no orbit plane (zero position or r ∥ v).</exception>
    public PositionCovariance InertialCovariance() =>
        Frame == CovarianceFrame.Inertial ? Covariance : Covariance.FromRtn(RtnFrame.FromState(State));

    /// <summary>The same object moved along a straight line: r + v·dt, v unchanged; the covariance is kept as it is.</summary>
    /// <param name="seconds">Time shift (s).</param>
    public EncounterObject ShiftedLinearly(double seconds) =>
        this with { State = new StateVector(State.Position + State.Velocity * seconds, State.Velocity) };

    /// <summary>
    /// The object of a CDM section. The state is taken in its REF_FRAME: an Earth-fixed frame (ITRF…, ECEF, EFG) gets
    /// v + ω×r (<see cref="FromEarthFixed"/>) and is then treated as inertial at TCA; any other frame (EME2000, GCRF,
    /// ICRF, TEME…) is used as inertial. The covariance is the CDM's RTN position block (m²); a missing one counts as zero.
    /// </summary>
    /// <param name="cdmObject">OBJECT1 or OBJECT2 of a message.</param>
    public static EncounterObject FromCdmObject(CdmObject cdmObject)
    {
        ArgumentNullException.ThrowIfNull(cdmObject);
        var cov = cdmObject.Covariance is { } c ? PositionCovariance.FromMatrix(c.PositionBlock()) : PositionCovariance.Zero;
        return IsEarthFixed(cdmObject.ReferenceFrame)
            ? FromEarthFixed(cdmObject.PositionKm, cdmObject.VelocityKmPerSecond, cov, CovarianceFrame.Rtn)
            : new EncounterObject(new StateVector(cdmObject.PositionKm, cdmObject.VelocityKmPerSecond), cov, CovarianceFrame.Rtn);
    }

    /// <summary>The two objects of a message (see <see cref="FromCdmObject"/>).</summary>
    /// <param name="cdm">The message.</param>
    /// <returns>Object 1 (primary) and object 2 (secondary).</returns>
    public static (EncounterObject Primary, EncounterObject Secondary) FromCdm(ConjunctionDataMessage cdm)
    {
        ArgumentNullException.ThrowIfNull(cdm);
        return (FromCdmObject(cdm.Object1), FromCdmObject(cdm.Object2));
    }

    /// <summary>True for REF_FRAME values naming an Earth-fixed frame (ITRF…, ECEF, EFG).</summary>
    /// <param name="referenceFrame">The REF_FRAME text.</param>
    public static bool IsEarthFixed(string referenceFrame) =>
        referenceFrame is not null &&
        (referenceFrame.StartsWith("ITRF", StringComparison.OrdinalIgnoreCase) ||
         referenceFrame.Equals("ECEF", StringComparison.OrdinalIgnoreCase) ||
         referenceFrame.Equals("EFG", StringComparison.OrdinalIgnoreCase));
}
