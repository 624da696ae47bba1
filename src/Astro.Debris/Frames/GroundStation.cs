namespace Astro.Debris.Frames;

/// <summary>
/// A fixed site on the Earth (geodetic position on WGS-84) from which satellites are observed. Look angles are
/// computed in the local east-north-up (ENU) frame of the ellipsoid normal from Earth-fixed (ECEF) states.
/// </summary>
public readonly struct GroundStation : IEquatable<GroundStation>
{
    private readonly Vector3D _east, _north, _up;

    /// <summary>Creates a station at a geodetic location.</summary>
    /// <param name="location">Latitude, longitude (radians) and height (km) on WGS-84.</param>
    public GroundStation(GeodeticPoint location)
    {
        Preconditions.CheckFinite(location.Latitude, nameof(location));
        Preconditions.CheckFinite(location.Longitude, nameof(location));
        Preconditions.CheckFinite(location.AltitudeKm, nameof(location));
        Location = location;
        Position = location.ToEcef();
        double sLat = Math.Sin(location.Latitude), cLat = Math.Cos(location.Latitude);
        double sLon = Math.Sin(location.Longitude), cLon = Math.Cos(location.Longitude);
        _east = new Vector3D(-sLon, cLon, 0.0);
        _north = new Vector3D(-sLat * cLon, -sLat * sLon, cLat);
        _up = new Vector3D(cLat * cLon, cLat * sLon, sLat);
    }

    /// <summary>The station's geodetic location.</summary>
    public GeodeticPoint Location { get; }

    /// <summary>The station's Earth-fixed position, km.</summary>
    public Vector3D Position { get; }

    /// <summary>
    /// The east, north and up components (km) of the vector from the station to an Earth-fixed position.
    /// </summary>
    /// <param name="ecef">Earth-fixed position, km.</param>
    public Vector3D ToTopocentric(Vector3D ecef)
    {
        Vector3D rho = ecef - Position;
        return new Vector3D(Vector3D.Dot(rho, _east), Vector3D.Dot(rho, _north), Vector3D.Dot(rho, _up));
    }

    /// <summary>Azimuth, elevation, range and range rate of an object with the given Earth-fixed state.</summary>
    /// <param name="ecef">Earth-fixed position (km) and velocity (km/s), in the same frame as the station (ITRF/PEF).</param>
    /// <exception cref="ArgumentException">The object is at the station (zero range).</exception>
    public LookAngles LookAt(StateVector ecef)
    {
        Vector3D rho = ecef.Position - Position;
        double range = rho.Norm;
        if (range == 0.0) throw new ArgumentException("The object is at the station: look angles are undefined.", nameof(ecef));
        double e = Vector3D.Dot(rho, _east), n = Vector3D.Dot(rho, _north), u = Vector3D.Dot(rho, _up);
        double az = Math.Atan2(e, n);
        if (az < 0.0) az += 2.0 * Math.PI;
        double el = Math.Atan2(u, Math.Sqrt(e * e + n * n));
        double rate = Vector3D.Dot(rho, ecef.Velocity) / range;
        return new LookAngles(az, el, range, rate);
    }

    /// <summary>Azimuth, elevation and range of an Earth-fixed position (range rate 0).</summary>
    /// <param name="ecef">Earth-fixed position, km.</param>
    /// <exception cref="ArgumentException">The position is the station's (zero range).</exception>
    public LookAngles LookAt(Vector3D ecef) => LookAt(new StateVector(ecef, Vector3D.Zero));

    /// <inheritdoc/>
    public bool Equals(GroundStation other) => Location.Equals(other.Location);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GroundStation g && Equals(g);

    /// <inheritdoc/>
    public override int GetHashCode() => Location.GetHashCode();

    /// <summary>Equality.</summary>
    public static bool operator ==(GroundStation a, GroundStation b) => a.Equals(b);

    /// <summary>Inequality.</summary>
    public static bool operator !=(GroundStation a, GroundStation b) => !a.Equals(b);
}
