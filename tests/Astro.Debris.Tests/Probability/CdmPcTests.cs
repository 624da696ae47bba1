using Astro.Debris.Probability;
using Astro.Debris.Screening;
using Xunit.Abstractions;

namespace Astro.Debris.Tests.Probability;

/// <summary>Pc from CDM files: the 53 CARA Pc test conjunctions, the ION SCV-008 CSpOC message (ITRF) and CDM-based CARA unit-test entries.</summary>
public class CdmPcTests(ITestOutputHelper output)
{
    private static ConjunctionDataMessage Read(params string[] parts) => CdmReader.ReadFile(PcData.PathOf(parts));

    [Fact]
    public void Cara_53_conjunctions_Pc2D_and_Pc2D_NoAdj()
    {
        var rows = PcData.Csv("cara-pc-method-test", "expected_pc.csv");
        rows.Should().HaveCount(53);
        double worstAdj = 0, worstNoAdj = 0, smallest = 1;
        foreach (var row in rows)
        {
            string id = row["Conjunction_ID"];
            var cdm = Read("cara-pc-method-test", id + ".cdm");
            double hbr = PcData.D(row["HBR_m"]);
            var adj = CollisionProbability.FromCdm(cdm, PcMethod.Foster, hbr, adjustToClosestApproach: true);
            var noAdj = CollisionProbability.FromCdm(cdm, PcMethod.Foster, hbr, adjustToClosestApproach: false);
            double expectedAdj = PcData.D(row["Pc2D"]), expectedNoAdj = PcData.D(row["Pc2D_NoAdj"]);
            double relAdj = PcData.RelativeError(adj.Value, expectedAdj);
            double relNoAdj = PcData.RelativeError(noAdj.Value, expectedNoAdj);
            worstAdj = Math.Max(worstAdj, relAdj);
            worstNoAdj = Math.Max(worstNoAdj, relNoAdj);
            smallest = Math.Min(smallest, adj.Value);
            if (relAdj > 1e-9 || relNoAdj > 1e-9)
                output.WriteLine($"{id}: Pc2D {adj.Value:E6} rel {relAdj:E2} (dt {adj.TcaOffsetSeconds:E2} s), NoAdj {noAdj.Value:E6} rel {relNoAdj:E2}");
            relAdj.Should().BeLessThan(1e-6, id + " Pc2D");
            relNoAdj.Should().BeLessThan(1e-6, id + " Pc2D_NoAdj");
            adj.Value.Should().BeGreaterThan(0, id);
        }

        output.WriteLine($"max relative error: Pc2D {worstAdj:E2}, Pc2D_NoAdj {worstNoAdj:E2}; smallest Pc {smallest:E3}");
    }

    [Fact]
    public void Cara_cdm_HBR_comment_is_used_when_no_HBR_is_given()
    {
        var row = PcData.Csv("cara-pc-method-test", "expected_pc.csv")[0];
        var cdm = Read("cara-pc-method-test", row["Conjunction_ID"] + ".cdm");
        cdm.HardBodyRadiusMeters.Should().Be(PcData.D(row["HBR_m"]));
        PcData.RelativeError(CollisionProbability.FromCdm(cdm).Value, PcData.D(row["Pc2D"])).Should().BeLessThan(1e-6);
    }

    [Fact]
    public void Ion_scv8_itrf_message_circle_and_square()
    {
        var cdm = Read("cdm-examples", "ION_SCV8_vs_STARLINK_1233.txt");
        cdm.Object1.ReferenceFrame.Should().Be("ITRF");
        // The CDM's TCA is rounded: the values are those at the linear closest approach (dt ≈ −45 µs), the default.
        var circle = CollisionProbability.FromCdm(cdm, PcMethod.Foster, 10);
        var square = CollisionProbability.FromCdm(cdm, PcMethod.Square, 10);
        var circleNoAdj = CollisionProbability.FromCdm(cdm, PcMethod.Foster, 10, adjustToClosestApproach: false);
        double relCircle = PcData.RelativeError(circle.Value, 0.003496517644384083); // Orekit Patera/Laas
        double relSquare = PcData.RelativeError(square.Value, cdm.CollisionProbability!.Value); // 0.004450713 (CSpOC, printed to 7 digits)
        output.WriteLine($"circle {circle.Value:R} rel {relCircle:E2} (dt {circle.TcaOffsetSeconds:E2} s; unadjusted {circleNoAdj.Value:R}); square {square.Value:R} rel {relSquare:E2}");
        relCircle.Should().BeLessThan(1e-6);
        relSquare.Should().BeLessThan(1e-5);
        circle.Value.Should().BeApproximately(0.0034965, 5e-8);
        square.Value.Should().BeApproximately(0.0044507, 5e-8);

        // Without ω×r (ITRF velocity used as inertial) the value moves by ~16 %.
        var (a, b) = (cdm.Object1, cdm.Object2);
        var wrong = EncounterPlane.FromStates(
            new EncounterObject(new StateVector(a.PositionKm, a.VelocityKmPerSecond), PositionCovariance.FromMatrix(a.Covariance!.PositionBlock()), CovarianceFrame.Rtn),
            new EncounterObject(new StateVector(b.PositionKm, b.VelocityKmPerSecond), PositionCovariance.FromMatrix(b.Covariance!.PositionBlock()), CovarianceFrame.Rtn));
        CollisionProbability.Foster(wrong, 10).Value.Should().BeGreaterThan(circle.Value * 1.1);
    }

