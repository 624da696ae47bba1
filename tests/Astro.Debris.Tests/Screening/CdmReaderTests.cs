using System.Globalization;
using Astro.Debris.Screening;
using Astro.Debris.Time;
using static Astro.Debris.Tests.Screening.CdmTestData;

namespace Astro.Debris.Tests.Screening;

public class CdmReaderTests
{
    [Fact]
    public void The_test_folders_hold_the_expected_files()
    {
        Directory.GetFiles(CaraPcFolder, "*.cdm").Should().HaveCount(53);
        Directory.GetFiles(CaraSampleFolder, "*.cdm").Should().HaveCount(34);
        AllFiles().Should().HaveCount(92);
    }

    [Theory]
    [MemberData(nameof(AllFileNames), MemberType = typeof(CdmTestData))]
    public void Reads_every_sample_file(string relativePath)
    {
        string path = PathOf(relativePath);
        var m = CdmReader.ReadFile(path);
        m.Object1.Object.Should().Be("OBJECT1");
        m.Object2.Object.Should().Be("OBJECT2");
        m.MissDistanceMeters.Should().BeGreaterThanOrEqualTo(0);
        m.Object1.PositionKm.Norm.Should().BeInRange(6000, 50000);
        m.Object2.PositionKm.Norm.Should().BeInRange(6000, 50000);
        m.Object1.VelocityKmPerSecond.Norm.Should().BeInRange(1, 12);
        m.Object1.ReferenceFrame.Should().BeOneOf("EME2000", "ITRF", "GCRF");
        if (m.Version == "1.0") m.Object1.Covariance.Should().NotBeNull();
        // All 53 CARA Pc test CDMs and 19 of the 34 sample CDMs carry "COMMENT HBR = …".
        bool hasHbr = File.ReadAllText(path).Contains("COMMENT HBR", StringComparison.Ordinal);
        if (relativePath.Contains("cara-pc-method-test")) hasHbr.Should().BeTrue();
        m.HardBodyRadiusMeters.HasValue.Should().Be(hasHbr);
        // Reading from a reader and from a string gives the same message.
        CdmTestData.ShouldBeSameMessage(CdmReader.Read(new StringReader(File.ReadAllText(path)), path), m);
    }

    [Fact]
    public void CARA_HBR_comments_match_the_expected_pc_table()
    {
        var lines = File.ReadAllLines(CaraPc("expected_pc.csv"));
        var header = lines[0].Split(',');
        int id = Array.IndexOf(header, "Conjunction_ID"), hbr = Array.IndexOf(header, "HBR_m"), miss = Array.IndexOf(header, "MissDist_m");
        int checkedCount = 0;
        foreach (var line in lines.Skip(1))
        {
            // The Comment column may hold commas; the columns we need come before and after it at fixed offsets from the start.
            var f = line.Split(',');
            string file = CaraPc(f[id] + ".cdm");
            if (!File.Exists(file)) continue;
            var m = CdmReader.ReadFile(file);
            double expectedHbr = double.Parse(f[hbr + (f.Length - header.Length)], CultureInfo.InvariantCulture);
            double expectedMiss = double.Parse(f[miss + (f.Length - header.Length)], CultureInfo.InvariantCulture);
            m.HardBodyRadiusMeters.Should().Be(expectedHbr, f[id]);
            m.MissDistanceMeters.Should().BeApproximately(expectedMiss, 1.0, f[id]); // MISS_DISTANCE is rounded to 1 m
            checkedCount++;
        }
        checkedCount.Should().Be(53);
    }

