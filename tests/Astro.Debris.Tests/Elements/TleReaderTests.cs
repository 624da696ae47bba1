using Astro.Debris.Elements;
using Astro.Debris.Time;
using static Astro.Debris.Tests.Elements.TestData;

namespace Astro.Debris.Tests.Elements;

public class TleReaderTests
{
    private const double Deg = Math.PI / 180.0;

    private static ElementReadResult ReadText(string text, ElementReadOptions? options = null)
        => TleReader.Read(new StringReader(text), "test.tle", options);

    private static readonly ElementReadOptions NoChecksum = new() { VerifyChecksum = false };

    [Fact]
    public void Parses_every_field_of_a_two_line_set()
    {
        var e = TleReader.Parse(VanguardLine1, VanguardLine2);
        e.CatalogNumber.Should().Be(5);
        e.Name.Should().BeNull();
        e.Classification.Should().Be('U');
        e.InternationalDesignator.Should().Be("58002B");
        e.Epoch.Should().Be(Epoch.FromTleEpoch(2020, 287.20333880));
        e.MeanMotionDot.Should().Be(-0.00000016);
        e.MeanMotionDdot.Should().Be(0.0);
        e.BStar.Should().Be(0.22483 * 1e-4 * -1);
        e.EphemerisType.Should().Be(0);
        e.ElementSetNumber.Should().Be(999);
        e.Inclination.Should().Be(34.2443 * Deg);
        e.RightAscensionOfAscendingNode.Should().Be(225.5254 * Deg);
        e.Eccentricity.Should().Be(0.1845686);
        e.ArgumentOfPerigee.Should().Be(162.2516 * Deg);
        e.MeanAnomaly.Should().Be(205.2356 * Deg);
        e.MeanMotion.Should().Be(10.84869164);
        e.RevolutionNumber.Should().Be(21814);
    }

    [Fact]
    public void Reads_a_three_line_set_with_a_name_line()
    {
        var r = ReadText($"ISS (ZARYA)             \n{IssLine1}\n{IssLine2}\n");
        r.Errors.Should().BeEmpty();
        r.Elements.Should().ContainSingle().Which.Name.Should().Be("ISS (ZARYA)");
    }

    [Fact]
    public void Reads_a_name_line_with_the_zero_prefix()
    {
        var r = ReadText($"0 ISS (ZARYA)\n{IssLine1}\n{IssLine2}\n");
        r.Elements.Should().ContainSingle().Which.Name.Should().Be("ISS (ZARYA)");
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void Accepts_any_line_end(string eol)
    {
        var r = ReadText("VANGUARD 1" + eol + VanguardLine1 + eol + VanguardLine2 + eol + IssLine1 + eol + IssLine2 + eol);
        r.Elements.Select(e => e.CatalogNumber).Should().Equal(5, 25544);
        r.Elements[0].Name.Should().Be("VANGUARD 1");
    }

    [Fact]
    public void Skips_a_utf8_byte_order_mark()
    {
        var r = ReadText("\uFEFF" + VanguardLine1 + "\n" + VanguardLine2);
        r.Elements.Should().ContainSingle().Which.CatalogNumber.Should().Be(5);

        byte[] bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.ASCII.GetBytes(IssLine1 + "\n" + IssLine2)).ToArray();
        var fromStream = TleReader.Read(new StreamReader(new MemoryStream(bytes)), "bom.tle");
        fromStream.Elements.Should().ContainSingle().Which.CatalogNumber.Should().Be(25544);
    }

    [Fact]
    public void Accepts_a_file_without_a_final_newline()
    {
        ReadText(VanguardLine1 + "\n" + VanguardLine2).Elements.Should().ContainSingle();
    }

    [Fact]
    public void Ignores_trailing_spaces()
    {
        var r = ReadText("ISS   \n" + IssLine1 + "    \n" + IssLine2 + "  \t \n");
        r.Elements.Should().ContainSingle().Which.Should().Be(TleReader.Parse(IssLine1, IssLine2, "ISS"));
    }

    [Fact]
    public void Skips_blank_lines_between_sets()
    {
        var r = ReadText("\n\n" + VanguardLine1 + "\n" + VanguardLine2 + "\n\n   \n" + IssLine1 + "\n" + IssLine2 + "\n\n");
        r.Elements.Should().HaveCount(2);
    }

    [Fact]
    public void Skips_hash_comment_lines()
    {
        var r = ReadText("# a comment\n" + VanguardLine1 + "\n#   another one\n" + VanguardLine2 + "\n");
        r.Elements.Should().ContainSingle().Which.Name.Should().BeNull();
    }

