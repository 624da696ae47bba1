using Astro.Debris.Elements;
using Astro.Debris.Time;
using static Astro.Debris.Tests.Elements.TestData;

namespace Astro.Debris.Tests.Elements;

public class OmmReaderTests
{
    private static ElementReadResult ReadSample(string file, OmmFormat? format = null)
    {
        using var reader = new StreamReader(OmmSample(file));
        return OmmReader.Read(reader, file, format);
    }

    internal static void ShouldMatch(ElementSet actual, ElementSet expected, double relative = 1e-12, double epochSeconds = 1e-6, bool tleRounded = false)
    {
        actual.CatalogNumber.Should().Be(expected.CatalogNumber);
        Math.Abs(actual.Epoch.SecondsSince(expected.Epoch)).Should().BeLessThanOrEqualTo(epochSeconds, $"epochs {actual.Epoch} and {expected.Epoch}");
        Close(actual.Inclination, expected.Inclination, relative, "inclination");
        Close(actual.RightAscensionOfAscendingNode, expected.RightAscensionOfAscendingNode, relative, "raan");
        if (tleRounded) actual.Eccentricity.Should().BeApproximately(expected.Eccentricity, 1e-7);
        else Close(actual.Eccentricity, expected.Eccentricity, relative, "eccentricity");
        Close(actual.ArgumentOfPerigee, expected.ArgumentOfPerigee, relative, "argp");
        Close(actual.MeanAnomaly, expected.MeanAnomaly, relative, "mean anomaly");
        Close(actual.MeanMotion, expected.MeanMotion, relative, "mean motion");
        if (tleRounded)
        {
            // The TLE holds e to 1e-7, ndot to 1e-8, nddot and B* to 5 significant digits (last digit may be truncated).
            actual.MeanMotionDot.Should().BeApproximately(expected.MeanMotionDot, 1e-8);
            actual.MeanMotionDdot.Should().BeApproximately(expected.MeanMotionDdot, Math.Abs(expected.MeanMotionDdot) * 2e-4 + 1e-20);
            actual.BStar.Should().BeApproximately(expected.BStar, Math.Abs(expected.BStar) * 2e-4 + 1e-20);
        }
        else
        {
            Close(actual.MeanMotionDot, expected.MeanMotionDot, relative, "ndot");
            Close(actual.MeanMotionDdot, expected.MeanMotionDdot, relative, "nddot");
            Close(actual.BStar, expected.BStar, relative, "bstar");
        }
        actual.Classification.Should().Be(expected.Classification);
        actual.EphemerisType.Should().Be(expected.EphemerisType);
        actual.ElementSetNumber.Should().Be(expected.ElementSetNumber);
        actual.RevolutionNumber.Should().Be(expected.RevolutionNumber);
        actual.InternationalDesignator.Should().Be(expected.InternationalDesignator);
    }

    private static void Close(double a, double b, double relative, string what)
        => Math.Abs(a - b).Should().BeLessThanOrEqualTo(relative * Math.Max(Math.Abs(a), Math.Abs(b)), what);

    [Theory]
    [InlineData("python-sgp4_sample_omm.xml")]
    [InlineData("python-sgp4_sample_omm.csv")]
    public void Python_sgp4_Vanguard_OMM_equals_its_TLE(string file)
    {
        var tle = TleReader.Parse(VanguardLine1, VanguardLine2);
        var omm = ReadSample(file).Elements.Should().ContainSingle().Subject;
        omm.Name.Should().Be("VANGUARD 1");
        ShouldMatch(omm, tle);
    }

