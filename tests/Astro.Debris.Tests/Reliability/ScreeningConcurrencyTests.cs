using Astro.Debris.Screening;
using Astro.Debris.Tests.Screening;
using Astro.Debris.Time;

namespace Astro.Debris.Tests.Reliability;

/// <summary>
/// Many threads screen the same shared element sets at once (all-vs-all and one-vs-many, each screen itself
/// multi-threaded); every result must equal a single-threaded run exactly: same events, same TCA and miss bits.
/// </summary>
public class ScreeningConcurrencyTests
{
    [Fact]
    public void Concurrent_screens_on_shared_element_sets_equal_a_single_threaded_run()
    {
        var catalog = ScreenerTestData.LeoSubset(150, seed: 77, minAltKm: 500, maxAltKm: 1000);
        var cloud = ScreenerTestData.Cosmos1408Cloud(200, seed: 5);
        var iss = ScreenerTestData.Read("tle", "cosmos1408", "iss_2021-11-15.3le")[0];
        var allOptions = new ScreeningOptions(Epoch.Parse("2022-08-09T06:00:00Z"), Epoch.Parse("2022-08-09T08:00:00Z"), 50.0) { MaxDegreeOfParallelism = 1 };
        var oneOptions = new ScreeningOptions(Epoch.Parse("2021-11-15T03:00:00Z"), Epoch.Parse("2021-11-15T06:00:00Z"), 100.0) { MaxDegreeOfParallelism = 1 };

        // Warm the kernels up (tiered JIT), then take the single-threaded references.
        ConjunctionScreener.ScreenAllVersusAll(catalog, allOptions);
        ConjunctionScreener.ScreenOneVersusMany([iss], cloud, oneOptions);
        var allReference = Key(ConjunctionScreener.ScreenAllVersusAll(catalog, allOptions));
        var oneReference = Key(ConjunctionScreener.ScreenOneVersusMany([iss], cloud, oneOptions));
        allReference.Should().NotBeEmpty();
        oneReference.Should().NotBeEmpty();

        const int threads = 6;
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var start = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (int round = 0; round < 2; round++)
            {
                int dop = 1 + (t + round) % 2;
                var all = Key(ConjunctionScreener.ScreenAllVersusAll(catalog, allOptions with { MaxDegreeOfParallelism = dop }));
                if (!all.SequenceEqual(allReference)) failures.Add($"thread {t} round {round}: all-vs-all differs");
                var one = Key(ConjunctionScreener.ScreenOneVersusMany([iss], cloud, oneOptions with { MaxDegreeOfParallelism = dop }));
                if (!one.SequenceEqual(oneReference)) failures.Add($"thread {t} round {round}: one-vs-many differs");
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        failures.Should().BeEmpty();
    }

    private static List<string> Key(ScreeningResult r) =>
        r.Conjunctions.Select(c => $"{c.Object1.CatalogNumber}/{c.Object2.CatalogNumber}/{c.Tca.JulianDayMidnight:R}/{c.Tca.DayFraction:R}/{BitConverter.DoubleToInt64Bits(c.MissKm)}/{BitConverter.DoubleToInt64Bits(c.MissRtnKm.X)}").ToList();
}
