using Astro.Debris.Frames;
using Astro.Debris.Probability;

namespace Astro.Debris.Tests.Probability;

public class EncounterPlaneTests
{
    private static readonly StateVector Primary = new(new Vector3D(7000, 0, 0), new Vector3D(0, 7.5, 0));
    private static readonly StateVector Secondary = new(new Vector3D(7000.1, 0.02, 0), new Vector3D(0, 0, 7.5));

    [Fact]
    public void Axes_follow_CARA_and_the_full_miss_lies_along_x()
    {
        var a = new EncounterObject(Primary, PositionCovariance.FromSigmas(10, 100, 20), CovarianceFrame.Rtn);
        var b = new EncounterObject(Secondary, PositionCovariance.FromSigmas(30, 300, 40), CovarianceFrame.Rtn);
        var plane = EncounterPlane.FromStates(a, b);
        var dr = Secondary.Position - Primary.Position;
        var dv = Secondary.Velocity - Primary.Velocity;
        Vector3D.Dot(plane.YAxis, dv.Normalize()).Should().BeApproximately(1, 1e-15);
        Vector3D.Dot(plane.ZAxis, Vector3D.Cross(dr, dv).Normalize()).Should().BeApproximately(1, 1e-15);
        Vector3D.Dot(plane.XAxis, Vector3D.Cross(plane.YAxis, plane.ZAxis)).Should().BeApproximately(1, 1e-15);
        plane.MissXMeters.Should().BeApproximately(dr.Norm * 1000, 1e-9);
        plane.MissZMeters.Should().Be(0);
        plane.RelativeSpeedKmPerSecond.Should().BeApproximately(dv.Norm, 1e-12);
    }

    [Fact]
    public void Rtn_and_inertial_covariances_give_the_same_plane()
    {
        var rtn = new PositionCovariance(100, 20, -5, 900, 30, 50);
        var frame = RtnFrame.FromState(Primary);
        var inertial = rtn.FromRtn(frame);
        inertial.ToRtn(frame).C12.Should().BeApproximately(20, 1e-12);
        var other = new EncounterObject(Secondary, PositionCovariance.FromSigmas(5, 50, 5), CovarianceFrame.Inertial);
        var p1 = EncounterPlane.FromStates(new EncounterObject(Primary, rtn, CovarianceFrame.Rtn), other);
        var p2 = EncounterPlane.FromStates(new EncounterObject(Primary, inertial, CovarianceFrame.Inertial), other);
        p1.CovarianceXX.Should().BeApproximately(p2.CovarianceXX, 1e-9);
        p1.CovarianceXZ.Should().BeApproximately(p2.CovarianceXZ, 1e-9);
        p1.CovarianceZZ.Should().BeApproximately(p2.CovarianceZZ, 1e-9);
        // RTN of a circular orbit along +y at +x: R = x, T = y, N = z.
        inertial.C11.Should().BeApproximately(100, 1e-12);
        inertial.C22.Should().BeApproximately(900, 1e-12);
    }

    [Fact]
    public void Adjustment_moves_both_states_to_the_linear_closest_approach()
    {
        var b = new StateVector(Secondary.Position + Secondary.Velocity * 0.5 - Primary.Velocity * 0.5, Secondary.Velocity);
        var a = new EncounterObject(Primary, PositionCovariance.FromSigmas(10, 100, 20), CovarianceFrame.Rtn);
        var s = new EncounterObject(b, PositionCovariance.FromSigmas(10, 100, 20), CovarianceFrame.Rtn);
        var adjusted = EncounterPlane.FromStates(a, s, adjustToClosestApproach: true);
        var dr = b.Position - Primary.Position;
        var dv = b.Velocity - Primary.Velocity;
        adjusted.TcaOffsetSeconds.Should().BeApproximately(-Vector3D.Dot(dr, dv) / dv.NormSquared, 1e-12);
        adjusted.TcaOffsetSeconds.Should().BeApproximately(-0.5 + 0.15 / 112.5, 1e-12);
        Vector3D.Dot(adjusted.RelativePositionKm, adjusted.RelativeVelocityKmPerSecond).Should().BeApproximately(0, 1e-12);
        EncounterPlane.FromStates(a, s).TcaOffsetSeconds.Should().Be(0);
    }

    [Fact]
    public void Earth_fixed_states_get_omega_cross_r()
    {
        var o = EncounterObject.FromEarthFixed(new Vector3D(7000, 0, 0), new Vector3D(0, 7, 0), PositionCovariance.Zero, CovarianceFrame.Rtn);
        o.State.Velocity.Y.Should().BeApproximately(7 + 7000 * 7.292115146706979e-5, 1e-15);
    }

    [Fact]
    public void Zero_relative_velocity_gives_an_undefined_plane()
    {
        var a = new EncounterObject(Primary, PositionCovariance.FromSigmas(1, 1, 1), CovarianceFrame.Inertial);
        var b = a with { State = new StateVector(Primary.Position + new Vector3D(0.01, 0, 0), Primary.Velocity) };
        var plane = EncounterPlane.FromStates(a, b, adjustToClosestApproach: true);
        plane.IsDefined.Should().BeFalse();
        plane.Flags.Should().HaveFlag(PcFlags.ZeroRelativeVelocity);
        var pc = CollisionProbability.Foster(plane, 10);
        double.IsNaN(pc.Value).Should().BeTrue();
        pc.Reason.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Zero_miss_picks_an_arbitrary_orientation_and_still_integrates()
    {
        var a = new EncounterObject(Primary, PositionCovariance.FromSigmas(10, 10, 10), CovarianceFrame.Inertial);
        var b = new EncounterObject(Secondary with { Position = Primary.Position }, PositionCovariance.FromSigmas(10, 10, 10), CovarianceFrame.Inertial);
        var plane = EncounterPlane.FromStates(a, b);
        plane.Flags.Should().HaveFlag(PcFlags.DegenerateMissDirection);
        // Isotropic: Pc = 1 − exp(−R²/(2σ²)) with σ² = 200.
        CollisionProbability.Foster(plane, 5).Value.Should().BeApproximately(1 - Math.Exp(-25.0 / 400.0), 1e-13);
    }
}