    [Fact]
    public void Python_sgp4_Vanguard_JSON_is_a_later_element_set()
    {
        // The JSON sample is a 2025 set of the same object (python-sgp4 ships it with other values), so it is
        // checked field by field instead of against the 2020 TLE.
        var e = ReadSample("python-sgp4_sample_omm.json").Elements.Should().ContainSingle().Subject;
        e.CatalogNumber.Should().Be(5);
        e.InternationalDesignator.Should().Be("58002B");
        e.Epoch.Should().Be(Epoch.Parse("2025-02-14T14:36:48.662784"));
        e.MeanMotion.Should().Be(10.85873516);
        e.Eccentricity.Should().Be(0.1841322);
        e.Inclination.Should().Be(34.2493 * (Math.PI / 180.0));
        e.BStar.Should().Be(0.00035436);
        e.MeanMotionDot.Should().Be(2.64e-6);
        e.RevolutionNumber.Should().Be(39027);
    }

    [Fact]
    public void Reads_the_SGP_NET_CelesTrak_files()
    {
        ReadSample("sgpnet_kvn_visual.txt", OmmFormat.Kvn).Elements.Should().HaveCount(148);
        ReadSample("sgpnet_xml_stations.xml").Elements.Should().HaveCount(27);
        ReadSample("sgpnet_csv_resource.csv").Elements.Should().HaveCount(167);
        ReadSample("sgpnet_jsonpp_weather.json").Elements.Should().HaveCount(70);
        var analyst = ReadSample("sgpnet_json_analyst.json").Elements;
        analyst.Should().HaveCount(597);
        analyst.Should().OnlyContain(e => e.Name == "UNKNOWN" && e.CatalogNumber >= 80000);
        analyst.Count(e => e.InternationalDesignator == "").Should().Be(595, "analyst objects have an empty OBJECT_ID");
        analyst.Single(e => e.CatalogNumber == 270289).InternationalDesignator.Should().Be("87060Y");
    }

    [Fact]
    public void Detects_the_encoding_from_the_content()
    {
        ReadSample("sgpnet_kvn_visual.txt").Elements.Should().HaveCount(148);
        OmmReader.DetectFormat(File.ReadAllText(OmmSample("sgpnet_csv_resource.csv"))).Should().Be(OmmFormat.Csv);
        OmmReader.DetectFormat(File.ReadAllText(OmmSample("sgpnet_json_analyst.json"))).Should().Be(OmmFormat.Json);
        OmmReader.DetectFormat(File.ReadAllText(OmmSample("sgpnet_xml_stations.xml"))).Should().Be(OmmFormat.Xml);
        OmmReader.DetectFormat(File.ReadAllText(OmmSample("sgpnet_kvn_visual.txt"))).Should().Be(OmmFormat.Kvn);
    }

    [Fact]
    public void The_same_objects_agree_across_KVN_XML_CSV_and_JSON()
    {
        var all = new[] { "sgpnet_kvn_visual.txt", "sgpnet_xml_stations.xml", "sgpnet_csv_resource.csv", "sgpnet_jsonpp_weather.json", "sgpnet_json_analyst.json" }
            .SelectMany(f => ReadSample(f).Elements.Select(e => (File: f, Set: e)))
            .GroupBy(x => x.Set.CatalogNumber)
            .Where(g => g.Select(x => x.File).Distinct().Count() > 1)
            .ToList();
        all.Should().HaveCount(10, "KVN∩XML has 4 objects and KVN∩CSV 6");
        foreach (var g in all)
        {
            var first = g.First().Set;
            foreach (var other in g.Skip(1)) ShouldMatch(other.Set, first, relative: 0.0, epochSeconds: 0.0);
        }
    }

    [Fact]
    public void The_OMM_files_agree_with_the_TLE_file_where_objects_overlap()
    {
        using var tleReader = new StreamReader(OmmSample("sgpnet_tle_last-30-days.txt"));
        var tle = TleReader.Read(tleReader, "sgpnet_tle_last-30-days.txt").Elements.ToDictionary(e => e.CatalogNumber);
        tle.Should().HaveCount(285);
        int compared = 0;
        foreach (var file in new[] { "sgpnet_kvn_visual.txt", "sgpnet_xml_stations.xml", "sgpnet_csv_resource.csv", "sgpnet_jsonpp_weather.json" })
        {
            foreach (var omm in ReadSample(file).Elements)
            {
                if (!tle.TryGetValue(omm.CatalogNumber, out var t)) continue;
                // Same download day and element set: the TLE is the OMM rounded to TLE columns
                // (eccentricity to 7 decimals, nddot and B* to 5 significant digits, epoch to 1e-8 day).
                ShouldMatch(omm, t, relative: 1e-12, epochSeconds: 0.0005, tleRounded: true);
                omm.Name.Should().Be(t.Name);
                compared++;
            }
        }
        compared.Should().Be(6, "XML shares 4 objects with the TLE file and CSV 2");
    }

