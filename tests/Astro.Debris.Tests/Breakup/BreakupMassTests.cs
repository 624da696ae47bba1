using Astro.Debris.Breakup;
using Xunit.Abstractions;

namespace Astro.Debris.Tests.Breakup;

public class BreakupMassTests(ITestOutputHelper output)
{
    private static BreakupEvent Cosmos(double minLc, ulong seed) =>
        BreakupEvent.Collision(ParentObjectType.Spacecraft, 2000, 50, 7, minLc, seed);

    private static void CheckFragmentLaws(BreakupResult r)
    {
        foreach (var f in r.Fragments.Span)
        {
            f.MassKg.Should().BePositive();
            f.AreaM2.Should().BeApproximately(BreakupModel.AreaFromCharacteristicLengthM2(f.CharacteristicLengthM), f.AreaM2 * 1e-12);
            f.MassKg.Should().BeApproximately(f.AreaM2 / f.AreaToMassRatio, f.MassKg * 1e-12);
        }
        for (int i = 0; i < r.Count; i++) r.Fragments.Span[i].Id.Should().Be(i);
    }

    private void Report(string name, BreakupResult r) => output.WriteLine(
        $"{name}: sampled {r.SampledCount}, discarded {r.DiscardedCount}, power-law mass {r.PowerLawMassKg:F3} kg, " +
        $"unresolved {r.UnresolvedMassKg:F3} kg, remaining {r.RemainingMassKg:F3} kg -> {r.RemainderAssignment} ×{r.RemainderFragmentCount}, " +
        $"total fragments {r.TotalFragmentMassKg:F3} of {r.TotalParentMassKg} kg");

    [Theory]
    [InlineData(0.01, 1UL)]
    [InlineData(0.01, 2UL)]
    [InlineData(0.1, 3UL)]
    [InlineData(0.001, 4UL)]
    public void Catastrophic_collision_conserves_mass_with_large_fragments(double minLc, ulong seed)
    {
        var r = BreakupModel.Generate(Cosmos(minLc, seed));
        Report($"COSMOS-like ≥{minLc} m seed {seed}", r);
        r.IsCatastrophic.Should().BeTrue();
        r.TotalParentMassKg.Should().Be(2050);
        r.FragmentationBudgetKg.Should().Be(2050);
        r.PowerLawMassKg.Should().BeLessThanOrEqualTo(r.FragmentationBudgetKg - r.UnresolvedMassKg);
        var span = r.Fragments.Span;
        double sum = 0;
        foreach (var f in span) sum += f.MassKg;
        sum.Should().BeApproximately(r.TotalFragmentMassKg, 1e-9 * r.TotalParentMassKg);
        (r.TotalFragmentMassKg + r.UnresolvedMassKg).Should().BeApproximately(r.TotalParentMassKg, 1e-9 * r.TotalParentMassKg);
        r.RemainderAssignment.Should().Be(RemainderAssignment.LargeFragments);
        r.RemainderFragmentCount.Should().BeInRange(2, 8);
        r.Count.Should().Be(r.PowerLawFragmentCount + r.RemainderFragmentCount);
        double plSum = 0;
        foreach (var f in span[..r.PowerLawFragmentCount])
        {
            f.CharacteristicLengthM.Should().BeInRange(minLc, r.MaximumCharacteristicLengthM);
            plSum += f.MassKg;
        }
        plSum.Should().BeApproximately(r.PowerLawMassKg, 1e-9 * r.TotalParentMassKg);
        CheckFragmentLaws(r);
        if (minLc > 0.001) r.UnresolvedMassKg.Should().BePositive();
        else r.UnresolvedMassKg.Should().Be(0);
    }

