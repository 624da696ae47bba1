using Astro.Debris.Frames;

namespace Astro.Debris.Tests.Frames;

public class GroundStationTests
{
    private const double Deg = Math.PI / 180.0;

    [Fact]
    public void StraightOverhead_Elevation90()
    {
        var site = new GroundStation(GeodeticPoint.FromDegrees(39.007, -104.883, 2.19456));
        var sat = GeodeticPoint.FromDegrees(39.007, -104.883, 502.19456).ToEcef();
        var look = site.LookAt(sat);
        look.ElevationDegrees.Should().BeApproximately(90, 1e-9);
        look.RangeKm.Should().BeApproximately(500, 1e-9);
    }

    [Fact]
    public void OnTheHorizon_ElevationZero()
    {
        var g = GeodeticPoint.FromDegrees(-33.9, 18.4, 0.1);
        var site = new GroundStation(g);
        double sLat = Math.Sin(g.Latitude), cLat = Math.Cos(g.Latitude), sLon = Math.Sin(g.Longitude), cLon = Math.Cos(g.Longitude);
        var east = new Vector3D(-sLon, cLon, 0);
        var north = new Vector3D(-sLat * cLon, -sLat * sLon, cLat);
        var eastLook = site.LookAt(site.Position + 2000 * east);
        eastLook.ElevationDegrees.Should().BeApproximately(0, 1e-9);
        eastLook.AzimuthDegrees.Should().BeApproximately(90, 1e-9);
        var northLook = site.LookAt(site.Position + 1500 * north);
        northLook.ElevationDegrees.Should().BeApproximately(0, 1e-9);
        (northLook.AzimuthDegrees % 360).Should().BeApproximately(0, 1e-9);
        var westLook = site.LookAt(site.Position - 10 * east);
        westLook.AzimuthDegrees.Should().BeApproximately(270, 1e-9);
        // A satellite at a real LEO height on the far side of the Earth is below the horizon.
        var below = site.LookAt(GeodeticPoint.FromDegrees(33.9, -161.6, 800).ToEcef());
        below.Elevation.Should().BeLessThan(0);
    }

    [Fact]
    public void HandChecked_EquatorSite()
    {
        // Site at 0°N 0°E, h = 0: ENU axes are E = +y, N = +z, U = +x. A satellite 1000 km along each of
        // x, y, z from the site: az = 45°, el = atan(1/√2) = 35.26438968°, range = 1000√3 km.
        // Velocity (1, 1, 1) km/s: range rate = (ρ·v)/|ρ| = 3000/1732.05 = √3 km/s.
        var site = new GroundStation(new GeodeticPoint(0, 0, 0));
        site.Position.Should().Be(new Vector3D(6378.137, 0, 0));
        var look = site.LookAt(new StateVector(new Vector3D(7378.137, 1000, 1000), new Vector3D(1, 1, 1)));
        look.AzimuthDegrees.Should().BeApproximately(45, 1e-10);
        look.ElevationDegrees.Should().BeApproximately(Math.Atan(1 / Math.Sqrt(2)) / Deg, 1e-10);
        look.ElevationDegrees.Should().BeApproximately(35.26438968, 1e-8);
        look.RangeKm.Should().BeApproximately(1000 * Math.Sqrt(3), 1e-9);
        look.RangeRateKmPerSecond.Should().BeApproximately(Math.Sqrt(3), 1e-12);
        site.ToTopocentric(new Vector3D(7378.137, 1000, 1000)).Should().Be(new Vector3D(1000, 1000, 1000));
    }

    [Fact]
    public void RangeRate_SignAndMagnitude()
    {
        var site = new GroundStation(GeodeticPoint.FromDegrees(51.5, 0, 0.05));
        var up = GeodeticPoint.FromDegrees(51.5, 0, 1000.05).ToEcef() - site.Position;
        var upUnit = up / up.Norm;
        var sat = site.Position + up;
        site.LookAt(new StateVector(sat, 2.5 * upUnit)).RangeRateKmPerSecond.Should().BeApproximately(2.5, 1e-12);
        site.LookAt(new StateVector(sat, -2.5 * upUnit)).RangeRateKmPerSecond.Should().BeApproximately(-2.5, 1e-12);
        // Motion across the line of sight does not change the range.
        var across = Vector3D.Cross(upUnit, new Vector3D(0, 0, 1)).Normalize();
        site.LookAt(new StateVector(sat, 7 * across)).RangeRateKmPerSecond.Should().BeApproximately(0, 1e-12);
    }

    [Fact]
    public void AtTheStation_Throws()
    {
        var site = new GroundStation(new GeodeticPoint(0.1, 0.2, 0));
        var act = () => site.LookAt(site.Position);
        act.Should().Throw<ArgumentException>();
        site.Should().Be(new GroundStation(new GeodeticPoint(0.1, 0.2, 0)));
    }
}