    [Fact]
    public void Reads_Space_Track_JSON_with_numbers_as_strings_and_extra_fields()
    {
        const string json = """
            [{"CCSDS_OMM_VERS":"2.0","COMMENT":"GENERATED VIA SPACE-TRACK.ORG API","CREATION_DATE":"2020-10-13T06:46:09",
              "ORIGINATOR":"18 SPCS","OBJECT_NAME":"VANGUARD 1","OBJECT_ID":"1958-002B","CENTER_NAME":"EARTH","REF_FRAME":"TEME",
              "TIME_SYSTEM":"UTC","MEAN_ELEMENT_THEORY":"SGP4","EPOCH":"2020-10-13T04:52:48.472320Z","MEAN_MOTION":"10.84869164",
              "ECCENTRICITY":"0.18456860","INCLINATION":"34.2443","RA_OF_ASC_NODE":"225.5254","ARG_OF_PERICENTER":"162.2516",
              "MEAN_ANOMALY":"205.2356","EPHEMERIS_TYPE":"0","CLASSIFICATION_TYPE":"U","NORAD_CAT_ID":"5","ELEMENT_SET_NO":"999",
              "REV_AT_EPOCH":"21814","BSTAR":"-0.00002248300000","MEAN_MOTION_DOT":"-1.6e-07","MEAN_MOTION_DDOT":"0.0000000000000",
              "SEMIMAJOR_AXIS":"8620.095","PERIOD":"132.735","DECAY_DATE":null,"OBJECT_TYPE":"PAYLOAD","GP_ID":"164530574",
              "TLE_LINE1":"1 00005U 58002B   20287.20333880 -.00000016  00000-0 -22483-4 0  9998"}]
            """;
        var e = OmmReader.Parse(json, "st.json").Elements.Should().ContainSingle().Subject;
        ShouldMatch(e, TleReader.Parse(VanguardLine1, VanguardLine2));
    }

    [Fact]
    public void Reads_Space_Track_CSV_with_extra_columns_and_quotes()
    {
        const string csv = "CCSDS_OMM_VERS,OBJECT_NAME,OBJECT_ID,EPOCH,MEAN_MOTION,ECCENTRICITY,INCLINATION,RA_OF_ASC_NODE,ARG_OF_PERICENTER,MEAN_ANOMALY,EPHEMERIS_TYPE,CLASSIFICATION_TYPE,NORAD_CAT_ID,ELEMENT_SET_NO,REV_AT_EPOCH,BSTAR,MEAN_MOTION_DOT,MEAN_MOTION_DDOT,DECAY_DATE,COUNTRY_CODE\r\n"
            + "2.0,\"VANGUARD, 1\",1958-002B,2020-10-13T04:52:48.472320,10.84869164,0.18456860,34.2443,225.5254,162.2516,205.2356,0,U,5,999,21814,-0.000022483,-0.00000016,0,,US\r\n";
        var e = OmmReader.Parse(csv, "st.csv").Elements.Should().ContainSingle().Subject;
        e.Name.Should().Be("VANGUARD, 1");
        ShouldMatch(e, TleReader.Parse(VanguardLine1, VanguardLine2));
    }

    [Fact]
    public void Reads_a_bare_omm_XML_element_in_a_namespace()
    {
        string xml = File.ReadAllText(OmmSample("python-sgp4_sample_omm.xml"));
        int start = xml.IndexOf("<omm", StringComparison.Ordinal), end = xml.IndexOf("</omm>", StringComparison.Ordinal) + 6;
        string bare = xml[start..end].Replace("<omm ", "<omm xmlns=\"urn:ccsds:ndm\" ");
        var e = OmmReader.Parse(bare, "bare.xml").Elements.Should().ContainSingle().Subject;
        ShouldMatch(e, TleReader.Parse(VanguardLine1, VanguardLine2));
    }