    [Fact]
    public void CARA_HST_message_values()
    {
        var m = CdmReader.ReadFile(CaraPc("000020580_conj_000002017_20230613_001923_20230608_063715.cdm"));
        m.Version.Should().Be("1.0");
        m.CreationDate.Should().Be(Epoch.Parse("2023-06-08T06:37:15.000"));
        m.Originator.Should().Be("CARA");
        m.MessageFor.Should().Be("HST");
        m.MessageId.Should().Be("000020580_conj_000002017_20230613_001923_20230608_063715");
        m.Tca.Should().Be(Epoch.Parse("2023-06-13T00:19:23.766"));
        m.MissDistanceMeters.Should().Be(12303);
        m.RelativeSpeedMetersPerSecond.Should().Be(2224);
        m.RelativePositionRtnMeters.Should().Be(new Vector3D(-108.2, 12297.9, -350.5));
        m.RelativeVelocityRtnMetersPerSecond.Should().Be(new Vector3D(215.2, 64.9, 2212.4));
        m.CollisionProbability.Should().Be(1.862e-05);
        m.CollisionProbabilityMethod.Should().Be("FOSTER-1992");
        m.HardBodyRadiusMeters.Should().Be(10);
        m.Comments.Should().Equal("SCREENING_OPTION = Covariance");
        m.StartScreenPeriod.Should().BeNull();
        m.ScreenVolumeX.Should().BeNull();

        var o1 = m.Object1;
        o1.ObjectDesignator.Should().Be("000020580");
        o1.ObjectName.Should().Be("HST");
        o1.InternationalDesignator.Should().Be("1990-037B");
        o1.ObjectType.Should().BeNull();
        o1.ReferenceFrame.Should().Be("EME2000");
        o1.GravityModel.Should().Be("EGM-96: 70D 70O");
        o1.NBodyPerturbations.Should().Be("MOON,SUN");
        o1.Maneuverable.Should().Be("N/A");
        o1.RecommendedOdSpanDays.Should().Be(3.58);
        o1.ObservationsAvailable.Should().Be(108);
        o1.ObservationsUsed.Should().Be(106);
        o1.TracksUsed.Should().Be(28);
        o1.ResidualsAcceptedPercent.Should().Be(98.1);
        o1.WeightedRms.Should().Be(0.917);
        o1.CdAreaOverMass.Should().Be(0.013236);
        o1.CrAreaOverMass.Should().Be(0.007799);
        o1.SedrWattsPerKg.Should().Be(0.001250);
        o1.PositionKm.Should().Be(new Vector3D(-5.087477994865218534e+03, -3.347717103304734337e+03, -3.253873470931891006e+03));
        o1.VelocityKmPerSecond.Should().Be(new Vector3D(3.977708250257316003e+00, -6.460111054711564549e+00, 4.314950980948282777e-01));
        o1.Comments.Should().Contain("HBR = 10 [m]").And.Contain("COVARIANCE_SCALE_FACTOR = 1.000");
        var c = o1.Covariance!;
        c.Dimension.Should().Be(6);
        c[0, 0].Should().Be(8.852074177874744692e+02);
        c[1, 0].Should().Be(-2.654354388641188852e+05);
        c[0, 1].Should().Be(-2.654354388641188852e+05);
        c[1, 1].Should().Be(8.493829353826458752e+07);
        c[5, 3].Should().Be(-1.978458860807799924e-01);
        c[5, 5].Should().Be(4.917208662840000070e-04);
        var pos = c.PositionBlock();
        pos[2, 1].Should().Be(1.124168141605780875e+04);
        pos[1, 2].Should().Be(1.124168141605780875e+04);

        m.Object2.ObjectName.Should().Be("DIAMANT R/B");
        m.Object2.Covariance![2, 2].Should().Be(1.831094143035285811e+02);
        m.Object2.Find("RESIDUALS_ACCEPTED")!.Units.Should().Be("%");
        m.Find("MISS_DISTANCE")!.Value.Should().Be("12303");
        m.Find("MISS_DISTANCE")!.Units.Should().Be("m");
    }

    [Fact]
    public void CARA_sample_with_NaN_OD_parameters_reads_them_as_absent()
    {
        var m = CdmReader.ReadFile(CaraSample("AlfanoTestCase01.cdm"));
        m.HardBodyRadiusMeters.Should().Be(15.0);
        m.MessageId.Should().Be("A09_case_01");
        m.MissDistanceMeters.Should().Be(5.049717);
        m.RelativePositionRtnMeters.Should().Be(new Vector3D(-0.502165, -0.497806, 4.999966));
        m.Object1.RecommendedOdSpanDays.Should().BeNull();
        m.Object1.ObservationsAvailable.Should().BeNull();
        m.Object1.Find("OBS_AVAILABLE")!.Value.Should().Be("NaN"); // kept as written
        m.Object1.TimeLastObservationStart.Should().Be(Epoch.Parse("2000-01-01T00:00:00"));

        var omitron = CdmReader.ReadFile(CaraSample("OmitronTestCase_Test01_HighPc.cdm"));
        omitron.HardBodyRadiusMeters.Should().Be(20.0);
        omitron.MissDistanceMeters.Should().Be(11.959493);
        omitron.Object1.ObjectDesignator.Should().Be("28376");
        // CARA wrote [m] for the relative velocity: the unit text is kept, the value is read in m/s as the standard says.
        omitron.Find("RELATIVE_VELOCITY_T")!.Units.Should().Be("m");
        omitron.RelativeVelocityRtnMetersPerSecond!.Value.Y.Should().Be(13928.205451);
    }

