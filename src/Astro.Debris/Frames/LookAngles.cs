namespace Astro.Debris.Frames;

/// <summary>Where a satellite appears from a ground site: topocentric azimuth, elevation, range and range rate.</summary>
/// <param name="Azimuth">Azimuth, radians in [0, 2π), clockwise from north (east = π/2).</param>
/// <param name="Elevation">Elevation above the local horizontal (ellipsoid normal), radians in [−π/2, π/2].</param>
/// <param name="RangeKm">Slant range, km.</param>
/// <param name="RangeRateKmPerSecond">Rate of change of the slant range, km/s (positive when receding).</param>
public readonly record struct LookAngles(double Azimuth, double Elevation, double RangeKm, double RangeRateKmPerSecond)
{
    /// <summary>Azimuth in degrees.</summary>
    public double AzimuthDegrees => Azimuth * (180.0 / Math.PI);

    /// <summary>Elevation in degrees.</summary>
    public double ElevationDegrees => Elevation * (180.0 / Math.PI);
}
