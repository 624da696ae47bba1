using Astro.Debris.Breakup;

namespace Astro.Debris.Tests.Breakup;

public class BreakupCountTests
{
    private static BreakupEvent Iridium => BreakupEvent.Collision(ParentObjectType.Spacecraft, 900, 556, 11.7, 0.001, 1);

    [Theory]
    [InlineData(1.0, 23)]
    [InlineData(0.1, 1_208)]
    [InlineData(0.05, 3_954)]
    [InlineData(0.01, 61_997)]
    [InlineData(0.005, 202_830)]
    [InlineData(0.001, 3_179_589)]
    public void Collision_count_for_1456_kg_matches_the_TUM_floors(double lc, int expected)
    {
        BreakupModel.IsCatastrophic(Iridium).Should().BeTrue();
        BreakupModel.CollisionMassParameterKg(Iridium).Should().Be(1456);
        Math.Floor(BreakupModel.CumulativeCount(Iridium, lc)).Should().Be(expected);
    }

    [Theory]
    [InlineData(0.05, 724)]
    [InlineData(0.1, 239)]
    [InlineData(0.01, 9_509)]
    [InlineData(0.001, 378_574)]
    public void Explosion_count_with_S_1_matches_the_law(double lc, int expected)
    {
        // Rounded (6·0.1^−1.6 = 238.86 rounds to the quoted 239; the other values are the same floored or rounded).
        var e = BreakupEvent.Explosion(ParentObjectType.RocketBody, 839, 0.001, 1);
        Math.Round(BreakupModel.CumulativeCount(e, lc)).Should().Be(expected);
    }

    [Fact]
    public void Explosion_count_scales_with_S()
    {
        var e1 = BreakupEvent.Explosion(ParentObjectType.RocketBody, 839, 0.01, 1);
        var e2 = BreakupEvent.Explosion(ParentObjectType.RocketBody, 839, 0.01, 1, scaleFactor: 0.5);
        BreakupModel.CumulativeCount(e2, 0.05).Should().BeApproximately(0.5 * BreakupModel.CumulativeCount(e1, 0.05), 1e-9);
    }

    public static TheoryData<double, bool, int> CaraCases => new()
    {
        { 0.01, false, 17 },
        { 1.6, false, 755 },     // EMR exactly 40 J/g: non-catastrophic (strict threshold)
        { 1000, true, 6_801 },
        { 3000, true, 9_977 },   // the projectile is heavier: the 3000 kg body becomes the target
    };

    [Theory]
    [MemberData(nameof(CaraCases))]
    public void NASA_CARA_threshold_cases(double projectileKg, bool catastrophic, int pieces)
    {
        var e = BreakupEvent.Collision(ParentObjectType.Spacecraft, 2000, projectileKg, 10, 0.05, 1);
        BreakupModel.IsCatastrophic(e).Should().Be(catastrophic);
        Math.Round(BreakupModel.CumulativeCount(e, 0.05)).Should().Be(pieces);
    }

    [Fact]
    public void EMR_of_the_boundary_case_is_exactly_40_J_per_g()
    {
        var e = BreakupEvent.Collision(ParentObjectType.Spacecraft, 2000, 1.6, 10, 0.05, 1);
        BreakupModel.EnergyToMassRatioJoulesPerKg(e).Should().Be(40_000);
        BreakupModel.CollisionMassParameterKg(e).Should().BeApproximately(160, 1e-9);
    }

    [Theory]
    [MemberData(nameof(CaraCases))]
    public void Sampled_count_is_Poisson_around_the_expected_count(double projectileKg, bool catastrophic, int pieces)
    {
        _ = catastrophic;
        const int runs = 200;
        var e = BreakupEvent.Collision(ParentObjectType.Spacecraft, 2000, projectileKg, 10, 0.05, 0)
            with { MaximumCharacteristicLengthM = 1e6 };
        double lambda = BreakupModel.ExpectedCount(e);
        lambda.Should().BeApproximately(pieces, 0.5);
        var counts = Enumerable.Range(0, runs)
            .Select(s => (double)BreakupModel.Generate(e with { Seed = (ulong)s * 7919 + 3 }).SampledCount).ToArray();
        double mean = counts.Average();
        double variance = counts.Sum(c => (c - mean) * (c - mean)) / (runs - 1);
        mean.Should().BeApproximately(lambda, 5 * Math.Sqrt(lambda / runs));
        // Poisson: variance = mean (sd of the sample variance ≈ λ·sqrt(2/runs) for large λ).
        (variance / lambda).Should().BeInRange(1 - 5 * Math.Sqrt(2.0 / runs), 1 + 5 * Math.Sqrt(2.0 / runs));
    }

    [Fact]
    public void Expected_count_is_truncated_at_the_parent_size()
    {
        var e = BreakupEvent.Collision(ParentObjectType.Spacecraft, 2000, 50, 7, 0.1, 1);
        double lmax = BreakupModel.CharacteristicLengthFromMassM(2000);
        BreakupModel.ExpectedCount(e).Should().BeApproximately(
            BreakupModel.CumulativeCount(e, 0.1) - BreakupModel.CumulativeCount(e, lmax), 1e-9);
        BreakupModel.Generate(e).MaximumCharacteristicLengthM.Should().Be(lmax);
    }

    [Theory]
    [InlineData(1750, 4.88)]
    [InlineData(2200, 5.40)]
    [InlineData(556, 2.94)]
    [InlineData(900, 3.64)]
    public void Parent_size_from_mass_matches_the_density_relation(double massKg, double lcM) =>
        BreakupModel.CharacteristicLengthFromMassM(massKg).Should().BeApproximately(lcM, 0.006);
}
