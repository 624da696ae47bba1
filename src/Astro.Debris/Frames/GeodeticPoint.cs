namespace Astro.Debris.Frames;

/// <summary>
/// A point given by geodetic latitude, longitude (radians) and height above the WGS-84 ellipsoid (km), with
/// conversions to and from Earth-fixed Cartesian coordinates (km).
/// </summary>
/// <param name="Latitude">Geodetic latitude, radians in [−π/2, π/2].</param>
/// <param name="Longitude">Longitude, radians, east positive (conversions from ECEF return (−π, π]).</param>
/// <param name="AltitudeKm">Height above the WGS-84 ellipsoid, km.</param>
public readonly record struct GeodeticPoint(double Latitude, double Longitude, double AltitudeKm)
{
    /// <summary>WGS-84 equatorial radius (semi-major axis), km.</summary>
    public const double EquatorialRadiusKm = 6378.137;

    /// <summary>WGS-84 flattening, 1/298.257223563.</summary>
    public const double Flattening = 1.0 / 298.257223563;

    /// <summary>WGS-84 polar radius (semi-minor axis), km: a (1 − f).</summary>
    public const double PolarRadiusKm = EquatorialRadiusKm * (1.0 - Flattening);

    private const double E2 = Flattening * (2.0 - Flattening);          // first eccentricity squared
    private const double Ep2 = E2 / ((1.0 - Flattening) * (1.0 - Flattening)); // second eccentricity squared

    /// <summary>Builds a point from degrees (latitude, longitude) and a height in km.</summary>
    /// <param name="latitudeDegrees">Geodetic latitude, degrees.</param>
    /// <param name="longitudeDegrees">Longitude, degrees east.</param>
    /// <param name="altitudeKm">Height above the ellipsoid, km.</param>
    public static GeodeticPoint FromDegrees(double latitudeDegrees, double longitudeDegrees, double altitudeKm = 0.0) =>
        new(latitudeDegrees * (Math.PI / 180.0), longitudeDegrees * (Math.PI / 180.0), altitudeKm);

    /// <summary>Latitude in degrees.</summary>
    public double LatitudeDegrees => Latitude * (180.0 / Math.PI);

    /// <summary>Longitude in degrees.</summary>
    public double LongitudeDegrees => Longitude * (180.0 / Math.PI);

    /// <summary>Earth-fixed Cartesian position of this point, km.</summary>
    public Vector3D ToEcef()
    {
        double sinLat = Math.Sin(Latitude), cosLat = Math.Cos(Latitude);
        double n = EquatorialRadiusKm / Math.Sqrt(1.0 - E2 * sinLat * sinLat); // prime-vertical radius
        double rxy = (n + AltitudeKm) * cosLat;
        return new Vector3D(rxy * Math.Cos(Longitude), rxy * Math.Sin(Longitude), (n * (1.0 - E2) + AltitudeKm) * sinLat);
    }

    /// <summary>
    /// Geodetic coordinates of an Earth-fixed position (km). Uses Bowring's parametric-latitude iteration run to
    /// convergence (typically 2–3 steps) and the height formula h = p cos φ + z sin φ − a √(1 − e² sin² φ),
    /// which is well conditioned at every latitude; accurate to well below 1 µm from the Earth's surface out to
    /// beyond geostationary distance.
    /// </summary>
    /// <param name="ecef">Earth-fixed position, km.</param>
    /// <exception cref="ArgumentOutOfRangeException">A component is not finite.</exception>
    public static GeodeticPoint FromEcef(Vector3D ecef)
    {
        Preconditions.CheckFinite(ecef.X, nameof(ecef));
        Preconditions.CheckFinite(ecef.Y, nameof(ecef));
        Preconditions.CheckFinite(ecef.Z, nameof(ecef));
        const double a = EquatorialRadiusKm, b = PolarRadiusKm;
        double x = ecef.X, y = ecef.Y, z = ecef.Z;
        double p = Math.Sqrt(x * x + y * y);
        double lon = Math.Atan2(y, x);
        if (p < 1e-12)
        {
            // On the polar axis.
            double latPole = z >= 0 ? Math.PI / 2 : -Math.PI / 2;
            return new GeodeticPoint(latPole, lon, Math.Abs(z) - b);
        }

        // Bowring (1976): iterate the parametric (reduced) latitude β.
        double beta = Math.Atan2(z, (1.0 - Flattening) * p);
        double lat = 0.0;
        for (int i = 0; i < 16; i++)
        {
            double sb = Math.Sin(beta), cb = Math.Cos(beta);
            lat = Math.Atan2(z + Ep2 * b * sb * sb * sb, p - E2 * a * cb * cb * cb);
            double betaNext = Math.Atan2((1.0 - Flattening) * Math.Sin(lat), Math.Cos(lat));
            double change = Math.Abs(betaNext - beta);
            beta = betaNext;
            if (change < 1e-15) break;
        }
        double sinLat = Math.Sin(lat);
        double h = p * Math.Cos(lat) + z * sinLat - a * Math.Sqrt(1.0 - E2 * sinLat * sinLat);
        return new GeodeticPoint(lat, lon, h);
    }
}
