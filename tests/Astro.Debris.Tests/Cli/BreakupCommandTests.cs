using System.Globalization;
using Astro.Debris.Cli;
using Astro.Debris.Elements;
using Astro.Debris.Propagation;
using Astro.Debris.Tests.TestSupport;
using Astro.Debris.Time;

namespace Astro.Debris.Tests.Cli;

public class BreakupCommandTests : CliTestBase
{
    private static string Cosmos => TestData.PathOf("tle", "cosmos1408", "cosmos1408_parent_pre-test.3le");

    private string[] Intercept(string output, params string[] extra) =>
        new[] { "breakup", Cosmos, "--time", "2021-11-15T02:47:00Z", "--kind", "collision", "--mass", "2000",
            "--projectile-mass", "50", "--impact-speed", "7", "--output", output }.Concat(extra).ToArray();

    [Fact]
    public void Collision_writes_element_sets_and_a_row_for_every_fragment()
    {
        string tle = Path.Combine(Dir, "fragments.tle"), csv = Path.Combine(Dir, "fragments.csv");
        var (code, stdout, err) = Run(Intercept(tle, "--table", csv));
        code.Should().Be(0, err);
        stdout.Should().BeEmpty("the results go to files; the summary goes to stderr");
        err.Should().Contain("parent 13552").And.Contain("catastrophic collision");

        var sets = ElementsReader.ReadFile(tle).Elements;
        var rows = File.ReadAllLines(csv);
        rows[0].Should().Be("id,catalog,lc_m,area_m2,mass_kg,am_m2_kg,dv_m_s,dvx_m_s,dvy_m_s,dvz_m_s,bstar,fit_residual_m");
        int fragments = rows.Length - 1;
        fragments.Should().BeInRange(1400, 1650);
        err.Should().Contain($"{fragments} fragments");

        var cells = rows.Skip(1).Select(r => r.Split(',')).ToArray();
        cells.Select(c => int.Parse(c[0], CultureInfo.InvariantCulture)).Should().Equal(Enumerable.Range(1, fragments));
        var catalogued = cells.Where(c => c[1].Length > 0).ToArray();
        catalogued.Select(c => int.Parse(c[1], CultureInfo.InvariantCulture)).Should().Equal(sets.Select(s => s.CatalogNumber),
            "a row carries a catalogue number exactly when its element set is in the output file");
        sets[0].CatalogNumber.Should().Be(80000);
        sets.Should().OnlyContain(s => Math.Abs(s.Epoch.SecondsSince(Epoch.Parse("2021-11-15T02:47:00Z"))) < 1e-3, "the event time, to TLE epoch precision");

        foreach (var c in cells)
        {
            double lc = D(c[2]), area = D(c[3]), mass = D(c[4]), am = D(c[5]), dv = D(c[6]);
            lc.Should().BeGreaterThanOrEqualTo(0.1);
            area.Should().BePositive();
            (area / mass).Should().BeApproximately(am, 1e-9 * am);
            Math.Sqrt(D(c[7]) * D(c[7]) + D(c[8]) * D(c[8]) + D(c[9]) * D(c[9])).Should().BeApproximately(dv, 1e-9 * dv + 1e-12);
            D(c[10]).Should().BeApproximately(0.078483 * 2.2 * am, 1e-4 * am, "B* = ½ρ0·Cd·A/M in 1/ER");
        }
        // B* in the element set is the table's, to TLE precision; every set flies.
        foreach (var (set, c) in sets.Zip(catalogued))
        {
            set.BStar.Should().BeApproximately(D(c[10]), Math.Abs(D(c[10])) * 1e-4 + 1e-9);
            D(c[11]).Should().BeLessThan(1.0);
            new Sgp4Propagator(set).Propagate(0.0).IsSuccess.Should().BeTrue();
        }
    }

    [Fact]
    public void Same_seed_same_files_and_omm_output_by_extension()
    {
        string a = Path.Combine(Dir, "a.tle"), b = Path.Combine(Dir, "b.tle"), x = Path.Combine(Dir, "c.xml");
        Run(Intercept(a, "--seed", "42")).Code.Should().Be(0);
        Run(Intercept(b, "--seed", "42")).Code.Should().Be(0);
        File.ReadAllText(a).Should().Be(File.ReadAllText(b));
        var (code, _, err) = Run(Intercept(x, "--seed", "42"));
        code.Should().Be(0, err);
        File.ReadAllText(x).Should().Contain("<omm");
        ElementsReader.ReadFile(x).Elements.Select(s => s.CatalogNumber)
            .Should().Equal(ElementsReader.ReadFile(a).Elements.Select(s => s.CatalogNumber));
    }