    [Fact]
    public void ION_SCV8_ITRF_message_with_Space_Track_extensions()
    {
        var m = CdmReader.ReadFile(Example("ION_SCV8_vs_STARLINK_1233.txt"));
        m.CreationDate.Should().Be(Epoch.Parse("2023-07-05T14:13:59.000000"));
        m.Originator.Should().Be("CSpOC");
        m.MessageFor.Should().Be("ION SCV-008");
        m.Tca.Should().Be(Epoch.Parse("2023-07-05T20:31:15.893"));
        m.MissDistanceMeters.Should().Be(55);
        m.RelativeSpeedMetersPerSecond.Should().Be(14544);
        m.RelativePositionRtnMeters.Should().Be(new Vector3D(-21.3, -15.2, -49.3));
        m.RelativeVelocityRtnMetersPerSecond.Should().Be(new Vector3D(1.9, -13954.8, 4100.4));
        m.CollisionProbability.Should().Be(0.004450713);
        m.HardBodyRadiusMeters.Should().BeNull();
        m.Comments.Should().Equal("=CDM_ID:519959713", "MEETS EMERGENCY CRITERIA");
        // A comment just before OBJECT = OBJECT1 belongs to OBJECT1.
        m.Object1.Comments[0].Should().Be("Screening Option = Covariance");

        var o1 = m.Object1;
        o1.ReferenceFrame.Should().Be("ITRF");
        o1.ObjectName.Should().Be("ION SCV-008");
        o1.ObjectType.Should().Be("PAYLOAD");
        o1.OperatorOrganization.Should().Be("D-Orbit");
        o1.OperatorPhone.Should().StartWith("https://www.space-track.org/expandedspacedata/query/class/organization/object/~~55051/");
        o1.AtmosphericModel.Should().Be("JBH09");
        o1.AreaPcSquareMeters.Should().Be(1.2007);
        o1.ThrustAccelerationMetersPerSecondSquared.Should().Be(0);
        o1.TracksAvailable.Should().BeNull();
        o1.TimeLastObservationEnd.Should().Be(Epoch.Parse("2023-07-05T14:13:59.004"));
        o1.PositionKm.Should().Be(new Vector3D(-5719.153201, -2486.155271, -3021.252701));
        o1.VelocityKmPerSecond.Should().Be(new Vector3D(2.333174842, 2.825732323, -6.727808538));
        o1.Covariance!.Dimension.Should().Be(8);
        o1.Covariance[0, 0].Should().Be(127.5401258877026);
        o1.Covariance[2, 1].Should().Be(-5.346171445289681);
        o1.Covariance[5, 4].Should().Be(-0.000008757429553163563);
        o1.Covariance[7, 7].Should().Be(0);

        var o2 = m.Object2;
        o2.ObjectName.Should().Be("STARLINK-1233");
        o2.Maneuverable.Should().Be("YES");
        o2.ThrustAccelerationMetersPerSecondSquared.Should().Be(0.000000000001);
        o2.PositionKm.X.Should().Be(-5719.163147);
        o2.Covariance![1, 1].Should().Be(1555885.738355947);
    }

