namespace Astro.Debris.Propagation;

/// <summary>The constants SGP4 takes from a gravity model (the reference's getgravconst).</summary>
internal readonly struct GravityConstants
{
    /// <summary>Gravitational parameter, km³/s².</summary>
    public readonly double Mu;
    /// <summary>Equatorial radius, km.</summary>
    public readonly double RadiusEarthKm;
    /// <summary>sqrt(μ / R³) in 1/min (earth radii, minutes units).</summary>
    public readonly double Xke;
    /// <summary>1 / xke, minutes per time unit.</summary>
    public readonly double Tumin;
    public readonly double J2;
    public readonly double J3;
    public readonly double J4;
    public readonly double J3OverJ2;

    private GravityConstants(double mu, double radius, double xke, double j2, double j3, double j4)
    {
        Mu = mu;
        RadiusEarthKm = radius;
        Xke = xke;
        Tumin = 1.0 / xke;
        J2 = j2;
        J3 = j3;
        J4 = j4;
        J3OverJ2 = j3 / j2;
    }

    public static GravityConstants Get(GravityModel model) => model switch
    {
        GravityModel.Wgs72Old => new GravityConstants(398600.79964, 6378.135, 0.0743669161, 0.001082616, -0.00000253881, -0.00000165597),
        GravityModel.Wgs72 => new GravityConstants(398600.8, 6378.135, 60.0 / Math.Sqrt(6378.135 * 6378.135 * 6378.135 / 398600.8),
            0.001082616, -0.00000253881, -0.00000165597),
        GravityModel.Wgs84 => new GravityConstants(398600.5, 6378.137, 60.0 / Math.Sqrt(6378.137 * 6378.137 * 6378.137 / 398600.5),
            0.00108262998905, -0.00000253215306, -0.00000161098761),
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "Unknown gravity model."),
    };
}
