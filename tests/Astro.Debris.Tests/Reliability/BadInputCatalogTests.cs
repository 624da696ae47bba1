using Astro.Debris.Tests.Cli;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Astro.Debris.Breakup;
using Astro.Debris.Cli;
using Astro.Debris.Elements;
using Astro.Debris.Propagation;
using Astro.Debris.Screening;
using Astro.Debris.Tests.Elements;
using Astro.Debris.Time;

namespace Astro.Debris.Tests.Reliability;

/// <summary>
/// The bad-input catalogue of docs/validation.md ("Reliability"): one test per class of bad input that no other test
/// already covers (the table names the existing tests for the other rows). Library readers must end in
/// <see cref="ElementsFormatException"/> (or <see cref="CdmFormatException"/>) with a line and column; validation
/// in <see cref="ArgumentException"/>; the CLI in exit code 2 with a message naming the option or the file, no stack
/// trace and no partial output.
/// </summary>
public sealed class BadInputCatalogTests : CliTestBase
{
    private static string Iss1 => TestData.IssLine1;

    private static string Iss2 => TestData.IssLine2;

    private static string Cosmos => TestData.PathOf("tle", "cosmos1408", "cosmos1408_parent_pre-test.3le");

    private static string Pair => TestData.PathOf("tle", "historic", "iridium33_cosmos2251_pre-collision_2009-02-09.3le");

    private static string Ion => TestData.PathOf("pc-cases", "cdm-examples", "ION_SCV8_vs_STARLINK_1233.txt");

    /// <summary>Replaces the text at a 1-based column and fixes the checksum.</summary>
    private static string Put(string line, int column, string text)
        => TestData.Fix(line[..(column - 1)] + text + line[(column - 1 + text.Length)..]);

    private static ElementsFormatException TleError(string text, ElementReadOptions? options = null)
    {
        var act = () => TleReader.Read(new StringReader(text), "bad.tle", options);
        return act.Should().Throw<ElementsFormatException>().Which;
    }

    private static void BadCliInput((int Code, string Out, string Err) r, string message)
    {
        r.Code.Should().Be(2, r.Err);
        r.Err.Should().Contain(message);
        r.Err.Should().NotContain("   at ", "no stack traces");
        r.Out.Should().BeEmpty("nothing is written for bad input");
    }

    private static string IssOmm(OmmFormat format)
        => OmmWriter.ToString([TleReader.Parse(Iss1, Iss2) with { Name = "ISS (ZARYA)" }], format);

    /// <summary>The ISS OMM in one encoding with one field's value replaced.</summary>
    private static string OmmWith(OmmFormat format, string key, string value)
    {
        var set = TleReader.Parse(Iss1, Iss2) with { Name = "ISS (ZARYA)" };
        string text = IssOmm(format);
        string Fmt(double d) => d.ToString("R", CultureInfo.InvariantCulture);
        string old = key switch
        {
            "MEAN_MOTION" => Fmt(set.MeanMotion * 1440 / (2 * Math.PI)),
            "ECCENTRICITY" => Fmt(set.Eccentricity),
            "EPOCH" => set.Epoch.ToString(),
            _ => throw new ArgumentOutOfRangeException(nameof(key)),
        };
        // Find the written value by its key (each writer writes it once), whatever its exact digits.
        int k = text.IndexOf(key, StringComparison.Ordinal);
        if (format == OmmFormat.Csv)
        {
            var lines = text.Split('\n');
            var head = lines[0].Split(',');
            var row = lines[1].Split(',');
            row[Array.IndexOf(head, key)] = value;
            lines[1] = string.Join(',', row);
            return string.Join('\n', lines);
        }
        k.Should().BeGreaterThan(-1, old);
        int start = format switch
        {
            OmmFormat.Kvn => text.IndexOf('=', k) + 1,
            OmmFormat.Xml => text.IndexOf('>', k) + 1,
            _ => text.IndexOf(':', k) + 1,
        };
        int end = format switch
        {
            OmmFormat.Kvn => text.IndexOf('\n', start),
            OmmFormat.Xml => text.IndexOf('<', start),
            _ => text.IndexOfAny([',', '}', '\n'], start),
        };
        string replacement = format switch
        {
            OmmFormat.Kvn => " " + value,
            OmmFormat.Json => "\"" + value + "\"",
            _ => value,
        };
        return text[..start] + replacement + text[end..];
    }

