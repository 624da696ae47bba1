using Astro.Debris.Probability;
using Xunit.Abstractions;

namespace Astro.Debris.Tests.Probability;

/// <summary>Orekit's 19 encounter-plane cases (orekit_2d_principal_axes_cases.csv) in principal axes.</summary>
public class OrekitPrincipalAxesTests(ITestOutputHelper output)
{
    private static List<Dictionary<string, string>> Cases() => PcData.Csv("orekit-2d", "orekit_2d_principal_axes_cases.csv");

    private static EncounterPlane Plane(Dictionary<string, string> c)
    {
        double sx = PcData.D(c["sigma_x_m"]), sy = PcData.D(c["sigma_y_m"]);
        return EncounterPlane.Create(PcData.D(c["xm_m"]), PcData.D(c["ym_m"]), sx * sx, 0, sy * sy);
    }

    [Fact]
    public void Foster_circle_matches_the_brute_force_column_and_Orekits_Patera_values()
    {
        double worst = 0;
        foreach (var c in Cases())
        {
            double hbr = PcData.D(c["hbr_m"]);
            var pc = CollisionProbability.Foster(Plane(c), hbr);
            pc.Flags.Should().Be(PcFlags.None, c["case"]);
            double reference = PcData.D(c["helper_reference_pc"]); // printed to 7 significant digits
            double rel = PcData.RelativeError(pc.Value, reference);
            worst = Math.Max(worst, rel);
            rel.Should().BeLessThan(1e-6, c["case"]);
            pc.Value.Should().BeApproximately(PcData.D(c["Patera2005_expected"]), PcData.D(c["Patera2005_abs_tol"]), c["case"]);
        }

        output.WriteLine($"max relative error vs brute-force column: {worst:E2}");
    }

    [Fact]
    public void Chan_matches_Orekits_Chan_values_where_valid_and_flags_Alfano_3_and_5()
    {
        double worst = 0;
        foreach (var c in Cases())
        {
            var pc = CollisionProbability.Chan(Plane(c), PcData.D(c["hbr_m"]));
            if (c["case"] is "AlfanoTestCase3" or "AlfanoTestCase5")
            {
                pc.Flags.Should().HaveFlag(PcFlags.IllConditioned, c["case"]);
                pc.IsReliable.Should().BeFalse();
                pc.Reason.Should().Contain("Chan");
                continue;
            }

            pc.Flags.Should().Be(PcFlags.None, c["case"]);
            double expected = PcData.D(c["Chan1997_expected"]);
            pc.Value.Should().BeApproximately(expected, PcData.D(c["Chan1997_abs_tol"]), c["case"]);
            worst = Math.Max(worst, PcData.RelativeError(pc.Value, expected));
        }

        output.WriteLine($"max relative difference vs Orekit Chan (printed to 4-5 digits): {worst:E2}");
    }

    [Fact]
    public void Square_is_between_the_circle_and_four_over_pi_times_it()
    {
        foreach (var c in Cases())
        {
            double hbr = PcData.D(c["hbr_m"]);
            double circle = CollisionProbability.Foster(Plane(c), hbr).Value;
            double square = CollisionProbability.Square(Plane(c), hbr).Value;
            square.Should().BeGreaterThan(circle * (1 - 1e-12), c["case"]);
        }
    }
}
