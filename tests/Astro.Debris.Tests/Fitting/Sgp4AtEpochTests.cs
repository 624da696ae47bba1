using Astro.Debris.Breakup;
using Astro.Debris.Elements;
using Astro.Debris.Propagation;

namespace Astro.Debris.Tests.Fitting;

public class Sgp4AtEpochTests
{
    [Fact]
    public void Fast_epoch_evaluation_matches_the_full_propagator_on_random_near_earth_sets()
    {
        var rng = new Random(7);
        var epoch = FittingTestData.EventEpoch;
        int near = 0;
        for (int k = 0; k < 2000; k++)
        {
            double n = 11.0 + 5.5 * rng.NextDouble();            // rev/day
            double e = k % 10 == 0 ? 1e-7 * rng.NextDouble() : 0.3 * Math.Pow(rng.NextDouble(), 3);
            double inc = Math.PI * rng.NextDouble();
            double raan = 2 * Math.PI * rng.NextDouble(), argp = 2 * Math.PI * rng.NextDouble(), m = 2 * Math.PI * rng.NextDouble();
            var set = Sgp4AtEpoch.ToElementSet(n / Sgp4AtEpoch.RevPerDayPerRadPerMin, e, inc, raan, argp, m, epoch, 1e-3);
            var sat = new Sgp4Propagator(set);
            var full = sat.Propagate(0.0);
            var err = Sgp4AtEpoch.Evaluate(set.MeanMotion / Sgp4AtEpoch.RevPerDayPerRadPerMin, e, inc, raan, argp, m, epoch, out var r, out var v);
            err.Should().Be(full.Error);
            if (full.Error is not (Sgp4Error.None or Sgp4Error.Decayed)) continue;
            if (!sat.IsDeepSpace) near++;
            (r - full.Position).Norm.Should().BeLessThan(1e-8, $"set {k}");
            (v - full.Velocity).Norm.Should().BeLessThan(1e-11, $"set {k}");
        }
        near.Should().BeGreaterThan(1500);
    }

    [Fact]
    public void Deep_space_sets_go_through_the_full_model()
    {
        var epoch = FittingTestData.EventEpoch;
        var set = Sgp4AtEpoch.ToElementSet(1.0027 / Sgp4AtEpoch.RevPerDayPerRadPerMin, 2e-4, 0.001, 1.0, 2.0, 3.0, epoch, 0.0);
        var full = new Sgp4Propagator(set).Propagate(0.0);
        Sgp4AtEpoch.Evaluate(set.MeanMotion / Sgp4AtEpoch.RevPerDayPerRadPerMin, 2e-4, 0.001, 1.0, 2.0, 3.0, epoch, out var r, out var v)
            .Should().Be(Sgp4Error.None);
        (r - full.Position).Norm.Should().BeLessThan(1e-9);
        (v - full.Velocity).Norm.Should().BeLessThan(1e-12);
    }
}
