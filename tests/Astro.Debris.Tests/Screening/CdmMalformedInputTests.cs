using Astro.Debris.Elements;
using Astro.Debris.Screening;
using static Astro.Debris.Tests.Screening.CdmTestData;

namespace Astro.Debris.Tests.Screening;

/// <summary>Malformed messages, made by mutating real files: each must throw CdmFormatException saying where and what.</summary>
public class CdmMalformedInputTests
{
    private const string HstFile = "000020580_conj_000002017_20230613_001923_20230608_063715.cdm";

    private static string Hst() => File.ReadAllText(CaraPc(HstFile));

    private static string Ion() => File.ReadAllText(Example("ION_SCV8_vs_STARLINK_1233.txt"));

    private static string Example1Xml() => File.ReadAllText(Example("CDMExample1.xml"));

    private static List<string> Lines(string text) => text.ReplaceLineEndings("\n").Split('\n').ToList();

    private static string Join(IEnumerable<string> lines) => string.Join("\n", lines);

    private static int LineOf(List<string> lines, string startsWith, int occurrence = 0)
        => lines.Select((l, i) => (l, i)).Where(p => p.l.StartsWith(startsWith, StringComparison.Ordinal)).Skip(occurrence).First().i;

    private static string RemoveLine(string text, string startsWith, int occurrence = 0)
    {
        var lines = Lines(text);
        lines.RemoveAt(LineOf(lines, startsWith, occurrence));
        return Join(lines);
    }

    private static string ReplaceLine(string text, string startsWith, string replacement, int occurrence = 0)
    {
        var lines = Lines(text);
        lines[LineOf(lines, startsWith, occurrence)] = replacement;
        return Join(lines);
    }

