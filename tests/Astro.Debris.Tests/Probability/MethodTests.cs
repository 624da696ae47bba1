using Astro.Debris.Probability;
using MathNet.Numerics;

namespace Astro.Debris.Tests.Probability;

public class MethodTests
{
    [Fact]
    public void Isotropic_circle_at_zero_miss_has_the_closed_form()
    {
        var plane = EncounterPlane.Create(0, 0, 400, 0, 400);
        foreach (double r in new[] { 0.1, 1, 10, 50, 200 })
            PcData.RelativeError(CollisionProbability.Foster(plane, r).Value, 1 - Math.Exp(-r * r / 800)).Should().BeLessThan(1e-11);
    }

    [Fact]
    public void Deep_tail_values_are_not_lost_to_cancellation()
    {
        // Isotropic σ = 100 m, miss 30σ, R = 1 m: Pc ≈ 5e-5·exp(−450) ≈ 1e-200. Chan's series is exact for an isotropic
        // covariance and is summed independently (Poisson × incomplete gamma in log space).
        var plane = EncounterPlane.Create(0, 3000, 1e4, 0, 1e4);
        var pc = CollisionProbability.Foster(plane, 1);
        pc.Value.Should().BeGreaterThan(1e-202).And.BeLessThan(1e-198);
        PcData.RelativeError(pc.Value, CollisionProbability.Chan(plane, 1).Value).Should().BeLessThan(1e-9);
        // The naive erf difference is zero here.
        (0.5 * (SpecialFunctions.Erf(3001 / (100 * Math.Sqrt(2))) - SpecialFunctions.Erf(2999 / (100 * Math.Sqrt(2))))).Should().Be(0);
    }

    [Fact]
    public void Chan_equals_the_exact_isotropic_value()
    {
        // Isotropic covariance: the equal-area disk is exact, so Chan equals Foster.
        var plane = EncounterPlane.Create(30, 40, 900, 0, 900);
        double foster = CollisionProbability.Foster(plane, 20).Value;
        var chan = CollisionProbability.Chan(plane, 20);
        chan.Flags.Should().Be(PcFlags.None);
        PcData.RelativeError(chan.Value, foster).Should().BeLessThan(1e-12);
    }

    [Fact]
    public void Alfano_maximum_closed_form_is_the_numerical_maximum_of_a_degenerate_covariance()
    {
        const double d = 500, r = 10;
        var closed = CollisionProbability.AlfanoMaximum(d, r);
        closed.Method.Should().Be(PcMethod.AlfanoMax);
        // Scan σ of a 1D Gaussian along the miss: the closed form is its maximum.
        double best = 0;
        for (double s = 10; s < 5000; s *= 1.001)
            best = Math.Max(best, 0.5 * (SpecialFunctions.Erfc((d - r) / (s * Math.Sqrt(2))) - SpecialFunctions.Erfc((d + r) / (s * Math.Sqrt(2)))));
        PcData.RelativeError(closed.Value, best).Should().BeLessThan(1e-6);
        // Finite aspect ratios stay below it and rise towards it.
        double ar10 = CollisionProbability.AlfanoMaximum(d, r, 10).Value;
        double ar100 = CollisionProbability.AlfanoMaximum(d, r, 100).Value;
        ar10.Should().BeLessThan(ar100);
        ar100.Should().BeLessThan(closed.Value * (1 + 1e-9));
        CollisionProbability.AlfanoMaximum(5, 10).Value.Should().Be(1);
        // Isotropic maximum ≈ R²/(e d²) (Alfriend, small R).
        PcData.RelativeError(CollisionProbability.AlfanoMaximum(d, r, 1).Value, r * r / (Math.E * d * d)).Should().BeLessThan(1e-3);
    }

