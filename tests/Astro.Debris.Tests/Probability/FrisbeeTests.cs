using System.Text.Json;
using Astro.Debris.Probability;
using Astro.Debris.Screening;
using Xunit.Abstractions;

namespace Astro.Debris.Tests.Probability;

/// <summary>cara_unit_test_values.json "frisbee_max_pc_single_covariance" and "frisbee_manufactured".</summary>
public class FrisbeeTests(ITestOutputHelper output)
{
    private static EncounterPlane KnownOnly(ConjunctionDataMessage cdm, bool primaryKnown)
    {
        var (a, b) = EncounterObject.FromCdm(cdm);
        if (primaryKnown) b = b with { Covariance = PositionCovariance.Zero };
        else a = a with { Covariance = PositionCovariance.Zero };
        return EncounterPlane.FromStates(a, b, adjustToClosestApproach: false);
    }

    [Fact]
    public void Single_covariance_cases_with_the_equal_area_square()
    {
        using var doc = PcData.Json("cara_unit_test_values.json");
        var entry = doc.RootElement.GetProperty("cases").EnumerateArray().First(c => c.GetProperty("id").GetString() == "frisbee_max_pc_single_covariance");
        double worst = 0;
        foreach (var c in entry.GetProperty("cases").EnumerateArray())
        {
            var cdm = CdmReader.ReadFile(PcData.PathOf(c.GetProperty("cdm").GetString()!.Split('/')));
            foreach (var (hbr, key) in new[] { (70.0, "hbr70"), (20.0, "hbr20") })
            {
                for (int k = 0; k < 2; k++)
                {
                    double expected = c.GetProperty(key)[k].GetDouble();
                    var pc = CollisionProbability.FrisbeeMaximum(KnownOnly(cdm, primaryKnown: k == 1), hbr, HardBodyShape.SquareEqualArea);
                    double rel = PcData.RelativeError(pc.Value, expected);
                    worst = Math.Max(worst, rel);
                    rel.Should().BeLessThan(0.01, $"{c.GetProperty("cdm").GetString()} {key}[{k}]"); // source tolerance 1%
                }
            }
        }

        output.WriteLine($"max rel {worst:E2}");
    }

    [Fact]
    public void Manufactured_case_with_the_equal_area_square()
    {
        var cdm = CdmReader.ReadFile(PcData.PathOf("cara-sample-cdms", "FrisbeeMaxPcTestCase_Test01.cdm"));
        foreach (var (hbr, expected) in new[] { (5.0, 4.3e-5), (10.0, 1.71e-4) })
        {
            var pc = CollisionProbability.FrisbeeMaximum(KnownOnly(cdm, primaryKnown: true), hbr, HardBodyShape.SquareEqualArea);
            output.WriteLine($"hbr {hbr}: {pc.Value:E4} vs {expected:E4}");
            pc.Value.Should().BeApproximately(expected, 5e-7); // source: absolute 5e-7
        }
    }
}
