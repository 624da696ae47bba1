using Astro.Debris.Screening;
using Astro.Debris.Time;
using Xunit.Abstractions;

namespace Astro.Debris.Tests.Screening;

public class ScreenerIridiumCosmosTests(ITestOutputHelper output)
{
    [Fact]
    public void FindsThe2009CollisionWithPublishedMissAndTca()
    {
        var (iridium, cosmos) = ScreenerTestData.IridiumCosmos();
        var options = new ScreeningOptions(Epoch.Parse("2009-02-10T00:00:00Z"), Epoch.Parse("2009-02-11T00:00:00Z"), 5.0);
        var result = ConjunctionScreener.ScreenOneVersusMany([iridium], [cosmos], options);
        foreach (var c in result) output.WriteLine($"{c.Tca} miss {c.MissKm * 1000:F2} m, {c.RelativeSpeedKmPerSecond:F3} km/s, RTN {c.MissRtnKm}");
        output.WriteLine(result.Statistics.ToString());

        result.Exclusions.Should().BeEmpty();
        var e = result.Should().ContainSingle().Subject;
        e.Object1.Should().BeSameAs(iridium);
        e.Object2.Should().BeSameAs(cosmos);
        // python-sgp4 2.15 (WGS-72): 698.01 m at 16:55:59.796 UTC, 11.647 km/s; published: 698.72 m at 16:55:59.80.
        e.MissKm.Should().BeApproximately(0.698, 0.010);
        e.Tca.SecondsSince(Epoch.Parse("2009-02-10T16:55:59.796Z")).Should().BeInRange(-0.1, 0.1);
        e.RelativeSpeedKmPerSecond.Should().BeApproximately(11.647, 0.01);
        e.MissRtnKm.Norm.Should().BeApproximately(e.MissKm, 1e-9);
        (e.State2.Position - e.State1.Position).Norm.Should().BeApproximately(e.MissKm, 1e-12);
    }

    [Fact]
    public void AllVersusAllAndSwappedRolesAgree()
    {
        var (iridium, cosmos) = ScreenerTestData.IridiumCosmos();
        var options = new ScreeningOptions(Epoch.Parse("2009-02-10T16:00:00Z"), Epoch.Parse("2009-02-10T18:00:00Z"), 5.0);
        var a = ConjunctionScreener.ScreenAllVersusAll([cosmos, iridium], options).Should().ContainSingle().Subject;
        var b = ConjunctionScreener.ScreenOneVersusMany([cosmos], [iridium], options).Should().ContainSingle().Subject;
        a.Object1.Should().BeSameAs(cosmos);
        // The automatic steps differ (the speed bounds are pooled differently), so Brent starts from other brackets.
        a.Tca.SecondsSince(b.Tca).Should().BeApproximately(0.0, 1e-6);
        a.MissKm.Should().BeApproximately(b.MissKm, 1e-9);
    }
}