    private static CdmFormatException Fails(string text, string source = "bad.cdm")
    {
        var act = () => CdmReader.Read(text, source);
        var ex = act.Should().Throw<CdmFormatException>().Which;
        ex.SourceName.Should().Be(source);
        ex.Should().BeAssignableTo<ElementsFormatException>().And.BeAssignableTo<FormatException>();
        ex.Message.Should().StartWith($"{source}:{ex.Line}:{ex.Column}: ");
        ex.Line.Should().BeGreaterThan(0);
        ex.Column.Should().BeGreaterThan(0);
        return ex;
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\r\n\t\n")]
    [InlineData("\uFEFF")]
    public void Empty_text(string text)
    {
        var ex = Fails(text);
        ex.Expected.Should().Contain("empty");
        ex.Line.Should().Be(1);
    }

    [Fact]
    public void Junk_that_is_neither_KVN_nor_XML()
    {
        Fails("hello, world\nthis is not a CDM\n").Expected.Should().Contain("CCSDS_CDM_VERS");
        Fails("{\"TCA\": \"2020-01-01\"}").Expected.Should().Contain("CCSDS_CDM_VERS");
    }

    [Fact]
    public void Binary_junk()
    {
        var ex = Fails("CCSDS_CDM_VERS = 1.0\n\u0000\u0001\u0002PK\u0003\u0004");
        ex.Line.Should().Be(2);
        ex.Expected.Should().Contain("control");
    }

    [Fact]
    public void First_keyword_is_not_CCSDS_CDM_VERS()
    {
        var ex = Fails(RemoveLine(Hst(), "CCSDS_CDM_VERS"));
        ex.Keyword.Should().Be("CCSDS_CDM_VERS");
        ex.Line.Should().Be(1);
        ex.Expected.Should().Contain("CREATION_DATE");
    }

    [Fact]
    public void Unsupported_version()
    {
        var ex = Fails(ReplaceLine(Hst(), "CCSDS_CDM_VERS", "CCSDS_CDM_VERS = 9.1"));
        ex.Keyword.Should().Be("CCSDS_CDM_VERS");
        ex.Expected.Should().Contain("9.1");
    }

    [Theory]
    [InlineData("TCA", "the relative metadata/data section")]
    [InlineData("MISS_DISTANCE", "the relative metadata/data section")]
    [InlineData("CREATION_DATE", "the header")]
    [InlineData("MESSAGE_ID", "the header")]
    [InlineData("ORIGINATOR", "the header")]
    public void Missing_mandatory_keyword_in_header_or_relative_section(string keyword, string section)
    {
        var ex = Fails(RemoveLine(Hst(), keyword + " "));
        ex.Keyword.Should().Be(keyword);
        ex.Expected.Should().Contain("mandatory keyword " + keyword).And.Contain(section);
    }

    [Theory]
    [InlineData("OBJECT_DESIGNATOR", 1)]
    [InlineData("REF_FRAME", 0)]
    [InlineData("EPHEMERIS_NAME", 1)]
    [InlineData("X_DOT", 1)]
    [InlineData("Z ", 0)]
    public void Missing_mandatory_object_keyword(string keyword, int occurrence)
    {
        var ex = Fails(RemoveLine(Hst(), keyword, occurrence));
        ex.Keyword.Should().Be(keyword.Trim());
        ex.Expected.Should().Contain(occurrence == 0 ? "OBJECT1" : "OBJECT2");
    }

    [Fact]
    public void Keyword_without_value()
    {
        var ex = Fails(ReplaceLine(Hst(), "TCA", "TCA                                         ="));
        ex.Keyword.Should().Be("TCA");
        ex.Line.Should().Be(7);
        ex.Expected.Should().Contain("found none");
    }

    [Theory]
    [InlineData("MISS_DISTANCE", "MISS_DISTANCE = 12x03 [m]")]
    [InlineData("MISS_DISTANCE", "MISS_DISTANCE = Infinity [m]")]
    [InlineData("MISS_DISTANCE", "MISS_DISTANCE = NaN [m]")]
    [InlineData("X ", "X = -5.08747799486521853e+03e [km]")]
    [InlineData("CT_T", "CT_T = 8,49E+07 [m**2]")]
    [InlineData("RELATIVE_SPEED", "RELATIVE_SPEED = fast [m/s]")]
    [InlineData("OBS_USED", "OBS_USED = 10.5")]
    public void Unparseable_number(string startsWith, string replacement)
    {
        var text = ReplaceLine(Hst(), startsWith, replacement);
        int line = Lines(text).IndexOf(replacement) + 1;
        var ex = Fails(text);
        ex.Line.Should().Be(line);
        ex.Column.Should().Be(replacement.IndexOf('=') + 3);
        ex.Keyword.Should().Be(startsWith.Trim());
        ex.Expected.Should().MatchRegex("number|integer");
    }

    [Theory]
    [InlineData("TCA", "TCA = 2023-13-13T00:19:23.766")]
    [InlineData("CREATION_DATE", "CREATION_DATE = yesterday")]
    [InlineData("TCA", "TCA = 2023-06-13T25:19:23.766")]
    [InlineData("TCA", "TCA = 2023-06-13T00:19:23.766+02:00")]
    public void Unparseable_date(string keyword, string replacement)
    {
        var ex = Fails(ReplaceLine(Hst(), keyword, replacement));
        ex.Keyword.Should().Be(keyword);
        ex.Expected.Should().Contain("UTC time");
    }

    [Fact]
    public void Probability_out_of_range()
    {
        Fails(ReplaceLine(Hst(), "COLLISION_PROBABILITY ", "COLLISION_PROBABILITY = 1.5")).Keyword.Should().Be("COLLISION_PROBABILITY");
    }

    [Fact]
    public void Incomplete_covariance()
    {
        var ex = Fails(RemoveLine(Hst(), "CN_T", 1));
        ex.Keyword.Should().Be("CN_T");
        ex.Expected.Should().Contain("OBJECT2").And.Contain("incomplete");
    }

    [Fact]
    public void CDM_1_0_without_covariance()
    {
        var text = Hst();
        int first = text.IndexOf("CR_R", text.IndexOf("OBJECT2", StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = Lines(text[..first]);
        var ex = Fails(Join(lines));
        ex.Keyword.Should().Be("CR_R");
        ex.Expected.Should().Contain("OBJECT2").And.Contain("mandatory");
    }

    [Fact]
    public void Drag_row_incomplete_or_SRP_row_without_drag_row()
    {
        Fails(RemoveLine(Ion(), "CDRG_DRG")).Keyword.Should().Be("CDRG_DRG");
        var text = Ion();
        foreach (var k in new[] { "CDRG_R", "CDRG_T", "CDRG_N", "CDRG_RDOT", "CDRG_TDOT", "CDRG_NDOT", "CDRG_DRG" }) text = RemoveLine(text, k);
        var ex = Fails(text);
        ex.Keyword.Should().Be("CSRP_R");
        ex.Expected.Should().Contain("CDRG");
    }

    [Fact]
    public void Partial_relative_position()
    {
        var ex = Fails(RemoveLine(Hst(), "RELATIVE_POSITION_T"));
        ex.Keyword.Should().Be("RELATIVE_POSITION_T");
    }

    [Fact]
    public void Duplicate_OBJECT1_block()
    {
        var ex = Fails(ReplaceLine(Hst(), "OBJECT  ", "OBJECT = OBJECT1", 1));
        ex.Keyword.Should().Be("OBJECT");
        ex.Expected.Should().Contain("OBJECT1 is repeated");
    }

    [Fact]
    public void Third_OBJECT_block()
    {
        var lines = Lines(Hst());
        int start = LineOf(lines, "OBJECT  ", 1);
        var text = Join(lines.Concat(lines.Skip(start)));
        var ex = Fails(text);
        ex.Keyword.Should().Be("OBJECT");
        ex.Expected.Should().Contain("third");
        ex.Line.Should().Be(lines.Count + 1);
    }

    [Fact]
    public void Unknown_object_label()
    {
        Fails(ReplaceLine(Hst(), "OBJECT  ", "OBJECT = OBJECT3", 1)).Expected.Should().Contain("OBJECT2");
    }

    [Fact]
    public void Duplicate_keyword()
    {
        var lines = Lines(Hst());
        int i = LineOf(lines, "MISS_DISTANCE");
        lines.Insert(i + 1, "MISS_DISTANCE = 5 [m]");
        var ex = Fails(Join(lines));
        ex.Keyword.Should().Be("MISS_DISTANCE");
        ex.Line.Should().Be(i + 2);
        ex.Expected.Should().Contain($"line {i + 1}");
    }

    [Fact]
    public void Header_keyword_after_the_relative_section_began()
    {
        var lines = Lines(Hst());
        string creation = lines[LineOf(lines, "CREATION_DATE")];
        lines.RemoveAt(LineOf(lines, "CREATION_DATE"));
        lines.Insert(LineOf(lines, "MISS_DISTANCE"), creation);
        var ex = Fails(Join(lines));
        ex.Keyword.Should().Be("CREATION_DATE");
        ex.Expected.Should().Contain("must come before");
    }

    [Fact]
    public void Relative_keyword_inside_an_object_section()
    {
        var lines = Lines(Hst());
        string tca = lines[LineOf(lines, "TCA")];
        lines.RemoveAt(LineOf(lines, "TCA"));
        lines.Insert(LineOf(lines, "OBJECT_NAME"), tca);
        var ex = Fails(Join(lines));
        ex.Keyword.Should().Be("TCA");
        ex.Expected.Should().Contain("OBJECT1");
    }

    [Fact]
    public void Object_keyword_before_OBJECT()
    {
        var lines = Lines(Hst());
        lines.Insert(LineOf(lines, "TCA") + 1, "X = 1.0 [km]");
        var ex = Fails(Join(lines));
        ex.Keyword.Should().Be("X");
        ex.Expected.Should().Contain("OBJECT = OBJECT1 before");
    }

    [Fact]
    public void Metadata_after_data_in_an_object()
    {
        var lines = Lines(Hst());
        string frame = lines[LineOf(lines, "REF_FRAME")];
        lines.RemoveAt(LineOf(lines, "REF_FRAME"));
        lines.Insert(LineOf(lines, "Z_DOT"), frame);
        var ex = Fails(Join(lines));
        ex.Keyword.Should().Be("REF_FRAME");
        ex.Expected.Should().Contain("before its data");
    }

    [Fact]
    public void Truncated_after_the_first_object()
    {
        var lines = Lines(Hst());
        var text = Join(lines.Take(LineOf(lines, "OBJECT  ", 1)));
        var ex = Fails(text);
        ex.Keyword.Should().Be("OBJECT");
        ex.Expected.Should().Contain("OBJECT2").And.Contain("ends");
    }

    [Fact]
    public void Truncated_in_the_middle()
    {
        var lines = Lines(Hst());
        for (int keep = 1; keep < lines.Count - 1; keep += 7)
        {
            var act = () => CdmReader.Read(Join(lines.Take(keep)), "cut");
            act.Should().Throw<CdmFormatException>($"the text is cut after line {keep}");
        }
        // Cut inside the last line, after its '=': the keyword has no value.
        string full = Hst();
        var cut = () => CdmReader.Read(full[..(full.LastIndexOf('=') + 1)], "cut");
        cut.Should().Throw<CdmFormatException>().Which.Keyword.Should().Be("CNDOT_NDOT");
    }

    [Fact]
    public void Line_without_equals_sign()
    {
        var lines = Lines(Hst());
        int i = LineOf(lines, "OBJECT_NAME");
        lines[i] = "OBJECT_NAME HST";
        var ex = Fails(Join(lines));
        ex.Line.Should().Be(i + 1);
        ex.Expected.Should().Contain("KEYWORD = value");
    }

    [Fact]
    public void Invalid_keyword()
    {
        var ex = Fails(ReplaceLine(Hst(), "OBJECT_NAME", "OBJECT NAME = HST"));
        ex.Expected.Should().Contain("keyword");
    }

    [Fact]
    public void Comment_before_the_version_line()
    {
        Fails("COMMENT hello\n" + Hst()).Keyword.Should().Be("CCSDS_CDM_VERS");
    }

    [Fact]
    public void Malformed_XML()
    {
        string xml = Example1Xml();
        var ex = Fails(xml[..(xml.Length / 2)]);
        ex.Expected.Should().Contain("well-formed XML");
        ex.InnerException.Should().BeOfType<System.Xml.XmlException>();

        Fails(xml.Replace("</TCA>", "</TCX>", StringComparison.Ordinal)).Expected.Should().Contain("well-formed XML");
    }

    [Fact]
    public void XML_that_is_not_a_CDM()
    {
        Fails("<?xml version=\"1.0\"?>\n<omm><header/></omm>").Expected.Should().Contain("<cdm>");
        Fails("<html><body>hi</body></html>").Expected.Should().Contain("<cdm>");
    }

    [Fact]
    public void XML_structure_errors()
    {
        string xml = Example1Xml();
        Fails(xml.Replace("version=\"1.0\">", ">", StringComparison.Ordinal)).Keyword.Should().Be("CCSDS_CDM_VERS");
        int segment = xml.IndexOf("<segment>", StringComparison.Ordinal);
        int end = xml.IndexOf("</segment>", StringComparison.Ordinal) + "</segment>".Length;
        string seg1 = xml[segment..end];
        Fails(xml.Insert(end, seg1)).Expected.Should().Contain("OBJECT2"); // two OBJECT1 segments
        string three = xml.Replace("</body>", seg1.Replace("OBJECT1", "OBJECT2", StringComparison.Ordinal) + "</body>", StringComparison.Ordinal);
        Fails(three).Expected.Should().Contain("third");
        Fails(xml.Replace(seg1, "", StringComparison.Ordinal)).Expected.Should().Contain("OBJECT2"); // one segment only
        Fails(xml.Replace("<TCA>", "<TCA><X>1</X>", StringComparison.Ordinal)).Expected.Should().Contain("child elements");
        Fails(xml.Replace("<MISS_DISTANCE units=\"m\">715</MISS_DISTANCE>", "", StringComparison.Ordinal)).Keyword.Should().Be("MISS_DISTANCE");
        Fails(xml.Replace("<X units=\"km\">2570.097065</X>", "<X units=\"km\">2570.0970.65</X>", StringComparison.Ordinal)).Keyword.Should().Be("X");
        Fails(xml.Replace("<body>", "<body><foo/>", StringComparison.Ordinal)).Expected.Should().Contain("relativeMetadataData");
    }

    [Fact]
    public void XML_entity_expansion_is_refused()
    {
        string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE cdm [<!ENTITY a \"aaaa\">]>\n<cdm version=\"1.0\"><header/></cdm>";
        Fails(xml).Expected.Should().Contain("well-formed XML");
    }

    /// <summary>Seeded random damage to real files: anything but a clean result or a CdmFormatException is a bug.</summary>
    [Fact]
    public void Random_damage_never_escapes_as_another_exception()
    {
        var rng = new Random(20240613);
        string[] sources = { Hst(), Ion(), Example1Xml(), File.ReadAllText(Example("CDMExample_issue_940.xml")), File.ReadAllText(Example("CDMExample2.txt")) };
        string[] junk = { "", "=", "[", "]", "<", ">", "NaN", "-", "e", "COMMENT", "OBJECT = OBJECT2", "\u0000", "\"", "1e999", " [m]", "/>" };
        int failures = 0, successes = 0;
        for (int trial = 0; trial < 1500; trial++)
        {
            string text = sources[trial % sources.Length];
            int edits = 1 + rng.Next(3);
            for (int k = 0; k < edits && text.Length > 0; k++)
            {
                int at = rng.Next(text.Length);
                int len = Math.Min(rng.Next(12), text.Length - at);
                text = rng.Next(3) switch
                {
                    0 => text.Remove(at, len),
                    1 => text.Insert(at, junk[rng.Next(junk.Length)]),
                    _ => text.Remove(at, len).Insert(at, junk[rng.Next(junk.Length)]),
                };
            }
            try
            {
                var m = CdmReader.Read(text, "fuzz");
                double.IsFinite(m.MissDistanceMeters).Should().BeTrue();
                CdmTestData.ShouldBeSameMessage(CdmReader.Read(CdmWriter.WriteXml(m), "fuzz-xml"), m);
                CdmTestData.ShouldBeSameMessage(CdmReader.Read(CdmWriter.WriteKvn(m), "fuzz-kvn"), m);
                successes++;
            }
            catch (CdmFormatException ex)
            {
                ex.Line.Should().BeGreaterThanOrEqualTo(0);
                failures++;
            }
            catch (ArgumentException ex) when (ex.Message.Contains("would read back as units", StringComparison.Ordinal))
            {
                successes++; // a damaged value like "x [m" cannot be written back unambiguously: refused by the writer, as documented
            }
        }
        failures.Should().BeGreaterThan(100);
        successes.Should().BeGreaterThan(10);
    }
}