    // ------------------------------------------------------------------ element sets

    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 40)]
    [InlineData(2, 60)]
    [InlineData(2, 67)]
    public void Truncated_tle_lines_are_format_errors_at_the_line(int line, int keep)
    {
        // Fixed: with checksums relaxed, a truncated line was padded with blanks and read (the mean motion cut to its
        // first digits, B* and the revolution number 0). Now an error at the column after the last character.
        string l1 = line == 1 ? Iss1[..keep] : Iss1;
        string l2 = line == 2 ? Iss2[..keep] : Iss2;
        foreach (var options in new[] { ElementReadOptions.Default, new ElementReadOptions { VerifyChecksum = false } })
        {
            var ex = TleError(l1 + "\n" + l2 + "\n", options);
            ex.Line.Should().Be(line);
            ex.Column.Should().Be(keep + 1);
            ex.Expected.Should().Contain("truncated");
        }
        // A line cut to "1" is not a line 1 (it needs "1 "): it reads as a name, and line 2 then has no line 1.
        TleError("1\n" + Iss2 + "\n").Line.Should().Be(2);
    }

    [Fact]
    public void A_tle_file_that_ends_after_line_1_is_a_format_error()
    {
        var ex = TleError("ISS (ZARYA)\n" + Iss1 + "\n");
        ex.Expected.Should().Contain("2");
        ex.Line.Should().BeInRange(2, 3);
    }

    [Theory]
    [InlineData(9, "     NaN", "inclination")]
    [InlineData(53, "   Infinity", "mean motion")]
    [InlineData(53, "        NaN", "mean motion")]
    [InlineData(44, "-Infinit", "mean anomaly")]
    public void Nan_and_infinity_in_tle_fields_are_format_errors(int column, string text, string field)
    {
        var ex = TleError(Iss1 + "\n" + Put(Iss2, column, text) + "\n");
        ex.Line.Should().Be(2);
        ex.Column.Should().Be(column);
        ex.Expected.Should().Contain(field);
    }

    [Theory]
    [InlineData(OmmFormat.Kvn, "MEAN_MOTION", "NaN")]
    [InlineData(OmmFormat.Xml, "MEAN_MOTION", "Infinity")]
    [InlineData(OmmFormat.Json, "MEAN_MOTION", "NaN")]
    [InlineData(OmmFormat.Csv, "MEAN_MOTION", "-Infinity")]
    [InlineData(OmmFormat.Kvn, "MEAN_MOTION", "1e309")]
    [InlineData(OmmFormat.Kvn, "ECCENTRICITY", "NaN")]
    [InlineData(OmmFormat.Json, "ECCENTRICITY", "Infinity")]
    public void Nan_and_infinity_in_omm_values_are_format_errors(OmmFormat format, string key, string value)
    {
        string text = OmmWith(format, key, value);
        var act = () => OmmReader.Parse(text, "bad.omm", format);
        var ex = act.Should().Throw<ElementsFormatException>().Which;
        ex.Line.Should().BeGreaterThan(0);
        ex.Expected.Should().Contain(key);
    }

    [Theory]
    [InlineData(OmmFormat.Kvn, "1")]
    [InlineData(OmmFormat.Kvn, "1.5")]
    [InlineData(OmmFormat.Xml, "1.0")]
    [InlineData(OmmFormat.Json, "2")]
    [InlineData(OmmFormat.Csv, "1.0000001")]
    [InlineData(OmmFormat.Kvn, "-0.1")]
    public void Eccentricity_at_or_above_one_or_negative_is_a_format_error(OmmFormat format, string value)
    {
        string text = OmmWith(format, "ECCENTRICITY", value);
        var act = () => OmmReader.Parse(text, "bad.omm", format);
        act.Should().Throw<ElementsFormatException>().Which.Expected.Should().Contain("ECCENTRICITY");
        // The TLE field has seven implied-decimal digits and cannot hold e ≥ 1; a sign there is not a digit.
        TleError(Iss1 + "\n" + Put(Iss2, 27, "-000001") + "\n").Column.Should().Be(27);
    }

    [Theory]
    [InlineData(OmmFormat.Kvn, "-15.5")]
    [InlineData(OmmFormat.Xml, "0")]
    [InlineData(OmmFormat.Json, "-1")]
    [InlineData(OmmFormat.Csv, "-0.0")]
    public void Zero_or_negative_mean_motion_in_an_omm_is_a_format_error(OmmFormat format, string value)
    {
        string text = OmmWith(format, "MEAN_MOTION", value);
        var act = () => OmmReader.Parse(text, "bad.omm", format);
        act.Should().Throw<ElementsFormatException>().Which.Expected.Should().Contain("MEAN_MOTION");
    }

    [Theory]
    [InlineData(OmmFormat.Kvn, "2021-13-01T00:00:00")]
    [InlineData(OmmFormat.Xml, "2021-02-30T00:00:00")]
    [InlineData(OmmFormat.Json, "10000-01-01T00:00:00")]
    [InlineData(OmmFormat.Csv, "2021-367T00:00:00")]
    [InlineData(OmmFormat.Kvn, "2021-06-01T24:00:01")]
    [InlineData(OmmFormat.Kvn, "0000-01-01T00:00:00")]
    public void Omm_epochs_out_of_range_are_format_errors(OmmFormat format, string value)
    {
        string text = OmmWith(format, "EPOCH", value);
        var act = () => OmmReader.Parse(text, "bad.omm", format);
        act.Should().Throw<ElementsFormatException>().Which.Expected.Should().Contain("EPOCH");
    }

    [Theory]
    [InlineData(OmmFormat.Xml)]
    [InlineData(OmmFormat.Json)]
    [InlineData(OmmFormat.Csv)]
    public void Duplicate_keys_in_xml_json_and_csv_omm_are_format_errors(OmmFormat format)
    {
        string text = IssOmm(format);
        text = format switch
        {
            OmmFormat.Xml => text.Replace("<INCLINATION>", "<INCLINATION>12</INCLINATION><INCLINATION>", StringComparison.Ordinal),
            OmmFormat.Json => text.Replace("\"INCLINATION\"", "\"INCLINATION\":12,\"INCLINATION\"", StringComparison.Ordinal),
            _ => DuplicateCsvColumn(text, "INCLINATION"),
        };
        var act = () => OmmReader.Parse(text, "dup.omm", format);
        var ex = act.Should().Throw<ElementsFormatException>().Which;
        ex.Expected.Should().Contain("INCLINATION");
    }

    private static string DuplicateCsvColumn(string csv, string key)
    {
        var lines = csv.Split('\n');
        var head = lines[0].Split(',').ToList();
        var row = lines[1].Split(',').ToList();
        int i = head.IndexOf(key);
        head.Add(key);
        row.Add("12");
        lines[0] = string.Join(',', head);
        lines[1] = string.Join(',', row);
        return string.Join('\n', lines);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    [InlineData("\uFEFF")]
    public void Empty_element_files_are_a_format_error_naming_the_file(string content)
    {
        string path = Path.Combine(Dir, "empty.txt");
        File.WriteAllText(path, content);
        var act = () => ElementsReader.ReadFile(path);
        act.Should().Throw<ElementsFormatException>().Which.SourceName.Should().Be(path);
        BadCliInput(Run("propagate", path, "--minutes", "0:10:1"), "empty.txt");
    }

    [Fact]
    public void An_empty_tle_text_reads_as_no_sets_and_an_empty_cdm_is_an_error()
    {
        TleReader.Read(new StringReader(""), "empty.tle").Elements.Should().BeEmpty();
        var act = () => CdmReader.Read("", "empty.cdm");
        act.Should().Throw<CdmFormatException>();
    }

    [Fact]
    public void A_large_generated_tle_file_reads_in_bounded_time_and_memory()
    {
        // 200,000 three-line sets (≈ 32 MB): every set read, in order, in a few seconds.
        const int count = 200_000;
        string path = Path.Combine(Dir, "huge.tle");
        using (var w = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            for (int i = 0; i < count; i++)
            {
                int cat = 10000 + (i % 80000);
                w.Write("OBJ ");
                w.Write(i.ToString(CultureInfo.InvariantCulture));
                w.Write('\n');
                w.Write(TestData.Fix(Iss1[..2] + cat.ToString("D5", CultureInfo.InvariantCulture) + Iss1[7..]));
                w.Write('\n');
                w.Write(TestData.Fix(Iss2[..2] + cat.ToString("D5", CultureInfo.InvariantCulture) + Iss2[7..]));
                w.Write('\n');
            }
        }
        var sw = Stopwatch.StartNew();
        var read = ElementsReader.ReadFile(path);
        sw.Stop();
        read.Elements.Should().HaveCount(count);
        read.Elements[^1].Name.Should().Be("OBJ " + (count - 1).ToString(CultureInfo.InvariantCulture));
        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void A_single_absurdly_long_line_is_read_in_bounded_time_as_documented()
    {
        // 20 million characters on one line: no crash, no hang; the readers keep whole lines in memory (the file is
        // read to its end first), so the bound is the memory for the text, and the outcome is what the format says.
        string longText = new('7', 20_000_000);
        var sw = Stopwatch.StartNew();
        // A TLE name line has no length limit: the name is kept.
        var named = ElementsReader.Read(new StringReader(longText + "\n" + Iss1 + "\n" + Iss2 + "\n"), "long.tle");
        named.Elements.Single().Name!.Length.Should().Be(longText.Length);
        // Columns past 69 of an element line are ignored (TleReaderTests.Ignores_text_after_column_69).
        ElementsReader.Read(new StringReader(Iss1 + longText + "\n" + Iss2 + "\n"), "long.tle").Elements.Single()
            .Should().Be(TleReader.Parse(Iss1, Iss2));
        // A long OMM value that is not a number is a format error at its line, and the message does not echo it.
        string kvn = IssOmm(OmmFormat.Kvn);
        int k = kvn.IndexOf("MEAN_MOTION", StringComparison.Ordinal);
        int eq = kvn.IndexOf('=', k);
        string bad = kvn[..(eq + 1)] + " 1" + longText + "x" + kvn[kvn.IndexOf('\n', eq)..];
        var act = () => ElementsReader.Read(new StringReader(bad), "long.kvn");
        var ex = act.Should().Throw<ElementsFormatException>().Which;
        ex.Expected.Should().Contain("MEAN_MOTION");
        // One long line that is neither format, and a CDM whose only line is long: format errors at line 1.
        var junk = () => ElementsReader.Read(new StringReader(longText), "junk.txt");
        junk.Should().Throw<ElementsFormatException>().Which.Line.Should().Be(1);
        var cdm = () => CdmReader.Read(longText, "junk.cdm");
        cdm.Should().Throw<CdmFormatException>().Which.Line.Should().Be(1);
        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        ex.Message.Length.Should().BeLessThan(2000, "the message does not echo the whole line");
    }

    // ------------------------------------------------------------------ propagation

    [Fact]
    public void Propagation_far_from_the_epoch_fails_with_an_error_code_not_a_state()
    {
        var p = new Sgp4Propagator(TleReader.Parse(Iss1, Iss2));
        foreach (double minutes in new[] { 1e6, -1e6, 1e9, 5e10 })
        {
            var r = p.Propagate(minutes);
            if (r.IsSuccess)
            {
                double.IsFinite(r.Position.X).Should().BeTrue($"code 0 at {minutes} min must carry a finite state");
            }
            else
            {
                double.IsNaN(r.Position.X).Should().BeTrue("a failed result is NaN with its code");
            }
        }
        FluentActions.Invoking(() => p.Propagate(double.NaN)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => p.Propagate(double.PositiveInfinity)).Should().Throw<ArgumentException>();
    }

    // ------------------------------------------------------------------ CLI: propagate

    [Theory]
    [InlineData("--step", "0", "--step")]
    [InlineData("--step", "-60", "--step")]
    [InlineData("--step", "NaN", "--step")]
    [InlineData("--step", "Infinity", "--step")]
    public void Propagate_zero_negative_or_non_finite_step_exits_2(string option, string value, string message)
    {
        BadCliInput(Run("propagate", Cosmos, "--start", "2021-11-15T00:00:00Z", "--end", "2021-11-16T00:00:00Z", option, value), message);
    }

    [Theory]
    [InlineData("0:10:-1", "step")]
    [InlineData("0:10:NaN", "not a number")]
    [InlineData("0:1e12:1e-3", "steps")]
    [InlineData("10:0:1", "before FROM")]
    public void Propagate_bad_minutes_grids_exit_2(string minutes, string message)
    {
        BadCliInput(Run("propagate", Cosmos, "--minutes", minutes), message);
    }

    [Fact]
    public void Propagate_inverted_window_exits_2()
    {
        BadCliInput(Run("propagate", Cosmos, "--start", "2021-11-16T00:00:00Z", "--end", "2021-11-15T00:00:00Z", "--step", "60"), "before --start");
    }

    // ------------------------------------------------------------------ CLI: screen

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void Screen_non_finite_threshold_exits_2(string threshold)
    {
        BadCliInput(Run("screen", Pair, "--start", "2009-02-10T16:00:00Z", "--end", "2009-02-10T18:00:00Z", "--threshold", threshold), "--threshold");
    }

    [Fact]
    public void Screen_empty_window_exits_2()
    {
        BadCliInput(Run("screen", Pair, "--start", "2009-02-10T16:00:00Z", "--end", "2009-02-10T16:00:00Z", "--threshold", "5"), "must be after");
    }

    // ------------------------------------------------------------------ CLI: breakup

    [Theory]
    [InlineData("--mass", "NaN", "--mass")]
    [InlineData("--mass", "1e30", "--mass")]
    [InlineData("--mass", "0", "--mass")]
    [InlineData("--projectile-mass", "-1", "--projectile-mass")]
    [InlineData("--projectile-mass", "Infinity", "--projectile-mass")]
    [InlineData("--impact-speed", "NaN", "--impact-speed")]
    [InlineData("--impact-speed", "-7", "--impact-speed")]
    [InlineData("--impact-speed", "1e9", "--impact-speed")]
    public void Breakup_absurd_masses_and_speeds_exit_2_naming_the_option(string option, string value, string message)
    {
        string outFile = Path.Combine(Dir, "x.tle");
        var args = new List<string> { "breakup", Cosmos, "--time", "2021-11-15T02:47:00Z", "--kind", "collision", "--mass", "2000",
            "--projectile-mass", "50", "--impact-speed", "7", "--output", outFile };
        args[args.IndexOf(option) + 1] = value;
        BadCliInput(Run(args.ToArray()), message);
        File.Exists(outFile).Should().BeFalse();
    }

    [Fact]
    public void Breakup_event_with_an_absurd_mass_is_an_ArgumentException()
    {
        var e = BreakupEvent.Collision(ParentObjectType.Spacecraft, 2000, 50, 7, 0.01, 1);
        FluentActions.Invoking(() => BreakupModel.Generate(e with { TargetMassKg = 1e30 })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => BreakupModel.Generate(e with { ProjectileMassKg = 1e30 })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => BreakupModel.Generate(e with { ImpactSpeedKmPerSecond = 1e9 })).Should().Throw<ArgumentException>();
    }

    // ------------------------------------------------------------------ CLI: pc

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void Pc_non_positive_or_non_finite_hbr_exits_2(string hbr)
    {
        BadCliInput(Run("pc", Ion, "--hbr", hbr), "--hbr");
    }

    [Fact]
    public void Pc_unknown_method_exits_2_naming_the_option()
    {
        BadCliInput(Run("pc", Ion, "--method", "magic", "--hbr", "10"), "--method");
    }

    // ------------------------------------------------------------------ CLI: files

    [Theory]
    [InlineData("propagate")]
    [InlineData("screen")]
    [InlineData("breakup")]
    [InlineData("pc")]
    public void A_missing_file_or_aDirectory_instead_of_a_file_exits_2(string command)
    {
        foreach (string path in new[] { Path.Combine(Dir, "missing.tle"), Dir })
        {
            string[] args = command switch
            {
                "propagate" => ["propagate", path, "--minutes", "0:10:1"],
                "screen" => ["screen", path, "--start", "2009-02-10T16:00:00Z", "--end", "2009-02-10T18:00:00Z", "--threshold", "5"],
                "breakup" => ["breakup", path, "--time", "2021-11-15T02:47:00Z", "--kind", "explosion", "--mass", "5", "--output", Path.Combine(Dir, "o.tle")],
                _ => ["pc", path, "--hbr", "10"],
            };
            var r = Run(args);
            BadCliInput(r, Path.GetFileName(path));
        }
    }

    [Fact]
    public void An_output_path_in_a_missingDirectory_exits_2_without_writing()
    {
        string outFile = Path.Combine(Dir, "no-such-dir", "out.csv");
        var r = Run("propagate", Cosmos, "--minutes", "0:10:1", "--output", outFile);
        r.Code.Should().Be(2, r.Err);
        r.Err.Should().Contain("no-such-dir");
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("propagate", "--bogus")]
    public void Unknown_commands_and_options_exit_2(params string[] args)
    {
        var r = Run(args);
        r.Code.Should().Be(2);
        r.Err.Should().NotBeEmpty();
    }
}
