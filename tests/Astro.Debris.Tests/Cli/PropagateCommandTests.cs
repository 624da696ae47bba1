using System.Globalization;
using Astro.Debris.Cli;
using Astro.Debris.Elements;
using Astro.Debris.Propagation;
using Astro.Debris.Tests.TestSupport;
using Astro.Debris.Time;

namespace Astro.Debris.Tests.Cli;

public class PropagateCommandTests : CliTestBase
{
    private static string Cosmos => TestData.PathOf("tle", "cosmos1408", "cosmos1408_parent_pre-test.3le");

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    [Fact]
    public void Minutes_grid_writes_teme_rows_per_set_matching_the_library()
    {
        var (code, output, err) = Run("propagate", Cosmos, "--minutes", "0:60:30");
        code.Should().Be(0, err);
        var lines = Lines(output);
        lines[0].Should().Be("catalog,time_utc,minutes,x_km,y_km,z_km,vx_km_s,vy_km_s,vz_km_s,error");
        lines.Should().HaveCount(1 + 3 * 3, "three element sets, three times each");
        err.Should().Contain("3 element sets");

        // The last set at t = 0 is the python-sgp4-checked state at its epoch.
        var last = lines[7].Split(',');
        last[0].Should().Be("13552");
        last[1].Should().Be("2021-11-15T00:55:06.488256Z");
        last[2].Should().Be("0");
        double.Parse(last[3], CultureInfo.InvariantCulture).Should().BeApproximately(-3806.841347, 1e-6);
        last[9].Should().Be("0");

        // Numbers round-trip: the CSV value is exactly the library's double.
        var sets = ElementsReader.ReadFile(Cosmos).Elements;
        var r = new Sgp4Propagator(sets[2]).Propagate(30.0);
        var row = lines[8].Split(',');
        double.Parse(row[3], CultureInfo.InvariantCulture).Should().Be(r.Position.X);
        double.Parse(row[8], CultureInfo.InvariantCulture).Should().Be(r.Velocity.Z);
    }

    [Fact]
    public void Absolute_grid_uses_the_same_instants_for_every_object_and_writes_to_a_file()
    {
        string outFile = Path.Combine(Dir, "out.csv");
        var (code, output, err) = Run("propagate", Cosmos, "--start", "2021-11-15T02:47:00Z", "--end", "2021-11-15T02:57:00Z",
            "--step", "300", "--output", outFile);
        code.Should().Be(0, err);
        output.Should().BeEmpty("CSV goes to the file, progress to stderr");
        var lines = Lines(File.ReadAllText(outFile));
        lines.Should().HaveCount(1 + 3 * 3);
        lines.Skip(1).Select(l => l.Split(',')[1]).Distinct().Should().BeEquivalentTo(
            "2021-11-15T02:47:00.000000Z", "2021-11-15T02:52:00.000000Z", "2021-11-15T02:57:00.000000Z");
        // Last set at the intercept time: the python-sgp4 value.
        var atIntercept = lines[7].Split(',');
        atIntercept[1].Should().Be("2021-11-15T02:47:00.000000Z");
        double.Parse(atIntercept[3], CultureInfo.InvariantCulture).Should().BeApproximately(-2119.942332, 1e-6);
        double.Parse(atIntercept[2], CultureInfo.InvariantCulture).Should().BeApproximately(
            Epoch.Parse("2021-11-15T02:47:00Z").MinutesSince(Epoch.Parse("2021-11-15T00:55:06.488256Z")), 1e-6);
    }

    [Fact]
    public void Geodetic_and_ecef_frames_have_their_columns()
    {
        var (code, output, _) = Run("propagate", Cosmos, "--minutes", "0:0:1", "--frame", "geodetic");
        code.Should().Be(0);
        var lines = Lines(output);
        lines[0].Should().Be("catalog,time_utc,minutes,lat_deg,lon_deg,alt_km,error");
        var f = lines[1].Split(',');
        f.Should().HaveCount(7);
        double.Parse(f[3], CultureInfo.InvariantCulture).Should().BeInRange(-90, 90);
        double.Parse(f[5], CultureInfo.InvariantCulture).Should().BeInRange(300, 700);

        var (code2, ecef, _) = Run("propagate", Cosmos, "--minutes", "0:0:1", "--frame", "ecef");
        code2.Should().Be(0);
        var e = Lines(ecef)[1].Split(',');
        e.Should().HaveCount(10);
        double r = Math.Sqrt(new[] { 3, 4, 5 }.Sum(i => Math.Pow(double.Parse(e[i], CultureInfo.InvariantCulture), 2)));
        r.Should().BeInRange(6700, 7100);
    }