    [Fact]
    public void CDMExample2_relative_metadata_and_screening_volume()
    {
        var m = CdmReader.ReadFile(Example("CDMExample2.txt"));
        m.Originator.Should().Be("JSPOC");
        m.MessageFor.Should().Be("SATELLITE A");
        m.MessageId.Should().Be("201113719185");
        m.Comments.Should().Equal("Relative Metadata/Data");
        m.Tca.Should().Be(Epoch.Parse("2010-03-13T22:37:52.618"));
        m.MissDistanceMeters.Should().Be(715);
        m.RelativeSpeedMetersPerSecond.Should().Be(14762);
        m.RelativePositionRtnMeters.Should().Be(new Vector3D(27.4, -70.2, 711.8));
        m.RelativeVelocityRtnMetersPerSecond.Should().Be(new Vector3D(-7.2, -14692.0, -1437.2));
        m.StartScreenPeriod.Should().Be(Epoch.Parse("2010-03-12T18:29:32.212"));
        m.StopScreenPeriod.Should().Be(Epoch.Parse("2010-03-15T18:29:32.212"));
        m.ScreenVolumeFrame.Should().Be("RTN");
        m.ScreenVolumeShape.Should().Be("ELLIPSOID");
        m.ScreenVolumeX.Should().Be(200);
        m.ScreenVolumeY.Should().Be(1000);
        m.ScreenVolumeZ.Should().Be(1000);
        m.ScreenEntryTime.Should().Be(Epoch.Parse("2010-03-13T22:37:52.222"));
        m.ScreenExitTime.Should().Be(Epoch.Parse("2010-03-13T22:37:52.824"));
        m.CollisionProbability.Should().Be(4.835E-05);
        m.CollisionProbabilityMethod.Should().Be("FOSTER-1992");
        m.HardBodyRadiusMeters.Should().BeNull();

        var o1 = m.Object1;
        o1.Comments.Should().StartWith(new[] { "Object1 Metadata", "Object1 Data", "Object1 OD Parameters" });
        o1.OperatorContactPosition.Should().Be("OSA");
        o1.OperatorEmail.Should().Be("JOHN.DOE@SOMEWHERE.NET");
        o1.OrbitCenter.Should().Be("EARTH");
        o1.MassKg.Should().Be(251.6);
        o1.AreaPcSquareMeters.Should().Be(5.2);
        o1.SedrWattsPerKg.Should().Be(4.54570E-05);
        o1.ActualOdSpanDays.Should().Be(5.50);
        o1.Covariance!.Dimension.Should().Be(8);
        o1.Covariance[6, 0].Should().Be(-1.862E+00);   // CDRG_R
        o1.Covariance[6, 6].Should().Be(3.483E-06);    // CDRG_DRG
        o1.Covariance[7, 6].Should().Be(2.210E-04);    // CSRP_DRG
        o1.Covariance[7, 7].Should().Be(1.593E-02);    // CSRP_SRP
        o1.Find("CDRG_RDOT")!.Units.Should().Be("m**3/(kg*s)");
        m.Object2.ObjectType.Should().Be("DEBRIS");
        m.Object2.Covariance![2, 1].Should().Be(-7.5888E+02);
    }

    [Fact]
    public void CDMExample1_xml_values()
    {
        var m = CdmReader.ReadFile(Example("CDMExample1.xml"));
        m.Version.Should().Be("1.0");
        m.Comments.Should().Equal("Sample CDM - XML version", "Relative Metadata/Data");
        m.MessageId.Should().Be("20111371985");
        m.MissDistanceMeters.Should().Be(715);
        m.RelativeVelocityRtnMetersPerSecond.Should().Be(new Vector3D(-7.2, -14692.0, -1437.2));
        m.ScreenEntryTime.Should().Be(Epoch.Parse("2010-03-13T20:25:43.222"));
        m.Object1.OperatorEmail.Should().Be("JOHN.DOE@SOMEWHERE>NET");
        m.Object1.MassKg.Should().Be(2516);
        m.Object1.ObservationsUsed.Should().Be(59);
        m.Object1.Covariance!.Dimension.Should().Be(6);
        m.Object1.Covariance[3, 3].Should().Be(5.744E-03);
        m.Object1.Comments.Should().Contain("Object1 Covariance in the RTN Coordinate Frame");
        m.Object2.InternationalDesignator.Should().Be("1999-025AA");
    }

