using System.Globalization;
using Astro.Debris.Cli;
using Astro.Debris.Screening;
using Astro.Debris.Tests.TestSupport;
using Astro.Debris.Time;

namespace Astro.Debris.Tests.Cli;

public class ScreenAndPcCommandTests : CliTestBase
{
    private static string Pair => TestData.PathOf("tle", "historic", "iridium33_cosmos2251_pre-collision_2009-02-09.3le");

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void All_versus_all_finds_the_Iridium_Cosmos_collision_and_writes_a_cdm()
    {
        string cdmDir = Path.Combine(Dir, "cdm");
        var (code, output, err) = Run("screen", Pair, "--start", "2009-02-10T12:00:00Z", "--end", "2009-02-10T20:00:00Z",
            "--threshold", "5", "--cdm-dir", cdmDir);
        code.Should().Be(0, err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Trim().Should().Be("object1,object2,tca_utc,miss_km,relative_speed_km_s,radial_km,in_track_km,cross_track_km");
        lines.Should().HaveCount(2);
        var c = lines[1].Trim().Split(',');
        new[] { c[0], c[1] }.Should().BeEquivalentTo(["24946", "22675"]);
        D(c[3]).Should().BeApproximately(0.69801, 0.010, "python-sgp4 gives 698.01 m; the published SGP4 value is 698.72 m");
        Math.Abs(Epoch.Parse(c[2]).SecondsSince(Epoch.Parse("2009-02-10T16:55:59.796Z"))).Should().BeLessThan(0.1);
        D(c[4]).Should().BeApproximately(11.647, 0.01);
        Math.Sqrt(D(c[5]) * D(c[5]) + D(c[6]) * D(c[6]) + D(c[7]) * D(c[7])).Should().BeApproximately(D(c[3]), 1e-9);

        var cdmFile = Directory.GetFiles(cdmDir).Should().ContainSingle().Subject;
        var cdm = CdmReader.ReadFile(cdmFile);
        cdm.MissDistanceMeters.Should().BeApproximately(D(c[3]) * 1000, 1e-6);
        cdm.Object1.ReferenceFrame.Should().Be("GCRF");
        err.Should().Contain("1 conjunctions within 5 km");
    }

    [Fact]
    public void One_versus_many_with_secondary_gives_the_same_event()
    {
        var lines = File.ReadAllLines(Pair);
        string a = Path.Combine(Dir, "iridium.3le"), b = Path.Combine(Dir, "cosmos.3le"), csv = Path.Combine(Dir, "out.csv");
        File.WriteAllLines(a, lines[..3]);
        File.WriteAllLines(b, lines[3..6]);
        var (code, _, err) = Run("screen", a, "--secondary", b, "--start", "2009-02-10T16:00:00Z", "--end", "2009-02-10T18:00:00Z",
            "--threshold", "5", "--output", csv);
        code.Should().Be(0, err);
        var rows = File.ReadAllLines(csv);
        rows.Should().HaveCount(2);
        D(rows[1].Split(',')[3]).Should().BeApproximately(0.698, 0.01);
    }

    [Theory]
    [InlineData("2009-02-10T18:00:00Z", "2009-02-10T16:00:00Z", "5", "must be after")]
    [InlineData("2009-02-10T16:00:00Z", "2009-02-10T18:00:00Z", "0", "--threshold")]
    [InlineData("2009-02-10T16:00:00Z", "2009-02-10T18:00:00Z", "-3", "--threshold")]
    [InlineData("yesterday", "2009-02-10T18:00:00Z", "5", "--start")]
    public void Screen_rejects_bad_windows_and_thresholds_with_exit_2(string start, string end, string threshold, string message)
    {
        var (code, output, err) = Run("screen", Pair, "--start", start, "--end", end, "--threshold", threshold);
        code.Should().Be(2, err);
        err.Should().Contain(message);
        output.Should().BeEmpty();
    }

    private static string Ion => TestData.PathOf("pc-cases", "cdm-examples", "ION_SCV8_vs_STARLINK_1233.txt");

    [Theory]
    [InlineData("foster", 0.0034965176, 1e-6)]
    [InlineData("square", 0.004450713, 1e-5)]
    public void Pc_of_the_ION_SCV8_cdm_matches_the_references(string method, double expected, double relative)
    {
        var (code, output, err) = Run("pc", Ion, "--method", method, "--hbr", "10"); // the CSpOC message carries no HBR; Orekit and CSpOC used 10 m
        code.Should().Be(0, err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToArray();
        lines[0].Should().Be("file,method,hbr_m,miss_km,pc");
        var c = lines[1].Split(',');
        c[1].Should().Be(method);
        D(c[4]).Should().BeApproximately(expected, expected * relative);
    }

    [Fact]
    public void Pc_of_several_cara_cdms_uses_their_hbr_comments()
    {
        var files = Directory.GetFiles(TestData.PathOf("pc-cases", "cara-pc-method-test"), "*.cdm").Order().Take(3).ToArray();
        string outFile = Path.Combine(Dir, "pc.csv");
        var (code, _, err) = Run(["pc", .. files, "--output", outFile]);
        code.Should().Be(0, err);
        var rows = File.ReadAllLines(outFile);
        rows.Should().HaveCount(4);
        rows.Skip(1).Should().OnlyContain(r => D(r.Split(',')[2]) > 0 && r.Split(',')[4].Length > 0);
    }

    [Fact]
    public void Pc_bad_input_exits_2_without_output()
    {
        Run("pc", Ion, "--method", "magic").Code.Should().Be(2);
        Run("pc", Ion, "--hbr", "-1").Code.Should().Be(2);
        string broken = Path.Combine(Dir, "broken.cdm");
        File.WriteAllLines(broken, File.ReadAllLines(Ion).Take(12));
        var noHbr = Run("pc", Ion);
        noHbr.Code.Should().Be(2);
        noHbr.Err.Should().Contain("no hard-body radius");
        var (code, output, err) = Run("pc", Ion, broken, "--hbr", "10");
        code.Should().Be(2);
        output.Should().BeEmpty("nothing is written when one of the inputs is bad");
        err.Should().Contain("broken.cdm");
    }
}
