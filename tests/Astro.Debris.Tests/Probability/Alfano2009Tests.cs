using System.Text.Json;
using Astro.Debris.Probability;
using Xunit.Abstractions;

namespace Astro.Debris.Tests.Probability;

/// <summary>Alfano (2009) test cases at TCA (alfano2009_cases.json): 2D Pc vs CARA, case 12 undefined, Monte Carlo vs the 1e8-trial truth.</summary>
public class Alfano2009Tests(ITestOutputHelper output)
{
    internal static List<JsonElement> Cases()
    {
        using var doc = PcData.Json("cara-alfano2009", "alfano2009_cases.json");
        return doc.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.Clone()).ToList();
    }

    internal static (EncounterObject A, EncounterObject B) Objects(JsonElement c)
    {
        var t = c.GetProperty("at_tca");
        return (PcData.InertialFromMeters(PcData.Vec(t.GetProperty("r1_m")), PcData.Vec(t.GetProperty("v1_mps")), PcData.Matrix(t.GetProperty("C1_6x6"))),
                PcData.InertialFromMeters(PcData.Vec(t.GetProperty("r2_m")), PcData.Vec(t.GetProperty("v2_mps")), PcData.Matrix(t.GetProperty("C2_6x6"))));
    }

    [Fact]
    public void Pc2D_matches_CARA_for_cases_1_to_11()
    {
        double worst = 0, worstAdj = 0;
        foreach (var c in Cases())
        {
            int n = c.GetProperty("case").GetInt32();
            if (n == 12) continue;
            var (a, b) = Objects(c);
            double hbr = c.GetProperty("hbr_m").GetDouble();
            double expected = PcData.D(c.GetProperty("expected").GetProperty("CARA_Pc2D"));
            var pc = CollisionProbability.Foster(EncounterPlane.FromStates(a, b), hbr);
            var adj = CollisionProbability.Foster(EncounterPlane.FromStates(a, b, adjustToClosestApproach: true), hbr);
            double rel = PcData.RelativeError(pc.Value, expected);
            worst = Math.Max(worst, rel);
            worstAdj = Math.Max(worstAdj, PcData.RelativeError(adj.Value, expected));
            output.WriteLine($"case {n}: {pc.Value:R} vs {expected:R} rel {rel:E2} (adjusted {adj.Value:R}, dt {adj.TcaOffsetSeconds:E2} s) {pc.Flags}");
            rel.Should().BeLessThan(1e-6, $"case {n}");
        }

        output.WriteLine($"max rel error {worst:E2} (with TCA adjustment {worstAdj:E2})");
    }

    [Fact]
    public void Case_12_has_zero_relative_velocity_and_gives_NaN_with_a_reason()
    {
        var c = Cases().Single(x => x.GetProperty("case").GetInt32() == 12);
        var (a, b) = Objects(c);
        var plane = EncounterPlane.FromStates(a, b);
        plane.IsDefined.Should().BeFalse();
        foreach (var method in new[] { PcMethod.Foster, PcMethod.Square, PcMethod.Chan, PcMethod.MonteCarlo })
        {
            var pc = CollisionProbability.Compute(method, plane, 4);
            double.IsNaN(pc.Value).Should().BeTrue(method.ToString());
            pc.Flags.Should().HaveFlag(PcFlags.ZeroRelativeVelocity);
            pc.Reason.Should().Contain("relative velocity");
            pc.IsReliable.Should().BeFalse();
        }
    }

    [Theory]
    [InlineData(3, 200_000)]
    [InlineData(6, 400_000)]
    public void Monte_Carlo_interval_contains_the_published_truth(int caseNumber, int trials)
    {
        var c = Cases().Single(x => x.GetProperty("case").GetInt32() == caseNumber);
        var t = c.GetProperty("at_tca");
        var rel = PcData.Vec(t.GetProperty("r2_m"), 1e-3) - PcData.Vec(t.GetProperty("r1_m"), 1e-3);
        var vel = PcData.Vec(t.GetProperty("v2_mps"), 1e-3) - PcData.Vec(t.GetProperty("v1_mps"), 1e-3);
        var c1 = PcData.RowMajor(PcData.Matrix(t.GetProperty("C1_6x6")));
        var c2 = PcData.RowMajor(PcData.Matrix(t.GetProperty("C2_6x6")));
        var cov = c1.Zip(c2, (x, y) => x + y).ToArray();
        double hbr = c.GetProperty("hbr_m").GetDouble();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var mc = CollisionProbability.MonteCarlo(rel, vel, cov, hbr, new MonteCarloOptions { Trials = trials, Seed = 42 });
        sw.Stop();
        double truth = PcData.D(c.GetProperty("expected").GetProperty("CARA_PcMC"));
        output.WriteLine($"case {caseNumber}: MC {mc.Value:R} [{mc.ConfidenceLower:R}, {mc.ConfidenceUpper:R}] hits {mc.Hits}/{mc.Trials}, truth {truth}, {sw.ElapsedMilliseconds} ms");
        mc.Method.Should().Be(PcMethod.MonteCarlo);
        truth.Should().BeInRange(mc.ConfidenceLower, mc.ConfidenceUpper);
        sw.Elapsed.TotalSeconds.Should().BeLessThan(2.0);

        // Same seed, same answer.
        CollisionProbability.MonteCarlo(rel, vel, cov, hbr, new MonteCarloOptions { Trials = trials, Seed = 42 }).Hits.Should().Be(mc.Hits);
    }
}
