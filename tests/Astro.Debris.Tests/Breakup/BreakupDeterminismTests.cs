using Astro.Debris.Breakup;

namespace Astro.Debris.Tests.Breakup;

public class BreakupDeterminismTests
{
    private static BreakupEvent Cosmos(ulong seed) => BreakupEvent.Collision(ParentObjectType.Spacecraft, 2000, 50, 7, 0.005, seed);

    [Fact]
    public void Same_seed_gives_the_identical_cloud()
    {
        var a = BreakupModel.Generate(Cosmos(42));
        var b = BreakupModel.Generate(Cosmos(42));
        a.Count.Should().BeGreaterThan(5 * BreakupModel.BlockSize);
        a.Fragments.Span.SequenceEqual(b.Fragments.Span).Should().BeTrue();
        a.TotalFragmentMassKg.Should().Be(b.TotalFragmentMassKg);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(-1)]
    public void Cloud_does_not_depend_on_the_thread_count(int threads)
    {
        var serial = BreakupModel.Generate(Cosmos(7));
        var parallel = BreakupModel.Generate(Cosmos(7), threads);
        parallel.Fragments.Span.SequenceEqual(serial.Fragments.Span).Should().BeTrue();
        parallel.PowerLawMassKg.Should().Be(serial.PowerLawMassKg);
    }

    [Fact]
    public void Different_seeds_give_different_clouds()
    {
        var a = BreakupModel.Generate(Cosmos(1)).Fragments.Span;
        var b = BreakupModel.Generate(Cosmos(2)).Fragments.Span;
        int n = Math.Min(a.Length, b.Length);
        int same = 0;
        for (int i = 0; i < n; i++) if (a[i].CharacteristicLengthM == b[i].CharacteristicLengthM) same++;
        same.Should().BeLessThan(3);
        // Seeds that differ only in the high bits also differ.
        BreakupModel.Generate(Cosmos(1UL << 63 | 1)).Fragments.Span[0].Should().NotBe(a[0]);
    }

    [Fact]
    public void Generator_is_uniform_and_seeded_by_all_64_bits()
    {
        var rng = Xoshiro256.Create(123, 0);
        var u = new double[20_000];
        for (int i = 0; i < u.Length; i++) u[i] = rng.NextDouble();
        KolmogorovSmirnov.UniformStatistic(u).Should().BeLessThan(KolmogorovSmirnov.CriticalValue(u.Length));
        Xoshiro256.Create(1, 0).NextULong().Should().NotBe(Xoshiro256.Create(1 | (1UL << 40), 0).NextULong());
        Xoshiro256.Create(1, 0).NextULong().Should().NotBe(Xoshiro256.Create(1, 1).NextULong());
    }
}
