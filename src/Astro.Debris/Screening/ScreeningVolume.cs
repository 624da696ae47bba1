namespace Astro.Debris.Screening;

/// <summary>
/// A screening volume in the primary object's RTN frame (radial, in-track/transverse, cross-track/normal), e.g. the
/// ISS "pizza box" ±0.5 × ±25 × ±25 km (<see cref="IssBox"/>). The screener searches with the volume's enclosing sphere
/// and keeps an event when the miss vector at TCA (object 2 − object 1, in object 1's RTN) lies inside the volume.
/// </summary>
public sealed record ScreeningVolume
{
    /// <summary>A volume from its half-extents (km) and shape.</summary>
    /// <param name="radialKm">Radial half-extent, km (&gt; 0).</param>
    /// <param name="inTrackKm">In-track (transverse) half-extent, km (&gt; 0).</param>
    /// <param name="crossTrackKm">Cross-track (normal) half-extent, km (&gt; 0).</param>
    /// <param name="shape">Box or ellipsoid.</param>
    /// <exception cref="ArgumentOutOfRangeException">An extent is not a positive finite number, or the shape is unknown.</exception>
    public ScreeningVolume(double radialKm, double inTrackKm, double crossTrackKm, ScreeningVolumeShape shape = ScreeningVolumeShape.Ellipsoid)
    {
        RadialKm = Positive(radialKm, nameof(radialKm));
        InTrackKm = Positive(inTrackKm, nameof(inTrackKm));
        CrossTrackKm = Positive(crossTrackKm, nameof(crossTrackKm));
        if (!Enum.IsDefined(shape)) throw new ArgumentOutOfRangeException(nameof(shape), shape, "Unknown volume shape.");
        Shape = shape;
    }

    /// <summary>The ISS screening box: ±0.5 km radial × ±25 km in-track × ±25 km cross-track.</summary>
    public static ScreeningVolume IssBox { get; } = new(0.5, 25.0, 25.0, ScreeningVolumeShape.Box);

    /// <summary>Radial half-extent, km.</summary>
    public double RadialKm { get; }

    /// <summary>In-track (transverse) half-extent, km.</summary>
    public double InTrackKm { get; }

    /// <summary>Cross-track (normal) half-extent, km.</summary>
    public double CrossTrackKm { get; }

    /// <summary>Box or ellipsoid.</summary>
    public ScreeningVolumeShape Shape { get; }

    /// <summary>Radius of the smallest sphere about the origin that contains the volume, km.</summary>
    public double EnclosingRadiusKm => Shape == ScreeningVolumeShape.Box
        ? Math.Sqrt(RadialKm * RadialKm + InTrackKm * InTrackKm + CrossTrackKm * CrossTrackKm)
        : Math.Max(RadialKm, Math.Max(InTrackKm, CrossTrackKm));

    /// <summary>True when an RTN vector (X = radial, Y = in-track, Z = cross-track; km) lies inside the volume (boundary included).</summary>
    /// <param name="rtnKm">The vector's RTN components, km.</param>
    public bool Contains(Vector3D rtnKm)
    {
        double r = rtnKm.X / RadialKm, t = rtnKm.Y / InTrackKm, n = rtnKm.Z / CrossTrackKm;
        return Shape == ScreeningVolumeShape.Box
            ? Math.Abs(r) <= 1.0 && Math.Abs(t) <= 1.0 && Math.Abs(n) <= 1.0
            : r * r + t * t + n * n <= 1.0;
    }

    private static double Positive(double value, string name) =>
        double.IsFinite(value) && value > 0.0 ? value : throw new ArgumentOutOfRangeException(name, value, "Extents must be positive finite numbers of km.");
}