    [Fact]
    public void Ignores_text_after_column_69()
    {
        var e = TleReader.Parse(VanguardLine1 + "  extra", VanguardLine2 + "     0.00      4320.0        360.00");
        e.Should().Be(TleReader.Parse(VanguardLine1, VanguardLine2));
    }

    [Fact]
    public void Accepts_68_column_lines_only_without_checksum_verification()
    {
        string l1 = VanguardLine1[..68], l2 = VanguardLine2[..68];
        TleReader.Parse(l1, l2, options: NoChecksum).Should().Be(TleReader.Parse(VanguardLine1, VanguardLine2));
        var act = () => TleReader.Parse(l1, l2);
        act.Should().Throw<ElementsFormatException>().Which.Column.Should().Be(69);
    }

    [Fact]
    public void Reads_blank_padded_catalogue_numbers()
    {
        var e = TleReader.Parse(
            "1    12U 59001B   22221.44187552  .00000108  00000-0  41309-4 0  9993",
            "2    12  32.9087 130.8390 1665650 233.4456 110.1176 11.44690528612279");
        e.CatalogNumber.Should().Be(12);
    }

    [Theory]
    [InlineData("A0000", 100000)]
    [InlineData("E8493", 148493)]
    [InlineData("J2931", 182931)]
    [InlineData("P4018", 234018)]
    [InlineData("W1928", 301928)]
    [InlineData("Z9999", 339999)]
    public void Reads_alpha5_catalogue_numbers(string alpha5, int expected)
    {
        var e = TleReader.Parse(Put(IssLine1, 3, alpha5), Put(IssLine2, 3, alpha5));
        e.CatalogNumber.Should().Be(expected);
    }

    [Theory]
    [InlineData("I0000")]
    [InlineData("O1234")]
    [InlineData("a0000")]
    [InlineData("AB000")]
    public void Refuses_invalid_alpha5(string text)
    {
        var act = () => TleReader.Parse(Put(IssLine1, 3, text), Put(IssLine2, 3, text));
        var ex = act.Should().Throw<ElementsFormatException>().Which;
        ex.Line.Should().Be(1);
        ex.Column.Should().Be(3);
    }

    [Theory]
    [InlineData(" 28098-4", 0.28098 * 1e-4)]
    [InlineData("-13525-3", -0.13525 * 1e-3)]
    [InlineData("+10762-4", 0.10762 * 1e-4)]
    [InlineData(" 00000+0", 0.0)]
    [InlineData(" 00000-0", 0.0)]
    [InlineData(" 13519-0", 0.13519)]
    [InlineData("-30915-6", -0.30915 * 1e-6)]
    [InlineData(" 10000+1", 1.0)]
    public void Reads_implied_decimal_exponent_fields(string field, double expected)
    {
        var e = TleReader.Parse(Put(IssLine1, 54, field), IssLine2);
        e.BStar.Should().Be(expected);
        var e2 = TleReader.Parse(Put(IssLine1, 45, field), IssLine2);
        e2.MeanMotionDdot.Should().Be(expected);
    }

    [Theory]
    [InlineData(" .00000255", 0.00000255)]
    [InlineData("-.00000016", -0.00000016)]
    [InlineData("+.00000030", 0.00000030)]
    public void Reads_the_mean_motion_derivative_field(string field, double expected)
    {
        TleReader.Parse(Put(IssLine1, 34, field), IssLine2).MeanMotionDot.Should().Be(expected);
    }

    [Fact]
    public void Reads_plus_signs_and_leading_zeros_of_a_real_catalogue_set()
    {
        var e = TleReader.Parse(
            "1  5457U 65108J   19154.76324947 +.00001072 +00000-0 +50105-1 0  9995",
            "2  5457 027.4674 327.9544 6665681 163.8351 351.9766 02.71249036153765");
        e.CatalogNumber.Should().Be(5457);
        e.MeanMotionDot.Should().Be(0.00001072);
        e.BStar.Should().Be(0.50105 * 1e-1);
        e.Inclination.Should().Be(27.4674 * Deg);
        e.MeanMotion.Should().Be(2.71249036);
    }

    [Fact]
    public void Reads_blank_eccentricity_digits_as_zeros()
    {
        TleReader.Parse(IssLine1, Put(IssLine2, 27, "       ")).Eccentricity.Should().Be(0.0);
        TleReader.Parse(IssLine1, Put(IssLine2, 27, "   5152")).Eccentricity.Should().Be(0.0005152);
    }

