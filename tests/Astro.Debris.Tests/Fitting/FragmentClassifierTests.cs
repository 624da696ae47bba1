using Astro.Debris.Breakup;

namespace Astro.Debris.Tests.Fitting;

public class FragmentClassifierTests
{
    private static StateVector Circular(double altitudeKm, double speedFactor)
    {
        double r = 6378.135 + altitudeKm;
        double v = Math.Sqrt(398600.8 / r) * speedFactor;
        return new StateVector(new Vector3D(r, 0, 0), new Vector3D(0, v, 0));
    }

    [Fact]
    public void Circular_orbit_is_orbital() =>
        FragmentClassifier.Classify(Circular(480, 1.0)).Should().Be(FragmentOrbitClass.Orbital);

    [Fact]
    public void Retro_burned_state_with_perigee_below_the_reentry_altitude_is_sub_orbital()
    {
        // Apogee 480 km; perigee ~50 km after slowing by ~125 m/s.
        var s = Circular(480, 0.9835);
        FragmentClassifier.Classify(s, 100.0).Should().Be(FragmentOrbitClass.SubOrbital);
        FragmentClassifier.Classify(s, 0.0).Should().Be(FragmentOrbitClass.Orbital);
        FragmentClassifier.Classify(Circular(480, 0.5), 0.0).Should().Be(FragmentOrbitClass.SubOrbital);
        // Straight down: no angular momentum, perigee at the centre.
        FragmentClassifier.Classify(new StateVector(new Vector3D(6858, 0, 0), new Vector3D(-1, 0, 0))).Should().Be(FragmentOrbitClass.SubOrbital);
    }

    [Fact]
    public void Escape_speed_and_above_is_escape()
    {
        FragmentClassifier.Classify(Circular(480, Math.Sqrt(2.0) * 1.000001)).Should().Be(FragmentOrbitClass.Escape);
        FragmentClassifier.Classify(Circular(480, 2.0)).Should().Be(FragmentOrbitClass.Escape);
        FragmentClassifier.Classify(Circular(480, Math.Sqrt(2.0) * 0.999)).Should().Be(FragmentOrbitClass.Orbital);
    }

    [Fact]
    public void Non_finite_state_is_refused()
    {
        var act = () => FragmentClassifier.Classify(new StateVector(new Vector3D(double.NaN, 0, 0), new Vector3D(0, 7, 0)));
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
