using System.Globalization;
using Astro.Debris.Cli;
using Astro.Debris.Elements;
using Astro.Debris.Screening;

namespace Astro.Debris.Tests.Cli;

public class ScenarioCommandTests : CliTestBase
{
    [Fact]
    public void Without_a_name_the_scenarios_are_listed()
    {
        var (code, output, _) = Run("scenario");
        code.Should().Be(0);
        output.Should().StartWith("cosmos1408");
    }

    [Fact]
    public void Cosmos1408_writes_every_promised_file_from_embedded_data()
    {
        string outDir = Path.Combine(Dir, "out");
        var (code, stdout, err) = Run("scenario", "cosmos1408", "--days", "2", "--out", outDir);
        code.Should().Be(0, err);
        stdout.Should().BeEmpty("progress and summary go to stderr");
        err.Should().Contain("1,497 fragments").And.Contain("report:");

        ElementsReader.ReadFile(Path.Combine(outDir, "fragments.tle")).Elements.Should().HaveCount(1254);
        File.ReadAllLines(Path.Combine(outDir, "fragments.csv")).Should().HaveCount(1 + 1497);
        var conj = File.ReadAllLines(Path.Combine(outDir, "conjunctions.csv"));
        conj[0].Should().StartWith("object1,object2,tca_utc,miss_km,relative_speed_km_s,radial_km,in_track_km,cross_track_km");
        conj.Skip(1).Should().OnlyContain(l => l.StartsWith("25544,", StringComparison.Ordinal)
            && double.Parse(l.Split(',')[3], CultureInfo.InvariantCulture) <= 5.0);
        var cdms = Directory.Exists(Path.Combine(outDir, "cdm")) ? Directory.GetFiles(Path.Combine(outDir, "cdm")) : [];
        cdms.Should().HaveCount(conj.Length - 1, "one CDM per approach");
        foreach (var f in cdms)
        {
            var cdm = CdmReader.ReadFile(f);
            cdm.CollisionProbability.Should().NotBeNull();
            cdm.Object1.InternationalDesignator.Should().Be("1998-067A");
        }
        foreach (var png in new[] { "gabbard_event.png", "gabbard_end.png", "altitude_histogram.png", "miss_timeline.png" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(outDir, png));
            bytes.Length.Should().BeGreaterThan(5000, png);
            bytes.Take(4).Should().Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
        }
        var report = File.ReadAllText(Path.Combine(outDir, "report.md"));
        report.Should().Contain("| fragments generated").And.Contain("## Timings").And.Contain("**assumed** covariance");
    }

    [Theory]
    [InlineData("--days", "0")]
    [InlineData("--min-size", "2")]
    [InlineData("--threshold", "-1")]
    public void Bad_options_exit_2(string option, string value)
    {
        var (code, _, err) = Run("scenario", "cosmos1408", option, value, "--out", Path.Combine(Dir, "x"));
        code.Should().Be(2, err);
        err.Should().Contain(option);
    }

    [Fact]
    public void Unknown_scenario_exits_2()
    {
        var (code, _, err) = Run("scenario", "tunguska");
        code.Should().Be(2);
        err.Should().Contain("unknown");
    }
}
