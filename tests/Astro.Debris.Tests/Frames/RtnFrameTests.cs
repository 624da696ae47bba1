using Astro.Debris.Frames;

namespace Astro.Debris.Tests.Frames;

public class RtnFrameTests
{
    private static readonly StateVector Inclined = new(
        new Vector3D(-6045.0, -3490.0, 2500.0), new Vector3D(-3.457, 6.618, 2.533));

    [Fact]
    public void Axes_AreOrthonormalAndRightHanded()
    {
        var f = RtnFrame.FromState(Inclined);
        f.Radial.Norm.Should().BeApproximately(1, 1e-15);
        f.Transverse.Norm.Should().BeApproximately(1, 1e-15);
        f.Normal.Norm.Should().BeApproximately(1, 1e-15);
        Vector3D.Dot(f.Radial, f.Transverse).Should().BeApproximately(0, 1e-15);
        Vector3D.Dot(f.Radial, f.Normal).Should().BeApproximately(0, 1e-15);
        Vector3D.Dot(f.Transverse, f.Normal).Should().BeApproximately(0, 1e-15);
        VectorAssert.Close(Vector3D.Cross(f.Radial, f.Transverse), f.Normal, 1e-15);
        // R along r, N along h, T has a positive velocity component.
        VectorAssert.Close(f.Radial, Inclined.Position.Normalize(), 1e-15);
        VectorAssert.Close(f.Normal, Vector3D.Cross(Inclined.Position, Inclined.Velocity).Normalize(), 1e-15);
        Vector3D.Dot(f.Transverse, Inclined.Velocity).Should().BePositive();
    }

    [Fact]
    public void EquatorialCircularOrbit_IsTheInertialAxes()
    {
        var f = RtnFrame.FromState(new StateVector(new Vector3D(7000, 0, 0), new Vector3D(0, 7.546, 0)));
        f.Radial.Should().Be(new Vector3D(1, 0, 0));
        f.Transverse.Should().Be(new Vector3D(0, 1, 0));
        f.Normal.Should().Be(new Vector3D(0, 0, 1));
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(51.6, 33.0)]
    [InlineData(98.7, 200.0)]
    [InlineData(180.0, 95.0)]
    public void CircularOrbit_VelocityIsPureTransverse(double inclinationDeg, double argumentOfLatitudeDeg)
    {
        double i = inclinationDeg * Math.PI / 180, u = argumentOfLatitudeDeg * Math.PI / 180;
        double r = 7000, v = Math.Sqrt(398600.4418 / r);
        var pos = r * new Vector3D(Math.Cos(u), Math.Sin(u) * Math.Cos(i), Math.Sin(u) * Math.Sin(i));
        var vel = v * new Vector3D(-Math.Sin(u), Math.Cos(u) * Math.Cos(i), Math.Cos(u) * Math.Sin(i));
        var f = RtnFrame.FromState(new StateVector(pos, vel));
        VectorAssert.Close(f.ToRtn(vel), new Vector3D(0, v, 0), 1e-14);
        VectorAssert.Close(f.ToRtn(pos), new Vector3D(r, 0, 0), 1e-11);
    }

    [Fact]
    public void ToRtn_FromRtn_RoundTrip()
    {
        var f = RtnFrame.FromState(Inclined);
        var d = new Vector3D(0.123, -4.5, 6.75);
        VectorAssert.Close(f.FromRtn(f.ToRtn(d)), d, 1e-14);
        VectorAssert.Close(f.ToRtn(f.FromRtn(d)), d, 1e-14);
        f.FromRtn(new Vector3D(1, 0, 0)).Should().Be(f.Radial);
    }

    [Fact]
    public void Degenerate_Throws()
    {
        var zero = () => RtnFrame.FromState(new StateVector(Vector3D.Zero, new Vector3D(1, 0, 0)));
        zero.Should().Throw<ArgumentException>();
        var radial = () => RtnFrame.FromState(new StateVector(new Vector3D(7000, 0, 0), new Vector3D(3, 0, 0)));
        radial.Should().Throw<ArgumentException>();
        var rest = () => RtnFrame.FromState(new StateVector(new Vector3D(7000, 0, 0), Vector3D.Zero));
        rest.Should().Throw<ArgumentException>();
    }
}