    [Fact]
    public void Failed_propagations_have_empty_state_fields_and_the_error_code()
    {
        // 28350 (SGP4-VER.TLE) fails with code 1 at 1560 min.
        string file = Path.Combine(Dir, "28350.tle");
        File.WriteAllLines(file,
        [
            "1 28350U 04020A   06167.21788666  .16154492  76267-5  18678-3 0  8894",
            "2 28350  64.9977 345.6130 0024870 260.7578  99.9590 16.47856722116490",
        ]);
        var (code, output, err) = Run("propagate", file, "--minutes", "1440:1560:120", "--no-checksum");
        code.Should().Be(0, err);
        var lines = Lines(output);
        lines[1].Split(',')[9].Should().Be("0");
        lines[2].Should().EndWith(",,,,,,,1");
        output.Should().NotContain("NaN");
    }

    [Theory]
    [InlineData("--minutes", "0:10")]
    [InlineData("--minutes", "0:x:1")]
    [InlineData("--minutes", "10:0:1")]
    [InlineData("--minutes", "0:10:0")]
    [InlineData("--frame", "gcrs")]
    public void Bad_options_exit_with_2(string option, string value)
    {
        string[] args = option == "--frame"
            ? ["propagate", Cosmos, "--minutes", "0:1:1", option, value]
            : ["propagate", Cosmos, option, value];
        var (code, output, err) = Run(args);
        code.Should().Be(2);
        output.Should().BeEmpty();
        err.Should().NotBeEmpty();
    }

    [Fact]
    public void Bad_times_and_missing_grid_exit_with_2()
    {
        Run("propagate", Cosmos, "--start", "2021-13-15T00:00:00Z", "--end", "2021-11-16T00:00:00Z", "--step", "60").Code.Should().Be(2);
        Run("propagate", Cosmos, "--start", "2021-11-16T00:00:00Z", "--end", "2021-11-15T00:00:00Z", "--step", "60").Code.Should().Be(2);
        Run("propagate", Cosmos, "--start", "2021-11-15T00:00:00Z", "--end", "2021-11-16T00:00:00Z", "--step", "-5").Code.Should().Be(2);
        Run("propagate", Cosmos).Code.Should().Be(2);
        Run("propagate", Cosmos, "--minutes", "0:1:1", "--start", "2021-11-15T00:00:00Z").Code.Should().Be(2);
        Run("propagate").Code.Should().Be(2);
        Run("propagate", Path.Combine(Dir, "missing.tle"), "--minutes", "0:1:1").Code.Should().Be(2);
    }

    [Fact]
    public void Malformed_element_file_exits_with_2_naming_file_line_and_column()
    {
        string file = Path.Combine(Dir, "bad.tle");
        File.WriteAllLines(file,
        [
            "ISS (ZARYA)",
            "1 25544U 98067A   21319.86359406  .00001699  00000-0  39549-4 0  9996",
            "2 25544  51.6442 312.7312 0004574 201.3017 242.9752 15.48581038312108",
            "COSMOS 1408",
            "1 13552U 82092A   21319.03826954  .00002024  00000-0  69413-4 0  9995",
            "2 13552  8X.5637 123.6906 0018570 108.1104 252.2161 15.29390138142807",
        ]);
        var (code, output, err) = Run("propagate", file, "--minutes", "0:1:1", "--no-checksum");
        code.Should().Be(2);
        output.Should().BeEmpty();
        err.Should().Contain("bad.tle:6:9");

        // Skip-and-report: the good set is propagated, the bad one is reported, nothing silently dropped.
        var (code2, output2, err2) = Run("propagate", file, "--minutes", "0:1:1", "--no-checksum", "--skip-bad");
        code2.Should().Be(0);
        Lines(output2).Should().HaveCount(1 + 2);
        err2.Should().Contain("skipped").And.Contain("bad.tle:6:9").And.Contain("1 sets skipped");
    }
}
