using Astro.Debris.Probability;
using Xunit.Abstractions;

namespace Astro.Debris.Tests.Probability;

/// <summary>The 2,170 ESA-derived conjunctions of Orekit's armellin_collision_data.csv (km, km/s, RTN km²).</summary>
public class ArmellinTests(ITestOutputHelper output)
{
    private static EncounterObject Obj(Dictionary<string, string> row, string p)
    {
        double V(string key) => PcData.D(row[row.Keys.First(k => k.StartsWith(p + key + " ", StringComparison.Ordinal))]);
        var state = new StateVector(new Vector3D(V("j2k_x"), V("j2k_y"), V("j2k_z")), new Vector3D(V("j2k_vx"), V("j2k_vy"), V("j2k_vz")));
        const double Km2 = 1e6;
        var cov = new PositionCovariance(V("c_rr") * Km2, V("c_rt") * Km2, V("c_rn") * Km2, V("c_tt") * Km2, V("c_tn") * Km2, V("c_nn") * Km2);
        return new EncounterObject(state, cov, CovarianceFrame.Rtn);
    }

    private static IEnumerable<(string Id, EncounterPlane Plane, double Hbr, Dictionary<string, string> Row)> Rows() =>
        PcData.Csv("orekit-2d", "armellin_collision_data.csv").Select(r =>
            (r["ID"], EncounterPlane.FromStates(Obj(r, "p_"), Obj(r, "s_")), PcData.D(r["R [km]"]) * 1000.0, r));

    [Fact]
    public void Foster_matches_the_Pc_column_for_all_rows()
    {
        double worst = 0;
        int n = 0;
        foreach (var (id, plane, hbr, row) in Rows())
        {
            var pc = CollisionProbability.Foster(plane, hbr);
            double rel = PcData.RelativeError(pc.Value, PcData.D(row["Pc"]));
            worst = Math.Max(worst, rel);
            rel.Should().BeLessThan(5e-3, $"row {id}");
            n++;
        }

        n.Should().Be(2170);
        output.WriteLine($"{n} rows, max relative error vs Pc column {worst:E2}");
    }

    [Fact]
    public void Alfriend_approximation_and_maximum_match_their_columns()
    {
        double worstApprox = 0, worstMax = 0;
        foreach (var (id, plane, hbr, row) in Rows())
        {
            double approx = CollisionProbability.AlfriendApproximation(plane, hbr).Value;
            double max = CollisionProbability.AlfriendMaximum(plane, hbr).Value;
            double relA = PcData.RelativeError(approx, PcData.D(row["Pc_approx"]));
            double relM = PcData.RelativeError(max, PcData.D(row["Pc_max"]));
            worstApprox = Math.Max(worstApprox, relA);
            worstMax = Math.Max(worstMax, relM);
            relA.Should().BeLessThan(1e-6, $"row {id}");
            relM.Should().BeLessThan(1e-6, $"row {id}");
        }

        output.WriteLine($"max relative error: Alfriend approximation {worstApprox:E2}, Alfriend max {worstMax:E2}");
    }

    [Fact]
    public void Orekit_Alfriend_reference_values_for_row_1()
    {
        var (_, plane, hbr, _) = Rows().First();
        CollisionProbability.AlfriendApproximation(plane, hbr).Value.Should().BeApproximately(0.147559, 1e-6);
        CollisionProbability.AlfriendMaximum(plane, hbr).Value.Should().BeApproximately(0.19259, 1e-6);
    }
}
