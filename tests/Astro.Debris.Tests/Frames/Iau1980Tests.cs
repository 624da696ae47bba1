using Astro.Debris.Frames;
using static Astro.Debris.Tests.Frames.Vallado2006Example;

namespace Astro.Debris.Tests.Frames;

public class Iau1980Tests
{
    private const double Deg = Math.PI / 180.0;

    [Fact]
    public void Nutation_Example3_15()
    {
        // Vallado 4th ed. Example 3-15 (JD_TT 2453101.828154745): ε̄ = 23.4387368°, Δψ = −0.0034108°,
        // Δε = 0.0020316° (series only, before dPsi/dEps), all printed to 1e-7°.
        double t = (2453101.828154745 - 2451545.0) / 36525.0;
        var (dpsi, deps) = Iau1980.Nutation(t);
        (Iau1980.MeanObliquity(t) / Deg).Should().BeApproximately(23.4387368, 6e-8);
        (dpsi / Deg).Should().BeApproximately(-0.0034108, 6e-8);
        (deps / Deg).Should().BeApproximately(0.0020316, 6e-8);
    }

    [Fact]
    public void Series_Has106Terms_LeadingTermIs18_6YearNodeTerm()
    {
        var s = Iau1980.SeriesTable;
        s.Length.Should().Be(106 * 9);
        s[..9].ToArray().Should().Equal(0, 0, 0, 0, 1, -171996, -174.2, 92025, 8.9);
    }

    [Fact]
    public void MeanObliquity_AtJ2000()
    {
        Iau1980.MeanObliquity(0).Should().BeApproximately(84381.448 / 3600 * Deg, 1e-15);
    }

    [Fact]
    public void TemeToJ2000_IsARotation()
    {
        var m = Iau1980.TemeToJ2000(0.04, 0, 0);
        var p = m * m.Transpose();
        p.M11.Should().BeApproximately(1, 1e-15);
        p.M22.Should().BeApproximately(1, 1e-15);
        p.M33.Should().BeApproximately(1, 1e-15);
        p.M12.Should().BeApproximately(0, 1e-15);
        p.M13.Should().BeApproximately(0, 1e-15);
        p.M23.Should().BeApproximately(0, 1e-15);
        _ = Utc;
    }
}
