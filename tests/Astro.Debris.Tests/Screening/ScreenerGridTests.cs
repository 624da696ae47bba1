using Astro.Debris.Elements;
using Astro.Debris.Screening;
using Astro.Debris.Time;
using Xunit.Abstractions;

namespace Astro.Debris.Tests.Screening;

/// <summary>
/// The all-versus-all grid (sorted cells, per-interval speed bounds, fast objects queried in the same grid) finds every
/// candidate interval that a quadratic pass of the same exact per-pair tests finds: same candidates, same events.
/// </summary>
public class ScreenerGridTests(ITestOutputHelper output)
{
    private static readonly Epoch Start = Epoch.Parse("2022-08-09T06:00:00Z");

    [Theory]
    [InlineData(1, 1500, 1.0, 50.0, null)]     // a random sample of the whole 2022 catalogue: LEO, MEO, GEO, HEO, fast objects
    [InlineData(2, 1200, 1.5, 200.0, null)]    // a large threshold: big cells
    [InlineData(3, 1200, 0.5, 20.0, 5.0)]      // the shortest step: small cells, many of them
    [InlineData(4, 900, 2.0, 100.0, 180.0)]    // a long step: objects cross several cells per interval
    public void GridFindsEveryCandidateOfTheQuadraticPass(int seed, int count, double hours, double thresholdKm, double? step)
    {
        var rng = new Random(seed);
        var sample = ScreenerTestData.Catalog.OrderBy(_ => rng.Next()).Take(count).ToList();
        // Plus decayed objects with old epochs for which SGP4 (like the reference) returns no error but positions of
        // 10⁸–10¹⁵ km: they land in the clamped boundary cells and must not disturb the grid.
        sample.AddRange(ScreenerTestData.Catalog.Where(e => e.CatalogNumber is 30645 or 36914 or 38318 or 42854).Except(sample));
        var options = new ScreeningOptions(Start, Start.AddSeconds(hours * 3600), thresholdKm) { StepSeconds = step };
        var grid = Run(sample, options, bruteForce: false);
        var quadratic = Run(sample, options, bruteForce: true);
        output.WriteLine($"grid: {grid.Statistics}");
        output.WriteLine($"quadratic: {quadratic.Statistics}");
        quadratic.Statistics.CandidateIntervals.Should().BePositive();
        grid.Statistics.CandidateIntervals.Should().Be(quadratic.Statistics.CandidateIntervals);
        grid.Statistics.BroadPhasePairTests.Should().BeLessThan(quadratic.Statistics.BroadPhasePairTests);
        grid.Conjunctions.Should().Equal(quadratic.Conjunctions);
        grid.Exclusions.Should().Equal(quadratic.Exclusions);
    }

    private static ScreeningResult Run(List<ElementSet> sets, ScreeningOptions options, bool bruteForce)
    {
        var exclusions = new List<ScreeningExclusion>();
        var table = new List<(ElementSet, ScreeningRole, int)>();
        for (int i = 0; i < sets.Count; i++)
        {
            var p = new Astro.Debris.Propagation.Sgp4Propagator(sets[i]);
            if (p.InitializationError == Astro.Debris.Propagation.Sgp4Error.None) table.Add((sets[i], ScreeningRole.Catalog, i));
        }
        return new ScreeningEngine(table, -1, options, exclusions, 0) { BruteForceBroadPhase = bruteForce }.Run(null, default);
    }
}