    [Fact]
    public void Explosion_of_a_rocket_body_with_a_delta_v_cap()
    {
        string tle = Path.Combine(Dir, "rb.tle"), csv = Path.Combine(Dir, "rb.csv");
        var (code, _, err) = Run("breakup", Cosmos, "--time", "2021-11-15T02:47:00Z", "--kind", "explosion", "--object", "rocket-body",
            "--mass", "1400", "--scale", "0.5", "--min-size", "0.05", "--max-dv", "200", "--output", tle, "--table", csv);
        code.Should().Be(0, err);
        var rows = File.ReadAllLines(csv).Skip(1).Select(r => r.Split(',')).ToArray();
        rows.Length.Should().BeGreaterThan(100);
        rows.Should().OnlyContain(c => D(c[6]) <= 200.0 + 1e-9);
        err.Should().Contain("explosion");
    }

    [Theory]
    [InlineData("--kind", "implosion", "not a breakup kind")]
    [InlineData("--object", "asteroid", "not a class")]
    [InlineData("--time", "yesterday", "not an ISO-8601")]
    [InlineData("--mass", "-5", "--mass: TargetMassKg must be positive")]
    [InlineData("--impact-speed", "0", "--impact-speed:")]
    [InlineData("--impact-speed", "7000", "is it in m/s?")]
    [InlineData("--max-dv", "-1", "--max-dv:")]
    [InlineData("--scale", "2", "--scale applies to --kind explosion only")]
    [InlineData("--min-size", "0", "--min-size:")]
    public void Bad_arguments_exit_2_with_a_message(string option, string value, string message)
    {
        var args = Intercept(Path.Combine(Dir, "x.tle")).ToList();
        int i = args.IndexOf(option);
        if (i >= 0) args[i + 1] = value; else args.AddRange([option, value]);
        var (code, _, err) = Run(args.ToArray());
        code.Should().Be(2, err);
        err.Should().Contain(message);
        err.Should().NotContain("   at ", "no stack traces");
    }

    [Fact]
    public void Missing_mass_or_projectile_or_a_file_with_several_objects_exit_2()
    {
        string outFile = Path.Combine(Dir, "x.tle");
        var noMass = Run("breakup", Cosmos, "--time", "2021-11-15T02:47:00Z", "--kind", "explosion", "--output", outFile);
        noMass.Code.Should().Be(2);
        noMass.Err.Should().Contain("--mass is required");

        var noProjectile = Run("breakup", Cosmos, "--time", "2021-11-15T02:47:00Z", "--kind", "collision", "--mass", "100", "--output", outFile);
        noProjectile.Code.Should().Be(2);
        noProjectile.Err.Should().Contain("--projectile-mass");

        var two = TestData.PathOf("tle", "historic", "iridium33_cosmos2251_pre-collision_2009-02-09.3le");
        var many = Run("breakup", two, "--time", "2009-02-10T16:56:00Z", "--kind", "explosion", "--mass", "500", "--output", outFile);
        many.Code.Should().Be(2);
        many.Err.Should().Contain("holds 2 objects");

        var missing = Run("breakup", Path.Combine(Dir, "nope.tle"), "--time", "2021-11-15T02:47:00Z", "--kind", "explosion", "--mass", "5", "--output", outFile);
        missing.Code.Should().Be(2);
        File.Exists(outFile).Should().BeFalse("nothing is written when the input is bad");
    }

    [Fact]
    public void The_parent_is_the_latest_set_at_or_before_the_event()
    {
        var sets = ElementsReader.ReadFile(Cosmos).Elements;
        var stderr = new StringWriter();
        BreakupCommand.SelectParent(sets, Epoch.Parse("2021-11-15T02:47:00Z"), "f", stderr).Epoch.Should().Be(sets[2].Epoch);
        BreakupCommand.SelectParent(sets, Epoch.Parse("2021-11-14T00:00:00Z"), "f", stderr).Epoch.Should().Be(sets[1].Epoch);
        BreakupCommand.SelectParent(sets, Epoch.Parse("2021-01-01T00:00:00Z"), "f", stderr).Epoch.Should().Be(sets[0].Epoch);
        stderr.ToString().Should().Contain("propagated backwards");
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
