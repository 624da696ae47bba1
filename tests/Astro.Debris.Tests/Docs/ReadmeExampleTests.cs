using Astro.Debris.Breakup;
using Astro.Debris.Elements;
using Astro.Debris.Probability;
using Astro.Debris.Screening;
using Astro.Debris.Tests.TestSupport;
using Astro.Debris.Time;

namespace Astro.Debris.Tests.Docs;

/// <summary>The README's breakup example, run as written (paths made absolute); keeps the README honest.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void Breakup_example_runs_and_gives_the_numbers_the_readme_quotes()
    {
        string dir = Directory.CreateTempSubdirectory("readme-").FullName;
        try
        {
            var parent = ElementsReader.ReadFile(TestData.PathOf("tle", "cosmos1408", "cosmos1408_parent_pre-test.3le")).Elements[^1];
            var e = BreakupEvent.Collision(ParentObjectType.Spacecraft, targetMassKg: 2000, projectileMassKg: 50,
                impactSpeedKmPerSecond: 7, minimumCharacteristicLengthM: 0.1, seed: 1);
            BreakupSimulationResult sim = BreakupSimulation.Run(parent, Epoch.Parse("2021-11-15T02:47:00Z"), e);
            using (var tle = File.CreateText(Path.Combine(dir, "fragments.tle"))) TleWriter.Write(sim.ElementSets(), tle);

            var iss = ElementsReader.ReadFile(TestData.PathOf("tle", "cosmos1408", "iss_2021-11-15.3le")).Elements[0];
            var window = new ScreeningOptions(Epoch.Parse("2021-11-15T02:47:00Z"), Epoch.Parse("2021-11-22T02:47:00Z"), thresholdKm: 5);
            ScreeningResult hits = ConjunctionScreener.ScreenOneVersusMany([iss], sim.ElementSets().ToList(), window);
            var cdm = CdmReader.ReadFile(TestData.PathOf("pc-cases", "cdm-examples", "ION_SCV8_vs_STARLINK_1233.txt"));
            PcResult pc = CollisionProbability.FromCdm(cdm, PcMethod.Foster, hardBodyRadiusMeters: 10);

            hits.Should().ContainSingle().Which.MissKm.Should().BeApproximately(0.806, 0.001, "the scenario's closest approach");
            pc.Value.Should().BeApproximately(0.0034965, 5e-8);
            sim.Count.Should().Be(1497);
            sim.Conversion.Count(FragmentOrbitClass.Orbital).Should().Be(1254);
            ElementsReader.ReadFile(Path.Combine(dir, "fragments.tle")).Elements.Should().HaveCount(1254);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