    [Fact]
    public void Dilution_maximum_bounds_the_Pc_and_finds_the_scale()
    {
        var plane = EncounterPlane.Create(300, 0, 50 * 50, 0, 20 * 20);
        var max = CollisionProbability.DilutionMaximum(plane, 10);
        max.Value.Should().BeGreaterThan(CollisionProbability.Foster(plane, 10).Value);
        for (double k = 0.5; k < 20; k *= 1.1)
        {
            var scaled = EncounterPlane.Create(300, 0, k * k * 2500, 0, k * k * 400);
            CollisionProbability.Foster(scaled, 10).Value.Should().BeLessThanOrEqualTo(max.Value * (1 + 1e-9));
        }

        max.MaximizingParameter.Should().BeGreaterThan(1); // σ grows towards the miss: not diluted
    }

    [Fact]
    public void Square_of_an_aligned_isotropic_case_is_a_product_of_intervals()
    {
        var plane = EncounterPlane.Create(10, 0, 100, 0, 100);
        double expected = 0.5 * (SpecialFunctions.Erf(15 / (10 * Math.Sqrt(2))) - SpecialFunctions.Erf(5 / (10 * Math.Sqrt(2))))
                          * SpecialFunctions.Erf(5 / (10 * Math.Sqrt(2)));
        CollisionProbability.Square(plane, 5).Value.Should().BeApproximately(expected, 1e-15);
    }

    [Fact]
    public void Invalid_inputs_give_NaN_with_a_reason()
    {
        var plane = EncounterPlane.Create(10, 0, 100, 0, 100);
        var negative = CollisionProbability.Foster(plane, -1);
        double.IsNaN(negative.Value).Should().BeTrue();
        negative.Flags.Should().HaveFlag(PcFlags.InvalidInput);
        var bad = CollisionProbability.Foster(EncounterPlane.Create(10, 0, double.NaN, 0, 100), 5);
        double.IsNaN(bad.Value).Should().BeTrue();
        bad.Reason.Should().NotBeNullOrEmpty();
        var negDef = CollisionProbability.Foster(EncounterPlane.Create(10, 0, -100, 0, -50), 5);
        negDef.Flags.Should().HaveFlag(PcFlags.CovarianceNotRemediable);
        double.IsNaN(negDef.Value).Should().BeTrue();
        CollisionProbability.Foster(plane, 0).Value.Should().Be(0);
    }

    [Fact]
    public void Batch_matches_single_calls()
    {
        var planes = new[] { EncounterPlane.Create(10, 0, 100, 0, 100), EncounterPlane.Create(100, 5, 900, 10, 100), EncounterPlane.Create(1, 1, double.NaN, 0, 1) };
        var dest = new double[3];
        CollisionProbability.Foster(planes, [5.0], dest);
        dest[0].Should().Be(CollisionProbability.Foster(planes[0], 5).Value);
        dest[1].Should().Be(CollisionProbability.Foster(planes[1], 5).Value);
        double.IsNaN(dest[2]).Should().BeTrue();
        var act = () => CollisionProbability.Foster(planes, [5.0], new double[2]);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Monte_Carlo_of_a_plane_agrees_with_Foster_and_is_seeded()
    {
        var a = new EncounterObject(new StateVector(new Vector3D(7000, 0, 0), new Vector3D(0, 7.5, 0)), PositionCovariance.FromSigmas(20, 60, 20), CovarianceFrame.Rtn);
        var b = new EncounterObject(new StateVector(new Vector3D(7000.03, 0, 0.01), new Vector3D(0, 0, 7.5)), PositionCovariance.FromSigmas(20, 60, 20), CovarianceFrame.Rtn);
        var plane = EncounterPlane.FromStates(a, b);
        double foster = CollisionProbability.Foster(plane, 15).Value;
        var mc = CollisionProbability.MonteCarlo(plane, 15, new MonteCarloOptions { Trials = 200_000, Seed = 7 });
        foster.Should().BeInRange(mc.ConfidenceLower, mc.ConfidenceUpper);
        CollisionProbability.MonteCarlo(plane, 15, new MonteCarloOptions { Trials = 200_000, Seed = 7 }).Value.Should().Be(mc.Value);
        CollisionProbability.MonteCarlo(plane, 15, new MonteCarloOptions { Trials = 200_000, Seed = 8 }).Value.Should().NotBe(mc.Value);
    }
}