    [Fact]
    public void Cara_unit_test_zero_miss_zero_relvel_regression_values()
    {
        // cara_unit_test_values.json "zero_miss_zero_relvel": Alfano CDMs 1..6, positions km while the covariance stays in
        // m² and HBR = 0.010 (mixed units in the source); reproduced by reading the m² numbers as km² and HBR as 10 m.
        double[] expected = [4.24233551288858e-07, 4.24211934422970e-07, double.NaN, 1.56178901385447e-06, double.NaN, 1.27770802292292e-08];
        for (int k = 1; k <= 6; k++)
        {
            var cdm = Read("cara-sample-cdms", $"AlfanoTestCase{k:00}.cdm");
            var (a, b) = EncounterObject.FromCdm(cdm);
            a = a with { Covariance = 1e6 * a.Covariance };
            b = b with { Covariance = 1e6 * b.Covariance };
            if (k is 2 or 4) b = b with { State = b.State with { Position = a.State.Position } };
            if (k is 3 or 5) b = b with { State = b.State with { Velocity = a.State.Velocity } };
            var pc = CollisionProbability.Foster(EncounterPlane.FromStates(a, b), 10);
            double e = expected[k - 1];
            if (double.IsNaN(e))
            {
                double.IsNaN(pc.Value).Should().BeTrue($"case {k}");
                pc.Flags.Should().HaveFlag(PcFlags.ZeroRelativeVelocity);
                continue;
            }

            double rel = PcData.RelativeError(pc.Value, e);
            output.WriteLine($"Alfano {k}: {pc.Value:R} vs {e:R} rel {rel:E2} {pc.Flags}");
            rel.Should().BeLessThan(1e-6, $"case {k}");
        }
    }

    [Fact]
    public void Cara_unit_test_omitron_test08_and_test07()
    {
        var t08 = CollisionProbability.FromCdm(Read("cara-sample-cdms", "OmitronTestCase_Test08_3DNc.cdm"), PcMethod.Foster, 20, adjustToClosestApproach: false);
        output.WriteLine($"Omitron 08: {t08.Value:R} {t08.Flags}");
        PcData.RelativeError(t08.Value, 2.2660816e-20).Should().BeLessThan(1e-3);
        t08.Flags.Should().HaveFlag(PcFlags.LowRelativeVelocity);

        var t07 = CollisionProbability.FromCdm(Read("cara-sample-cdms", "OmitronTestCase_Test07_NonPDCovariance.cdm"), PcMethod.Foster, 20, adjustToClosestApproach: false);
        output.WriteLine($"Omitron 07: {t07.Value:R} {t07.Flags}");
        t07.Value.Should().BeLessThan(1e-300);
    }

    [Theory]
    [InlineData("OmitronTestCase_Test01_HighPc.cdm", 20, 0.999)]
    [InlineData("OmitronTestCase_Test02_MaxRadialSigma.cdm", 100, 0.999)]
    [InlineData("OmitronTestCase_Test03_MaxIntrackSigma.cdm", 100, 0.091)]
    [InlineData("OmitronTestCase_Test04_MaxCrossTrackSigma.cdm", 100, 0.00573)]
    [InlineData("OmitronTestCase_Test05_MinMiss.cdm", 20, 0.999)]
    public void Cara_unit_test_dilution_max_pc(string file, double hbr, double expected)
    {
        var max = CollisionProbability.FromCdm(Read("cara-sample-cdms", file), PcMethod.DilutionMax, hbr, adjustToClosestApproach: false);
        output.WriteLine($"{file}: {max.Value:R} at k = {max.MaximizingParameter:R}");
        PcData.RelativeError(max.Value, expected).Should().BeLessThan(5e-3);
        max.MaximizingParameter.Should().BeLessThan(1); // CARA: both objects in the dilution region
    }
}
