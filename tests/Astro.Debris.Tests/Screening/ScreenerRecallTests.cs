using Astro.Debris.Elements;
using Astro.Debris.Screening;
using Astro.Debris.Time;
using Xunit.Abstractions;

namespace Astro.Debris.Tests.Screening;

/// <summary>Recall against a 1-second brute force refined with the same Brent refinement: every event found, no extras, no duplicates.</summary>
public class ScreenerRecallTests(ITestOutputHelper output)
{
    private static readonly Epoch CatalogStart = Epoch.Parse("2022-08-09T06:00:00Z");

    [Theory]
    [InlineData(7, 500.0, 1000.0, 3.0, 100.0, null, 0)]
    [InlineData(2022, 300.0, 2000.0, 3.0, 100.0, null, 0)]
    [InlineData(99, 650.0, 900.0, 3.0, 30.0, 120.0, 0)] // a long step: the chord pad A·h²/8 ≈ 34 km exceeds D
    [InlineData(5, 300.0, 1000.0, 3.0, 100.0, null, 40)] // plus 40 eccentric low-perigee objects (the fast-object grid)
    public void CatalogSubsetAllVersusAllFindsEveryBruteForceEvent(int seed, double minAlt, double maxAlt, double hours, double D, double? step, int eccentric = 0)
    {
        var end = CatalogStart.AddSeconds(hours * 3600);
        var set = ScreenerTestData.Healthy(ScreenerTestData.LeoSubset(220 - eccentric, seed, minAlt, maxAlt)
            .Concat(ScreenerTestData.EccentricLowPerigee(eccentric, seed)), CatalogStart, end);
        var reference = ScreenerBruteForce.Run(set, null, CatalogStart, end, D);
        var result = ConjunctionScreener.ScreenAllVersusAll(set, new ScreeningOptions(CatalogStart, end, D) { StepSeconds = step });
        output.WriteLine($"{set.Length} objects, reference {reference.Count} events, screener {result.Count}; {result.Statistics}");
        result.Exclusions.Should().BeEmpty();
        ScreenerBruteForce.AssertSameEvents(result, reference, CatalogStart, hours * 3600);
    }

    [Theory]
    [InlineData(7, 500.0, 1000.0, 30)]
    [InlineData(2022, 300.0, 2000.0, 6)] // the 6 lowest primaries: the apogee/perigee prefilter removes high secondaries
    public void CatalogSubsetOneVersusManyEqualsAllVersusAll(int seed, double minAlt, double maxAlt, int primaryCount)
    {
        var end = CatalogStart.AddSeconds(3 * 3600);
        var set = ScreenerTestData.Healthy(ScreenerTestData.LeoSubset(220, seed, minAlt, maxAlt), CatalogStart, end);
        var options = new ScreeningOptions(CatalogStart, end, 100.0) { StepSeconds = 20 };
        var all = ConjunctionScreener.ScreenAllVersusAll(set, options);
        int[] primaryIndex = Enumerable.Range(0, set.Length).OrderByDescending(i => set[i].MeanMotion).Take(primaryCount).ToArray();
        var isPrimary = primaryIndex.ToHashSet();
        var one = ConjunctionScreener.ScreenOneVersusMany(primaryIndex.Select(i => set[i]).ToArray(), set, options);
        // Compare unordered (set index, set index) pairs; pairs of two primaries come twice from one-versus-many (both orders, identical numbers).
        var expected = all.Where(c => isPrimary.Contains(c.Index1) || isPrimary.Contains(c.Index2))
            .Select(c => (c.Index1, c.Index2, c.Tca, c.MissKm)).OrderBy(x => x.Tca).ThenBy(x => x.Index1).ThenBy(x => x.Index2).ToList();
        var got = one.Select(c => (A: primaryIndex[c.Index1], B: c.Index2, c.Tca, c.MissKm))
            .Select(c => (Math.Min(c.A, c.B), Math.Max(c.A, c.B), c.Tca, c.MissKm)).Distinct()
            .OrderBy(x => x.Tca).ThenBy(x => x.Item1).ThenBy(x => x.Item2).ToList();
        output.WriteLine($"all-vs-all events with a primary: {expected.Count}; one-vs-many: {got.Count}; prefiltered out {one.Statistics.PrefilteredOut}");
        expected.Should().NotBeEmpty();
        got.Should().Equal(expected);
        if (seed == 2022) one.Statistics.PrefilteredOut.Should().BePositive();
    }

    [Fact]
    public void SyntheticCosmos1408CloudAgainstIssFindsEveryBruteForceEvent()
    {
        var iss = ScreenerTestData.Read("tle", "cosmos1408", "iss_2021-11-15.3le");
        var start = Epoch.Parse("2021-11-15T03:00:00Z");
        var end = start.AddSeconds(6 * 3600);
        var cloud = ScreenerTestData.Healthy(ScreenerTestData.Cosmos1408Cloud(600, 1408), start, end);
        const double D = 100.0;
        var reference = ScreenerBruteForce.Run(iss, cloud, start, end, D);
        var result = ConjunctionScreener.ScreenOneVersusMany(iss, cloud, new ScreeningOptions(start, end, D));
        output.WriteLine($"{cloud.Length} fragments, reference {reference.Count} events, screener {result.Count}; {result.Statistics}");
        ScreenerBruteForce.AssertSameEvents(result, reference, start, 6 * 3600);
    }

    [Fact]
    public void ResultsDoNotDependOnParallelismOrBlockLength()
    {
        var end = CatalogStart.AddSeconds(2 * 3600);
        var set = ScreenerTestData.LeoSubset(400, 11, 500, 1000);
        var one = ConjunctionScreener.ScreenAllVersusAll(set, new ScreeningOptions(CatalogStart, end, 50.0) { MaxDegreeOfParallelism = 1 });
        var two = ConjunctionScreener.ScreenAllVersusAll(set, new ScreeningOptions(CatalogStart, end, 50.0) { MaxDegreeOfParallelism = 2, BlockSteps = 7 });
        one.Should().NotBeEmpty();
        two.Conjunctions.Should().Equal(one.Conjunctions);
        two.Statistics.CandidateIntervals.Should().Be(one.Statistics.CandidateIntervals);
        two.Statistics.BroadPhasePairTests.Should().Be(one.Statistics.BroadPhasePairTests);

        ElementSet[] primaries = [.. set.Take(5)];
        var p1 = ConjunctionScreener.ScreenOneVersusMany(primaries, set, new ScreeningOptions(CatalogStart, end, 50.0) { MaxDegreeOfParallelism = 1 });
        var p2 = ConjunctionScreener.ScreenOneVersusMany(primaries, set, new ScreeningOptions(CatalogStart, end, 50.0) { MaxDegreeOfParallelism = 2, BlockSteps = 5 });
        p2.Conjunctions.Should().Equal(p1.Conjunctions);
    }
}
