using Astro.Debris.Screening;

namespace Astro.Debris.Probability;

/// <summary>
/// The short-encounter geometry a 2D collision probability is computed in: the miss vector and the combined position
/// covariance projected onto the plane normal to the relative velocity.
/// </summary>
/// <remarks>
/// <para>Axes (CARA's convention): ŷ = Δv/|Δv|, ẑ = (Δr × Δv)/|Δr × Δv|, x̂ = ŷ × ẑ, with Δr = r₂ − r₁ and
/// Δv = v₂ − v₁ (secondary minus primary). The combined covariance is C₁ + C₂ (each object's position block rotated
/// to inertial axes with its own RTN frame; no cross-correlation), projected onto x̂ and ẑ.</para>
/// <para>Miss vector: the FULL miss distance |Δr| is placed along x̂ (<see cref="MissXMeters"/> = |Δr|,
/// <see cref="MissZMeters"/> = 0), as CARA does. At the true closest approach Δr ⟂ Δv, so this equals the projection of
/// Δr on the plane; away from it (a CDM whose TCA is rounded), the two differ, and CARA's expected values keep |Δr|.
/// <see cref="FromStates"/> can first move both states linearly to the true closest approach
/// (dt = −(Δr·Δv)/|Δv|², CARA's "Pc2D"); without that adjustment the result is CARA's "Pc2D_NoAdj".</para>
/// <para>Zero relative velocity gives no plane: <see cref="Flags"/> carries <see cref="PcFlags.ZeroRelativeVelocity"/>, the
/// plane covariance is NaN and every 2D method returns NaN with that reason.</para>
/// </remarks>
public readonly struct EncounterPlane
{
    /// <summary>Relative speed below which <see cref="PcFlags.LowRelativeVelocity"/> is raised (km/s).</summary>
    public const double LowRelativeSpeedKmPerSecond = 0.5;

    private EncounterPlane(double missX, double missZ, double cxx, double cxz, double czz, PcFlags flags)
    {
        MissXMeters = missX; MissZMeters = missZ;
        CovarianceXX = cxx; CovarianceXZ = cxz; CovarianceZZ = czz;
        Flags = flags;
        RelativeSpeedKmPerSecond = double.NaN;
        MissDistanceKm = Math.Sqrt(missX * missX + missZ * missZ) / 1000.0;
    }

    /// <summary>Miss component along x̂ (m).</summary>
    public double MissXMeters { get; }

    /// <summary>Miss component along ẑ (m); zero for planes built from states (CARA convention).</summary>
    public double MissZMeters { get; }

    /// <summary>Encounter-plane covariance, x̂x̂ element (m²).</summary>
    public double CovarianceXX { get; }

    /// <summary>Encounter-plane covariance, x̂ẑ element (m²).</summary>
    public double CovarianceXZ { get; }

    /// <summary>Encounter-plane covariance, ẑẑ element (m²).</summary>
    public double CovarianceZZ { get; }

    /// <summary>Miss distance |Δr| in km (at the adjusted time when the states were moved).</summary>
    public double MissDistanceKm { get; private init; }

    /// <summary>Relative speed |Δv| in km/s; NaN for a plane given directly.</summary>
    public double RelativeSpeedKmPerSecond { get; private init; }

    /// <summary>Time the states were moved by to reach the linear closest approach (s); 0 when not adjusted.</summary>
    public double TcaOffsetSeconds { get; private init; }

    /// <summary>Conditions found while building the plane (zero relative velocity, degenerate miss, NPD 3D covariance…).</summary>
    public PcFlags Flags { get; private init; }

    /// <summary>Unit x̂ in inertial axes (zero for a plane given directly).</summary>
    public Vector3D XAxis { get; private init; }

    /// <summary>Unit ŷ = Δv/|Δv| in inertial axes (zero for a plane given directly).</summary>
    public Vector3D YAxis { get; private init; }

    /// <summary>Unit ẑ in inertial axes (zero for a plane given directly).</summary>
    public Vector3D ZAxis { get; private init; }

    /// <summary>Relative position r₂ − r₁ (km) used for the plane.</summary>
    public Vector3D RelativePositionKm { get; private init; }

    /// <summary>Relative velocity v₂ − v₁ (km/s) used for the plane.</summary>
    public Vector3D RelativeVelocityKmPerSecond { get; private init; }

    /// <summary>Combined inertial position covariance C₁ + C₂ (m²).</summary>
    public PositionCovariance CombinedCovariance { get; private init; }

    /// <summary>True when the plane exists (non-zero relative velocity and finite inputs).</summary>
    public bool IsDefined => (Flags & (PcFlags.ZeroRelativeVelocity | PcFlags.InvalidInput)) == 0;

    /// <summary>
    /// A plane given directly by its miss components and 2×2 covariance, e.g. in the principal axes of published test
    /// cases. No relative speed is known.
    /// </summary>
    /// <param name="missXMeters">Miss along x̂ (m).</param>
    /// <param name="missZMeters">Miss along ẑ (m).</param>
    /// <param name="covarianceXX">x̂x̂ variance (m²).</param>
    /// <param name="covarianceXZ">x̂ẑ covariance (m²).</param>
    /// <param name="covarianceZZ">ẑẑ variance (m²).</param>
    public static EncounterPlane Create(double missXMeters, double missZMeters, double covarianceXX, double covarianceXZ, double covarianceZZ)
    {
        bool finite = double.IsFinite(missXMeters) && double.IsFinite(missZMeters) && double.IsFinite(covarianceXX) &&
                      double.IsFinite(covarianceXZ) && double.IsFinite(covarianceZZ);
        return new EncounterPlane(missXMeters, missZMeters, covarianceXX, covarianceXZ, covarianceZZ,
            finite ? PcFlags.None : PcFlags.InvalidInput);
    }

    /// <summary>A plane from the relative state and the combined inertial position covariance.</summary>
    /// <param name="relativePositionKm">r₂ − r₁ (km).</param>
    /// <param name="relativeVelocityKmPerSecond">v₂ − v₁ (km/s).</param>
    /// <param name="combinedCovariance">C₁ + C₂ in the same inertial axes (m²).</param>
    public static EncounterPlane FromRelativeState(Vector3D relativePositionKm, Vector3D relativeVelocityKmPerSecond, PositionCovariance combinedCovariance)
    {
        PcFlags flags = PcFlags.None;
        Vector3D r = relativePositionKm, v = relativeVelocityKmPerSecond;
        double missKm = r.Norm, speed = v.Norm;
        if (!double.IsFinite(missKm) || !double.IsFinite(speed) || !combinedCovariance.IsFinite)
            flags |= PcFlags.InvalidInput;
        if (!(speed > 0) || !double.IsFinite(speed))
            flags |= PcFlags.ZeroRelativeVelocity;
        if ((flags & (PcFlags.InvalidInput | PcFlags.ZeroRelativeVelocity)) != 0)
        {
            return new EncounterPlane(missKm * 1000.0, 0, double.NaN, double.NaN, double.NaN, flags)
            {
                MissDistanceKm = missKm, RelativeSpeedKmPerSecond = speed, Flags = flags,
                RelativePositionKm = r, RelativeVelocityKmPerSecond = v, CombinedCovariance = combinedCovariance,
            };
        }

        if (speed < LowRelativeSpeedKmPerSecond) flags |= PcFlags.LowRelativeVelocity;
        Vector3D y = v / speed;
        Vector3D h = Vector3D.Cross(r, v);
        double hn = h.Norm;
        Vector3D z;
        if (hn > 1e-13 * missKm * speed && hn > 0)
        {
            z = h / hn;
        }
        else
        {
            // Zero miss, or miss along the relative velocity: any unit vector normal to ŷ will do.
            flags |= PcFlags.DegenerateMissDirection;
            Vector3D e = Math.Abs(y.X) <= Math.Abs(y.Y) && Math.Abs(y.X) <= Math.Abs(y.Z) ? new Vector3D(1, 0, 0)
                : Math.Abs(y.Y) <= Math.Abs(y.Z) ? new Vector3D(0, 1, 0) : new Vector3D(0, 0, 1);
            z = Vector3D.Cross(y, e).Normalize();
        }

        Vector3D x = Vector3D.Cross(y, z);
        double cxx = combinedCovariance.Bilinear(x, x);
        double cxz = combinedCovariance.Bilinear(x, z);
        double czz = combinedCovariance.Bilinear(z, z);
        if (!IsPositiveDefinite(combinedCovariance)) flags |= PcFlags.CovarianceNotPositiveDefinite3D;
        return new EncounterPlane(missKm * 1000.0, 0, cxx, cxz, czz, flags)
        {
            MissDistanceKm = missKm, RelativeSpeedKmPerSecond = speed, Flags = flags,
            XAxis = x, YAxis = y, ZAxis = z,
            RelativePositionKm = r, RelativeVelocityKmPerSecond = v, CombinedCovariance = combinedCovariance,
        };
    }

    /// <summary>
    /// The plane of two objects. Each covariance is rotated to inertial axes with that object's own RTN frame (built from
    /// its state at the time given, i.e. before any adjustment), then the two are added.
    /// </summary>
    /// <param name="primary">Object 1.</param>
    /// <param name="secondary">Object 2.</param>
    /// <param name="adjustToClosestApproach">When true, both states are first moved along straight lines by
    /// dt = −(Δr·Δv)/|Δv|² to the linear closest approach (CARA "Pc2D"); covariances are not propagated.
    /// When false, the states are used as given (CARA "Pc2D_NoAdj").</param>
    /// <exception cref="ArgumentException">A covariance is in RTN and its state has no orbit plane.</exception>
    public static EncounterPlane FromStates(in EncounterObject primary, in EncounterObject secondary, bool adjustToClosestApproach = false)
    {
        PositionCovariance combined = primary.InertialCovariance() + secondary.InertialCovariance();
        Vector3D r = secondary.State.Position - primary.State.Position;
        Vector3D v = secondary.State.Velocity - primary.State.Velocity;
        double dt = 0;
        double v2 = v.NormSquared;
        if (adjustToClosestApproach && v2 > 0 && double.IsFinite(v2))
        {
            dt = -Vector3D.Dot(r, v) / v2;
            r = (secondary.State.Position + secondary.State.Velocity * dt) - (primary.State.Position + primary.State.Velocity * dt);
        }

        return FromRelativeState(r, v, combined) with { TcaOffsetSeconds = dt };
    }

    /// <summary>The plane of a CDM (objects from <see cref="EncounterObject.FromCdm"/>).</summary>
    /// <param name="cdm">The message.</param>
    /// <param name="adjustToClosestApproach">Move both states linearly to the true closest approach first (CARA "Pc2D",
    /// the default); false uses the states at the message's TCA as given (CARA "Pc2D_NoAdj").</param>
    public static EncounterPlane FromCdm(ConjunctionDataMessage cdm, bool adjustToClosestApproach = true)
    {
        var (a, b) = EncounterObject.FromCdm(cdm);
        return FromStates(a, b, adjustToClosestApproach);
    }

    private static bool IsPositiveDefinite(PositionCovariance c) => c.Eigenvalues()[0] > 0;
}