    [Fact]
    public void CDM_2_0_xml_sample()
    {
        var m = CdmReader.ReadFile(Example("CDMExample_issue_940.xml"));
        m.Version.Should().Be("2.0");
        m.CreationDate.Should().Be(Epoch.Parse("2010-03-12T22:31:12.000"));
        m.MessageId.Should().Be("201113719185-1");
        m.Find("CLASSIFICATION")!.Value.Should().StartWith("\"Free text");
        m.Find("CONJUNCTION_ID")!.Value.Should().Be("20220708T10hz SATELLITEA SATELLITEB");
        m.Find("APPROACH_ANGLE")!.Units.Should().Be("deg");
        m.Find("COLLISION_PERCENTILE")!.Value.Should().Be("50 51 52");
        m.Find("NEXT_MESSAGE_EPOCH")!.Value.Should().Be("2010-03-13T10:31:12.000");
        m.CollisionProbability.Should().Be(4.835E-05);
        m.Object1.HardBodyRadiusMeters.Should().Be(2.5);
        m.Object1.Find("ALT_COV_TYPE")!.Value.Should().Be("XYZ");
        m.Object1.Find("CZDOT_ZDOT")!.Value.Should().Be("0.003");
        m.Object1.Find("DCP_SENSITIVITY_VECTOR_VELOCITY")!.Value.Should().Be("0.1 0.2 0.3");
        // The RTN covariance and the CDM 2.0 alternate XYZ covariance (CDRG_X … kept as entries) sit side by side.
        m.Object1.Covariance!.Dimension.Should().Be(6);
        m.Object1.Covariance[0, 0].Should().Be(4.142E+01);
        m.Object1.Find("CDRG_X")!.Value.Should().Be("0.07");
        m.Object2.Covariance![2, 1].Should().Be(-7.5888E+02);
        m.Object1.MassKg.Should().Be(2516);
        m.Object2.Find("USER_DEFINED_OBJ1_TIME_LASTOB_START")!.Value.Should().Be("2020-01-29T13:30:00");
        m.Object2.Comments.Should().Contain("User Parameters");
    }

    [Fact]
    public void CSpOC_xml_with_nil_elements_and_a_zero_covariance()
    {
        var m = CdmReader.ReadFile(Example("CDMExample_issue1319.xml"));
        m.Comments.Should().Equal("CDM_ID:670913606", "Screening Option = Covariance");
        m.Tca.Should().Be(Epoch.Parse("2024-02-25T17:50:59.816"));
        m.MissDistanceMeters.Should().Be(14280);
        m.StartScreenPeriod.Should().BeNull();
        m.ScreenVolumeX.Should().BeNull();
        m.Find("SCREEN_VOLUME_X")!.IsNil.Should().BeTrue();
        m.Find("SCREEN_VOLUME_X")!.Units.Should().Be("m");
        m.CollisionProbability.Should().BeNull();
        m.Object1.ReferenceFrame.Should().Be("ITRF");
        m.Object1.OrbitCenter.Should().BeNull();
        m.Object1.MassKg.Should().BeNull();
        m.Object1.Covariance!.Dimension.Should().Be(8); // the CTHR_* row is there but nil
        m.Object1.Covariance.IsZero.Should().BeTrue();
        m.Object1.Comments.Should().Contain("Operator Hard Body Radius = 10.0 [m]");
        m.HardBodyRadiusMeters.Should().BeNull(); // not of the form "HBR = x"
        m.Object2.Covariance!.Dimension.Should().Be(8);
        m.Object2.Covariance.IsZero.Should().BeFalse();
        m.Object2.SedrWattsPerKg.Should().Be(0.197222);
        m.Object2.Comments.Should().HaveCount(6);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Line_ends_BOM_blank_lines_and_tabs_do_not_matter(string newline)
    {
        string path = Example("ION_SCV8_vs_STARLINK_1233.txt");
        var expected = CdmReader.ReadFile(path);
        var lines = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
        string text = "\uFEFF\n\n" + string.Join(newline + "   " + newline, lines.Select(l => l.StartsWith("COMMENT", StringComparison.Ordinal) ? l : l.Replace(" =", "\t=", StringComparison.Ordinal))) + newline;
        var m = CdmReader.Read(text, "variant");
        ShouldBeSameMessage(m, expected);
    }

    [Theory]
    [InlineData("HBR = 20", 20.0)]
    [InlineData("HBR = 10 [m]", 10.0)]
    [InlineData("HBR                        = 15.0", 15.0)]
    [InlineData("HBR = 0.02 km", 20.0)]
    [InlineData("HBR=5.5m", 5.5)]
    [InlineData("Operator Hard Body Radius = 10.0 [m]", null)]
    [InlineData("HBR = 3 [ft]", null)]
    [InlineData("HBR = -1", null)]
    public void Hard_body_radius_from_comments(string comment, double? expected)
    {
        string text = File.ReadAllText(Example("ION_SCV8_vs_STARLINK_1233.txt"))
            .Replace("COMMENT MEETS EMERGENCY CRITERIA", "COMMENT " + comment, StringComparison.Ordinal);
        CdmReader.Read(text).HardBodyRadiusMeters.Should().Be(expected);
    }
}