    [Fact]
    public void Trimming_discards_only_the_largest_fragments()
    {
        // The explosion count does not depend on mass: the same seed gives the same power-law sample for a light parent
        // (over budget, trimmed) and a heavy one (not trimmed). The kept fragments must be the sample minus its largest members.
        var light = BreakupEvent.Explosion(ParentObjectType.RocketBody, 40, 0.01, 9) with { MaximumCharacteristicLengthM = 2.0 };
        var loose = BreakupModel.Generate(light with { TargetMassKg = 1e6 });
        var r = BreakupModel.Generate(light);
        Report("RB explosion 40 kg, 1 cm-2 m", r);
        loose.DiscardedCount.Should().Be(0);
        r.SampledCount.Should().Be(loose.SampledCount);
        r.DiscardedCount.Should().BePositive();
        var kept = r.Fragments.Span[..r.PowerLawFragmentCount].ToArray();
        double maxKept = kept.Max(f => f.CharacteristicLengthM);
        var all = loose.Fragments.Span[..loose.SampledCount].ToArray();
        all.Count(f => f.CharacteristicLengthM > maxKept).Should().Be(r.DiscardedCount);
        kept.Select(f => f.CharacteristicLengthM).Should().Equal(all.Where(f => f.CharacteristicLengthM <= maxKept).Select(f => f.CharacteristicLengthM));
        // Depositing the smallest discarded fragment as well would have exceeded the budget.
        double smallestDiscarded = all.Where(f => f.CharacteristicLengthM > maxKept).MinBy(f => f.CharacteristicLengthM).MassKg;
        (r.PowerLawMassKg + smallestDiscarded).Should().BeGreaterThan(r.FragmentationBudgetKg - r.UnresolvedMassKg);
    }

    [Fact]
    public void Non_catastrophic_collision_deposits_at_most_M_and_leaves_a_cratered_remnant()
    {
        var e = BreakupEvent.Collision(ParentObjectType.Spacecraft, 2000, 1, 7, 0.001, 17);
        var r = BreakupModel.Generate(e);
        Report("2000 kg + 1 kg @ 7 km/s", r);
        r.IsCatastrophic.Should().BeFalse();
        r.CollisionMassParameterKg.Should().BeApproximately(49, 1e-9);
        r.FragmentationBudgetKg.Should().BeApproximately(49, 1e-9);
        r.PowerLawMassKg.Should().BeLessThanOrEqualTo(49);
        r.RemainderAssignment.Should().Be(RemainderAssignment.CrateredRemnant);
        r.RemainderFragmentCount.Should().Be(1);
        var remnant = r.Fragments.Span[r.Count - 1];
        remnant.Source.Should().Be(FragmentSource.Remnant);
        remnant.DeltaVMetersPerSecond.Should().Be(Vector3D.Zero);
        remnant.MassKg.Should().BeApproximately(2001 - r.PowerLawMassKg, 1e-9);
        remnant.MassKg.Should().BeGreaterThan(1900);
        (r.TotalFragmentMassKg + r.UnresolvedMassKg).Should().BeApproximately(2001, 1e-9);
        foreach (var f in r.Fragments.Span[..r.PowerLawFragmentCount]) f.Source.Should().NotBe(FragmentSource.Remnant);
        CheckFragmentLaws(r);
    }

    [Fact]
    public void Explosion_fragments_all_come_from_the_target_and_conserve_mass()
    {
        var r = BreakupModel.Generate(BreakupEvent.Explosion(ParentObjectType.RocketBody, 839, 0.001, 23));
        Report("RB explosion 839 kg ≥1 mm", r);
        r.IsCatastrophic.Should().BeFalse();
        r.Fragments.ToArray().Should().OnlyContain(f => f.Source == FragmentSource.Target);
        r.RemainderAssignment.Should().Be(RemainderAssignment.LargeFragments);
        (r.TotalFragmentMassKg + r.UnresolvedMassKg).Should().BeApproximately(839, 1e-9 * 839);
        CheckFragmentLaws(r);
    }

    [Fact]
    public void Unresolved_mass_matches_the_mean_mass_of_the_missing_small_fragments()
    {
        // Reserved mass for [1 mm, 2 cm) when Lmin = 2 cm vs the mean generated mass in [1 mm, 2 cm) over 10 clouds.
        var withMin = BreakupEvent.Explosion(ParentObjectType.Spacecraft, 5000, 0.02, 1);
        double reserved = BreakupModel.Generate(withMin).UnresolvedMassKg;
        double mean = 0;
        const int runs = 10;
        for (ulong s = 0; s < runs; s++)
        {
            var r = BreakupModel.Generate(BreakupEvent.Explosion(ParentObjectType.Spacecraft, 5000, 0.001, 100 + s)
                with { MaximumCharacteristicLengthM = 0.02 });
            r.DiscardedCount.Should().Be(0);
            mean += r.PowerLawMassKg / runs;
        }
        output.WriteLine($"reserved {reserved:F4} kg, mean generated {mean:F4} kg");
        mean.Should().BeApproximately(reserved, 0.03 * reserved);
    }
}
