namespace Astro.Debris.Frames;

/// <summary>
/// The radial / transverse / normal (RTN, also RSW or RIC) local orbital frame of a state:
/// R = r/|r|, N = (r × v)/|r × v|, T = N × R. Converts vectors (relative positions, velocities, Δv) between the
/// frame of the state (e.g. TEME, GCRF) and RTN components. The frame is evaluated at one instant: converting a
/// relative velocity does not add the frame's rotation rate.
/// </summary>
public readonly struct RtnFrame : IEquatable<RtnFrame>
{
    private RtnFrame(Vector3D r, Vector3D t, Vector3D n)
    {
        Radial = r; Transverse = t; Normal = n;
    }

    /// <summary>Unit vector along the position (R).</summary>
    public Vector3D Radial { get; }

    /// <summary>Unit vector in the orbit plane, perpendicular to R, towards the motion (T = N × R).</summary>
    public Vector3D Transverse { get; }

    /// <summary>Unit vector along the orbital angular momentum (N).</summary>
    public Vector3D Normal { get; }

    /// <summary>The RTN frame of a state.</summary>
    /// <param name="state">Position and velocity, in any inertial-like frame.</param>
    /// <exception cref="ArgumentException">The position is zero or parallel to the velocity (no orbit plane).</exception>
    public static RtnFrame FromState(StateVector state)
    {
        double rn = state.Position.Norm;
        Vector3D h = Vector3D.Cross(state.Position, state.Velocity);
        double hn = h.Norm;
        if (!(rn > 0.0) || !(hn > 1e-15 * rn * state.Velocity.Norm) || !double.IsFinite(hn))
            throw new ArgumentException("The position must be non-zero, finite and not parallel to the velocity.", nameof(state));
        Vector3D r = state.Position / rn;
        Vector3D n = h / hn;
        Vector3D t = Vector3D.Cross(n, r);
        return new RtnFrame(r, t, n);
    }

    /// <summary>Components (R, T, N) of a vector given in the state's frame; returned as (X = R, Y = T, Z = N).</summary>
    /// <param name="vector">A vector in the frame of the state this RTN frame was built from.</param>
    public Vector3D ToRtn(Vector3D vector) =>
        new(Vector3D.Dot(vector, Radial), Vector3D.Dot(vector, Transverse), Vector3D.Dot(vector, Normal));

    /// <summary>The vector in the state's frame whose RTN components are (X = R, Y = T, Z = N).</summary>
    /// <param name="rtn">RTN components.</param>
    public Vector3D FromRtn(Vector3D rtn) => rtn.X * Radial + rtn.Y * Transverse + rtn.Z * Normal;

    /// <inheritdoc/>
    public bool Equals(RtnFrame other) => Radial == other.Radial && Transverse == other.Transverse && Normal == other.Normal;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RtnFrame f && Equals(f);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Radial, Transverse, Normal);

    /// <summary>Equality.</summary>
    public static bool operator ==(RtnFrame a, RtnFrame b) => a.Equals(b);

    /// <summary>Inequality.</summary>
    public static bool operator !=(RtnFrame a, RtnFrame b) => !a.Equals(b);
}
