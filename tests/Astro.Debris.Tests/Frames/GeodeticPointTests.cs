using Astro.Debris.Frames;

namespace Astro.Debris.Tests.Frames;

public class GeodeticPointTests
{
    private const double Deg = Math.PI / 180.0;
    private const double A = 6378.137;
    private const double B = 6356.752314245179; // a (1 − 1/298.257223563)

    [Fact]
    public void Constants_AreWgs84()
    {
        GeodeticPoint.EquatorialRadiusKm.Should().Be(6378.137);
        GeodeticPoint.Flattening.Should().Be(1.0 / 298.257223563);
        GeodeticPoint.PolarRadiusKm.Should().BeApproximately(B, 1e-12);
    }

    [Fact]
    public void Equator_PrimeMeridian()
    {
        VectorAssert.Close(new GeodeticPoint(0, 0, 0).ToEcef(), new Vector3D(A, 0, 0), 1e-12);
        var p = GeodeticPoint.FromEcef(new Vector3D(A + 1.5, 0, 0));
        p.Latitude.Should().BeApproximately(0, 1e-15);
        p.Longitude.Should().Be(0);
        p.AltitudeKm.Should().BeApproximately(1.5, 1e-12);
    }

    [Fact]
    public void Equator_90East()
    {
        VectorAssert.Close(GeodeticPoint.FromDegrees(0, 90, 0.2).ToEcef(), new Vector3D(0, A + 0.2, 0), 1e-11);
        var p = GeodeticPoint.FromEcef(new Vector3D(0, A, 0));
        p.LongitudeDegrees.Should().BeApproximately(90, 1e-13);
        p.AltitudeKm.Should().BeApproximately(0, 1e-12);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-1.0)]
    public void Poles(double sign)
    {
        VectorAssert.Close(new GeodeticPoint(sign * Math.PI / 2, 0, 0).ToEcef(), new Vector3D(0, 0, sign * B), 1e-11);
        var p = GeodeticPoint.FromEcef(new Vector3D(0, 0, sign * (B + 10)));
        p.Latitude.Should().Be(sign * Math.PI / 2);
        p.AltitudeKm.Should().BeApproximately(10, 1e-12);
        // 1 µm off the axis: the latitude moves by 1e-9 km / (a²/b + h) ≈ 1.56e-13 rad (polar radius of curvature a²/b), the height not at all.
        var q = GeodeticPoint.FromEcef(new Vector3D(1e-9, 0, sign * (B + 10)));
        q.Latitude.Should().BeApproximately(sign * (Math.PI / 2 - 1e-9 / (A * A / B + 10)), 1e-15);
        q.AltitudeKm.Should().BeApproximately(10, 1e-12);
    }

    [Fact]
    public void MidLatitude_WithHeight_MatchesClosedForm()
    {
        // 45° N, 10° E, 1 km: N = a / √(1 − e² sin²φ) = a / √(1 − e²/2).
        double e2 = GeodeticPoint.Flattening * (2 - GeodeticPoint.Flattening);
        double n = A / Math.Sqrt(1 - e2 / 2);
        double c = Math.Sqrt(0.5);
        var expected = new Vector3D((n + 1) * c * Math.Cos(10 * Deg), (n + 1) * c * Math.Sin(10 * Deg), (n * (1 - e2) + 1) * c);
        VectorAssert.Close(GeodeticPoint.FromDegrees(45, 10, 1).ToEcef(), expected, 1e-11);
        var p = GeodeticPoint.FromEcef(expected);
        p.LatitudeDegrees.Should().BeApproximately(45, 1e-12);
        p.LongitudeDegrees.Should().BeApproximately(10, 1e-12);
        p.AltitudeKm.Should().BeApproximately(1, 1e-9);
    }

    [Fact]
    public void ValladoExample3_3()
    {
        // Vallado 4th ed. Example 3-3: r_ECEF = (6524.834, 6862.875, 6448.296) km ->
        // φ_gd = 34.352496°, λ = 46.4464°, h_ellp = 5085.22 km. The book uses a = 6378.1363 km and stops its
        // iteration early; the exact WGS-84 answer is 34.35249515° (34.35249521° with the book's radius), so the
        // printed latitude is matched to 1e-6° and the others to their printed digits.
        var p = GeodeticPoint.FromEcef(new Vector3D(6524.834, 6862.875, 6448.296));
        p.LatitudeDegrees.Should().BeApproximately(34.352496, 1e-6);
        p.LatitudeDegrees.Should().BeApproximately(34.352495150862, 1e-11); // independent fixed-point iteration (Python, 50 steps)
        p.LongitudeDegrees.Should().BeApproximately(46.4464, 5e-5);
        p.AltitudeKm.Should().BeApproximately(5085.22, 5e-3);
    }

    [Fact]
    public void RoundTrip_EcefGeodeticEcef_ToNanometreScale()
    {
        // From 100 km below the surface to beyond GEO, every latitude band: better than 1e-9 km (1 µm).
        double worst = 0;
        foreach (double lat in new[] { -90, -89.999, -60, -33.3, -1e-7, 0, 0.5, 30, 45, 72.5, 89.9999, 90 })
        foreach (double lon in new[] { -180, -135.5, -1, 0, 77.7, 179.999 })
        foreach (double h in new[] { -100, -0.5, 0, 0.001, 400, 20200, 35786, 400000 })
        {
            var g = GeodeticPoint.FromDegrees(lat, lon, h);
            var r = g.ToEcef();
            var back = GeodeticPoint.FromEcef(r);
            var r2 = back.ToEcef();
            double err = (r2 - r).Norm;
            worst = Math.Max(worst, err);
            err.Should().BeLessThan(1e-9, $"lat {lat} lon {lon} h {h}");
            back.AltitudeKm.Should().BeApproximately(h, 1e-9);
            back.Latitude.Should().BeApproximately(g.Latitude, 1e-12);
        }
        worst.Should().BeLessThan(1e-9);
    }

    [Fact]
    public void NonFinite_Throws()
    {
        var act = () => GeodeticPoint.FromEcef(new Vector3D(double.NaN, 0, 0));
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
