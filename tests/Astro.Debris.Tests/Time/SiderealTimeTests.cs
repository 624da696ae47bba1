using Astro.Debris.Time;

namespace Astro.Debris.Tests.Time;

public class SiderealTimeTests
{
    private const double Deg = Math.PI / 180.0;

    [Fact]
    public void ValladoExample3_5()
    {
        // Vallado, Fundamentals of Astrodynamics and Applications, Example 3-5: 1992 August 20, 12:14 UT1.
        // The 4th edition prints GMST = 152.578787810°, computed from one double JD (2448855.009722222, which is
        // 9.8 µs before 12:14:00). Earlier editions print 152.578787886°. The formula evaluated at the exact
        // instant gives 152.5787878517° (mpmath, 30 digits), between the two: the printed values carry the
        // time rounding of their computation (1 µs of UT1 = 4.2e-9°).
        var ut1 = Epoch.FromCalendar(1992, 8, 20, 12, 14);
        (SiderealTime.Gmst82(2448855.009722222) / Deg).Should().BeApproximately(152.578787810, 1e-9);
        (SiderealTime.Gmst82(ut1) / Deg).Should().BeApproximately(152.5787878517, 1e-10);
        (SiderealTime.Gmst82(ut1) / Deg).Should().BeApproximately(152.578787810, 5e-8);
        (SiderealTime.Gmst82(ut1) / Deg).Should().BeApproximately(152.578787886, 5e-8);
    }

    [Fact]
    public void AtJ2000_IsTheConstantTerm()
    {
        // At 2000-01-01 12:00 UT1 the IAU-82 series reduces to 67310.54841 s = 280.46061837504°.
        double expected = 67310.54841 / 240.0 * Deg;
        SiderealTime.Gmst82(2451545.0).Should().BeApproximately(expected, 1e-15);
        SiderealTime.Gmst82(Epoch.FromJulianDate(2451545.0)).Should().BeApproximately(expected, 1e-15);
    }

    [Fact]
    public void ScalarOverload_IsTheReferenceFormula()
    {
        // gstime: tut1 = (jd − 2451545)/36525; θ = −6.2e-6 T³ + 0.093104 T² + (876600·3600 + 8640184.812866) T + 67310.54841 s.
        foreach (double jd in new[] { 2433281.5, 2451723.28495062, 2459533.61597222, 2469807.5 })
        {
            double t = (jd - 2451545.0) / 36525.0;
            double s = -6.2e-6 * t * t * t + 0.093104 * t * t + (876600.0 * 3600 + 8640184.812866) * t + 67310.54841;
            double expected = (s * Deg / 240.0) % (2 * Math.PI);
            if (expected < 0) expected += 2 * Math.PI;
            SiderealTime.Gmst82(jd).Should().Be(expected);
        }
    }

    [Fact]
    public void EpochOverload_IsExact_AndAgreesWithScalar()
    {
        // Reference evaluated in 28-digit decimal arithmetic from the exact two-part date.
        foreach (var text in new[] { "2021-11-15T02:47:00.123456Z", "1957-10-04T19:28:34Z", "2000-01-01T00:00:00Z", "2049-06-30T23:59:59.999999Z" })
        {
            var e = Epoch.Parse(text);
            decimal days = (decimal)(e.JulianDayMidnight - Epoch.J2000) + (decimal)e.DayFraction;
            decimal t = days / 36525m;
            decimal s = -0.0000062m * t * t * t + 0.093104m * t * t + (876600m * 3600m + 8640184.812866m) * t + 67310.54841m;
            s %= 86400m;
            if (s < 0) s += 86400m;
            double expected = (double)s * (2 * Math.PI / 86400.0);
            double actual = SiderealTime.Gmst82(e);
            double diff = Math.IEEERemainder(actual - expected, 2 * Math.PI);
            diff.Should().BeApproximately(0, 1e-12, text);                           // ~1e-12 rad: sub-ns of time
            Math.IEEERemainder(SiderealTime.Gmst82(e.ToJulianDate()) - actual, 2 * Math.PI)
                .Should().BeApproximately(0, 3e-9, text);                              // one-double JD: up to ~20 µs
            actual.Should().BeInRange(0, 2 * Math.PI);
        }
    }

    [Fact]
    public void AdvancesOneSiderealTurnPerSiderealDay()
    {
        var e = Epoch.Parse("2021-03-20T09:37:00Z");
        double solarDayGain = Math.IEEERemainder(SiderealTime.Gmst82(e.AddDays(1)) - SiderealTime.Gmst82(e), 2 * Math.PI);
        // 1.00273790935 turns per solar day: gains 0.98564736°/day.
        (solarDayGain / Deg).Should().BeApproximately(0.98564736, 1e-7);
    }
}