    [Theory]
    [InlineData("2020-10-13T04:52:48.472320")]
    [InlineData("2020-10-13T04:52:48.472320Z")]
    public void Accepts_EPOCH_with_and_without_Z(string epoch)
    {
        string kvn = Kvn().Replace("2020-10-13T04:52:48.472320", epoch);
        OmmReader.Parse(kvn, "k.kvn").Elements.Single().Epoch.Should().Be(Epoch.Parse("2020-10-13T04:52:48.472320Z"));
    }

    private static string Kvn() => string.Join("\n",
        "CCSDS_OMM_VERS = 2.0", "CREATION_DATE  = ", "ORIGINATOR     = ", "",
        "OBJECT_NAME    = VANGUARD 1", "OBJECT_ID      = 1958-002B", "CENTER_NAME    = EARTH", "REF_FRAME      = TEME",
        "TIME_SYSTEM    = UTC", "MEAN_ELEMENT_THEORY = SGP/SGP4", "",
        "EPOCH          = 2020-10-13T04:52:48.472320", "MEAN_MOTION    = 10.84869164", "ECCENTRICITY   = .1845686",
        "INCLINATION    = 34.2443 [deg]", "RA_OF_ASC_NODE = 225.5254", "ARG_OF_PERICENTER = 162.2516", "MEAN_ANOMALY   = 205.2356", "",
        "EPHEMERIS_TYPE = 0", "CLASSIFICATION_TYPE = U", "NORAD_CAT_ID   = 5", "ELEMENT_SET_NO = 999", "REV_AT_EPOCH   = 21814",
        "BSTAR          = -.22483E-4", "MEAN_MOTION_DOT = -.16E-6", "MEAN_MOTION_DDOT = 0", "");

    [Fact]
    public void Reads_KVN_with_units_and_numbers_without_leading_zeros()
    {
        var e = OmmReader.Parse(Kvn(), "k.kvn").Elements.Should().ContainSingle().Subject;
        ShouldMatch(e, TleReader.Parse(VanguardLine1, VanguardLine2));
        e.Name.Should().Be("VANGUARD 1");
    }

    [Fact]
    public void Refuses_a_duplicate_KVN_keyword_with_its_line()
    {
        string kvn = Kvn().Replace("NORAD_CAT_ID   = 5", "NORAD_CAT_ID   = 5\nINCLINATION = 34.2443");
        var act = () => OmmReader.Parse(kvn, "k.kvn");
        var ex = act.Should().Throw<ElementsFormatException>().Which;
        ex.Line.Should().Be(23);
        ex.Expected.Should().Contain("INCLINATION already appeared at line 15");
    }

    [Fact]
    public void Names_a_missing_mandatory_keyword()
    {
        string kvn = Kvn().Replace("MEAN_ANOMALY   = 205.2356\n", "");
        var act = () => OmmReader.Parse(kvn, "k.kvn");
        var ex = act.Should().Throw<ElementsFormatException>().Which;
        ex.Expected.Should().Contain("MEAN_ANOMALY");
        ex.Line.Should().Be(1);
    }

    [Fact]
    public void Reports_KVN_bad_values_with_line_and_column()
    {
        var act = () => OmmReader.Parse(Kvn().Replace("= .1845686", "= 1.1845686"), "k.kvn");
        var ex = act.Should().Throw<ElementsFormatException>().Which;
        (ex.Line, ex.Column).Should().Be((14, 18));
        ex.Expected.Should().Contain("ECCENTRICITY");
    }