    [Theory]
    [InlineData("56", 2056)]
    [InlineData("00", 2000)]
    [InlineData("57", 1957)]
    [InlineData("99", 1999)]
    public void Applies_the_year_pivot_57(string yy, int year)
    {
        var e = TleReader.Parse(Put(IssLine1, 19, yy), IssLine2);
        e.Epoch.Should().Be(Epoch.FromTleEpoch(year, 221.92646991));
    }

    [Fact]
    public void Accepts_day_366_of_a_non_leap_year_as_1_january()
    {
        var e = TleReader.Parse(Put(IssLine1, 19, "21366.50000000"), IssLine2);
        e.Epoch.Should().Be(Epoch.FromTleEpoch(2021, 366.5));
        e.Epoch.ToDateTime().Should().Be(new DateTime(2022, 1, 1, 12, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Separates_mean_motion_and_revolution_number_by_columns()
    {
        var e = TleReader.Parse(
            "1 00005U 58002B   00179.78495062  .00000023  00000-0  28098-4 0  4753",
            "2 00005  34.2682 348.7242 1859667 331.7664  19.3264 10.82419157413667");
        e.MeanMotion.Should().Be(10.82419157);
        e.RevolutionNumber.Should().Be(41366);
        e.BStar.Should().Be(0.28098 * 1e-4);
    }

    [Fact]
    public void Refuses_a_line_2_catalogue_number_different_from_line_1()
    {
        var act = () => TleReader.Parse(IssLine1, Put(IssLine2, 3, "25545"));
        var ex = act.Should().Throw<ElementsFormatException>().Which;
        ex.Line.Should().Be(2);
        ex.Column.Should().Be(3);
        ex.Expected.Should().Contain("25544");
    }

    [Fact]
    public void Verifies_checksums_by_default_and_can_relax_them()
    {
        string bad = IssLine1[..68] + "0";
        var act = () => TleReader.Parse(bad, IssLine2);
        var ex = act.Should().Throw<ElementsFormatException>().Which;
        ex.Line.Should().Be(1);
        ex.Column.Should().Be(69);
        ex.Expected.Should().Contain("checksum digit 8");
        ex.Expected.Should().EndWith(", found '0'").And.NotContain("found '0', found"); // the found value once (was twice)
        TleReader.Parse(bad, IssLine2, options: NoChecksum).Should().Be(TleReader.Parse(IssLine1, IssLine2));
    }

    [Fact]
    public void Counts_minus_signs_as_one_in_the_checksum()
    {
        // Vanguard line 1 has two '-' signs ('-.00000016', '-22483-4' has two, '00000-0' one).
        TleText.Checksum(VanguardLine1).Should().Be(8);
        TleText.Checksum(VanguardLine2).Should().Be(9);
    }

    [Fact]
    public void Refuses_ephemeris_type_4_sgp4_xp()
    {
        var act = () => TleReader.Parse(Put(IssLine1, 63, "4"), IssLine2);
        var ex = act.Should().Throw<ElementsFormatException>().Which;
        ex.Column.Should().Be(63);
        ex.Expected.Should().Contain("SGP4-XP");
    }

    [Fact]
    public void Refuses_non_ascii_characters()
    {
        var act = () => ReadText("SATELLITE ÉTÉ\n" + IssLine1 + "\n" + IssLine2 + "\n");
        var ex = act.Should().Throw<ElementsFormatException>().Which;
        ex.Line.Should().Be(1);
        ex.Column.Should().Be(11);
        ex.Expected.Should().Contain("ASCII");

        var act2 = () => TleReader.Parse(IssLine1, IssLine2[..20] + "\u00A0" + IssLine2[21..]);
        act2.Should().Throw<ElementsFormatException>().Which.Column.Should().Be(21);
    }

    [Theory]
    [InlineData(9, "51.6x48", "inclination: a number of degrees 0..180 in columns 9-16")]
    [InlineData(18, " 70.3O00", "right ascension")]
    [InlineData(35, "1O1.7041", "argument of perigee")]
    [InlineData(44, " 98,6467", "mean anomaly")]
    [InlineData(53, "15.5029258x", "mean motion")]
    [InlineData(27, "0005.52", "eccentricity")]
    [InlineData(64, "3535x", "revolution number")]
    [InlineData(17, "x", "blank separator")]
    public void Reports_the_line_and_column_of_a_bad_line_2_field(int column, string bad, string expected)
    {
        var act = () => ReadText("\n" + IssLine1 + "\n" + Put(IssLine2, column, bad) + "\n");
        var ex = act.Should().Throw<ElementsFormatException>().Which;
        ex.SourceName.Should().Be("test.tle");
        ex.Line.Should().Be(3);
        ex.Column.Should().Be(column);
        ex.Expected.Should().Contain(expected);
        ex.Message.Should().StartWith($"test.tle:3:{column}:");
    }

    [Theory]
    [InlineData(8, "X", "classification")]
    [InlineData(10, "98-67A  ", "international designator")]
    [InlineData(19, "2x", "epoch year")]
    [InlineData(21, "221.9264699x", "epoch day")]
    [InlineData(21, "000.50000000", "epoch day")]
    [InlineData(21, "367.00000000", "epoch day")]
    [InlineData(34, " .0000605x", "first derivative")]
    [InlineData(45, " 000x0-0", "second derivative")]
    [InlineData(54, " 11289*3", "B* drag")]
    [InlineData(63, "x", "ephemeris type")]
    [InlineData(65, " 99x", "element set number")]
    [InlineData(18, "x", "blank separator")]
    public void Reports_the_column_of_a_bad_line_1_field(int column, string bad, string expected)
    {
        var act = () => TleReader.Parse(Put(IssLine1, column, bad), IssLine2);
        var ex = act.Should().Throw<ElementsFormatException>().Which;
        ex.Line.Should().Be(1);
        ex.Column.Should().Be(column);
        ex.Expected.Should().Contain(expected);
    }

    [Theory]
    [InlineData(9, "180.0001", "inclination")]
    [InlineData(18, "360.0001", "right ascension")]
    [InlineData(35, "400.0000", "argument of perigee")]
    [InlineData(44, "-10.0000", "mean anomaly")]
    [InlineData(53, " 0.00000000", "mean motion")]
    [InlineData(53, "-1.00000000", "mean motion")]
    public void Checks_ranges(int column, string bad, string expected)
    {
        var act = () => TleReader.Parse(IssLine1, Put(IssLine2, column, bad));
        var ex = act.Should().Throw<ElementsFormatException>().Which;
        ex.Line.Should().Be(2);
        ex.Column.Should().Be(column);
        ex.Expected.Should().Contain(expected);
    }

    [Fact]
    public void Accepts_the_limits_of_the_ranges()
    {
        var e = TleReader.Parse(IssLine1, Put(Put(Put(IssLine2, 9, "180.0000"), 18, "360.0000"), 44, "  0.0000"));
        e.Inclination.Should().Be(180.0 * Deg);
        e.RightAscensionOfAscendingNode.Should().Be(360.0 * Deg);
        e.MeanAnomaly.Should().Be(0.0);
    }

    [Fact]
    public void Stops_at_the_first_error_by_default()
    {
        string text = VanguardLine1 + "\n" + Put(VanguardLine2, 9, "abc") + "\n" + IssLine1 + "\n" + IssLine2 + "\n";
        var act = () => ReadText(text);
        var ex = act.Should().Throw<ElementsFormatException>().Which;
        ex.Line.Should().Be(2);
        ex.Column.Should().Be(9);
    }

    [Fact]
    public void Skips_and_reports_bad_sets_when_asked()
    {
        string text = string.Join("\n",
            "GOOD 1", VanguardLine1, VanguardLine2,          // lines 1-3
            "BAD CHECKSUM", IssLine1[..68] + "1", IssLine2,  // lines 4-6
            "ORPHAN NAME",                                   // line 7
            "2 00005  34.2443",                              // line 8: line 2 without line 1
            "GOOD 2", IssLine1, IssLine2,                    // lines 9-11
            "LINE 1 ONLY", VanguardLine1);                   // lines 12-13
        var r = ReadText(text, new ElementReadOptions { OnError = ErrorHandling.SkipAndReport });
        r.Elements.Select(e => e.Name).Should().Equal("GOOD 1", "GOOD 2");
        r.HasErrors.Should().BeTrue();
        r.Errors.Select(e => (e.Line, e.Column)).Should().Equal((5, 69), (8, 1), (8, 1), (14, 1));
    }

    [Fact]
    public void Parse_reports_line_numbers_1_and_2()
    {
        var act = () => TleReader.Parse(IssLine1, IssLine1);
        var ex = act.Should().Throw<ElementsFormatException>().Which;
        ex.Line.Should().Be(2);
        ex.Column.Should().Be(1);
        ex.SourceName.Should().Be("<tle>");
    }
}