    [Fact]
    public void Refuses_SGP4_XP_and_other_theories()
    {
        var act = () => OmmReader.Parse(Kvn().Replace("EPHEMERIS_TYPE = 0", "EPHEMERIS_TYPE = 4"), "k.kvn");
        act.Should().Throw<ElementsFormatException>().Which.Expected.Should().Contain("SGP4-XP");
        var act2 = () => OmmReader.Parse(Kvn().Replace("SGP/SGP4", "DSST"), "k.kvn");
        act2.Should().Throw<ElementsFormatException>().Which.Line.Should().Be(10);
        var act3 = () => OmmReader.Parse(Kvn().Replace("= TEME", "= GCRF"), "k.kvn");
        act3.Should().Throw<ElementsFormatException>().Which.Expected.Should().Contain("REF_FRAME");
    }

    [Fact]
    public void Reports_JSON_errors_with_line_and_column()
    {
        const string duplicate = "[{\"NORAD_CAT_ID\": 5,\n  \"NORAD_CAT_ID\": 6}]";
        var ex = ((Action)(() => OmmReader.Parse(duplicate, "d.json"))).Should().Throw<ElementsFormatException>().Which;
        (ex.Line, ex.Column).Should().Be((2, 3));
        ex.Expected.Should().Contain("NORAD_CAT_ID");

        const string broken = "[{\"NORAD_CAT_ID\": 5,\n  \"EPOCH\" \"x\"}]";
        var ex2 = ((Action)(() => OmmReader.Parse(broken, "b.json"))).Should().Throw<ElementsFormatException>().Which;
        ex2.Line.Should().Be(2);
        ex2.Expected.Should().Contain("valid JSON");

        string badValue = File.ReadAllText(OmmSample("python-sgp4_sample_omm.json")).Replace("34.2493", "\"abc\"");
        var ex3 = ((Action)(() => OmmReader.Parse(badValue, "v.json"))).Should().Throw<ElementsFormatException>().Which;
        (ex3.Line, ex3.Column).Should().Be((7, 20));
        ex3.Expected.Should().Contain("INCLINATION");
    }

    [Fact]
    public void Reports_XML_errors_with_line_and_column()
    {
        string xml = File.ReadAllText(OmmSample("sgpnet_xml_stations.xml"));
        var ex = ((Action)(() => OmmReader.Parse(xml.Replace("<INCLINATION>51.6328</INCLINATION>", "<INCLINATION>x</INCLINATION>"), "s.xml")))
            .Should().Throw<ElementsFormatException>().Which;
        ex.Line.Should().Be(4);
        ex.Column.Should().BeGreaterThan(1);
        ex.Expected.Should().Contain("INCLINATION");

        var ex2 = ((Action)(() => OmmReader.Parse(xml.Replace("</omm>\n<omm", "</omx>\n<omm"), "s.xml")))
            .Should().Throw<ElementsFormatException>().Which;
        ex2.Line.Should().Be(4);
        ex2.Expected.Should().Contain("well-formed XML");
    }

    [Fact]
    public void Reports_CSV_errors_with_line_and_column()
    {
        string csv = File.ReadAllText(OmmSample("python-sgp4_sample_omm.csv")).Replace(",34.2443,", ",34.2443x,");
        var ex = ((Action)(() => OmmReader.Parse(csv, "c.csv"))).Should().Throw<ElementsFormatException>().Which;
        ex.Line.Should().Be(2);
        ex.Column.Should().Be("VANGUARD 1,1958-002B,2020-10-13T04:52:48.472320,10.84869164,.1845686,".Length + 1);
    }

    [Fact]
    public void Skips_and_reports_bad_messages_when_asked()
    {
        string kvn = Kvn() + "\n" + Kvn().Replace("NORAD_CAT_ID   = 5", "NORAD_CAT_ID   = x") + "\n" + Kvn().Replace("= 5\n", "= 6\n");
        var r = OmmReader.Parse(kvn, "k.kvn", OmmFormat.Kvn, new ElementReadOptions { OnError = ErrorHandling.SkipAndReport });
        r.Elements.Select(e => e.CatalogNumber).Should().Equal(5, 6);
        r.Errors.Should().ContainSingle().Which.Line.Should().Be(29 + 21);
    }
}
