using Astro.Debris.Time;

namespace Astro.Debris.Tests.Time;

public class EpochTests
{
    [Theory]
    [InlineData("2021-11-15T02:47:00.000000Z")]
    [InlineData("2000-01-01T12:00:00.000000Z")]
    [InlineData("2020-02-29T23:59:59.999999Z")]
    [InlineData("1957-10-04T19:28:34.123456Z")]
    [InlineData("2099-12-31T00:00:00.000001Z")]
    public void Format_Parse_RoundTrip(string text)
    {
        var e = Epoch.Parse(text);
        e.ToString().Should().Be(text);
        Epoch.Parse(e.ToString()).Should().Be(e);
    }

    [Theory]
    [InlineData("2021-11-15T02:47:00Z")]
    [InlineData("2021-11-15T02:47:00")]
    [InlineData("2021-11-15 02:47:00")]
    [InlineData("2021-11-15t02:47:00z")]
    [InlineData("2021-11-15T02:47:00.000Z")]
    [InlineData("2021-11-15T02:47:00,000Z")]
    [InlineData("2021-11-15T02:47:00+00:00")]
    [InlineData("2021-11-15T02:47:00+0000")]
    [InlineData("2021-11-15T02:47:00 UTC")]
    [InlineData("2021-11-15T02:47Z")]
    [InlineData("  2021-11-15T02:47:00Z  ")]
    [InlineData("2021-319T02:47:00Z")]
    public void Parse_AcceptedForms(string text)
    {
        Epoch.Parse(text).Should().Be(Epoch.FromCalendar(2021, 11, 15, 2, 47, 0));
    }

    [Fact]
    public void Parse_DateOnly_IsMidnight()
    {
        var e = Epoch.Parse("2021-11-15");
        e.DayFraction.Should().Be(0);
        e.JulianDayMidnight.Should().Be(2459533.5);
    }

    [Fact]
    public void Parse_DayOfYear()
    {
        Epoch.Parse("2021-001").Should().Be(Epoch.FromCalendar(2021, 1, 1));
        Epoch.Parse("2021-365T12:00:00Z").Should().Be(Epoch.FromCalendar(2021, 12, 31, 12));
        Epoch.Parse("2020-366T00:00:00Z").Should().Be(Epoch.FromCalendar(2020, 12, 31));
        Epoch.Parse("2020-060").Should().Be(Epoch.FromCalendar(2020, 2, 29));
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("21-11-15")]
    [InlineData("2021-13-01")]
    [InlineData("2021-02-29")]
    [InlineData("2021-00-10")]
    [InlineData("2021-11-31")]
    [InlineData("2021-366")]
    [InlineData("2021-000")]
    [InlineData("0000-001")]
    [InlineData("0000-01-01")]
    [InlineData("2021-11-15T")]
    [InlineData("2021-11-15T24:00:00Z")]
    [InlineData("2021-11-15T02:60:00Z")]
    [InlineData("2021-11-15T02:47:61Z")]
    [InlineData("2021-11-15T02:47:00.Z")]
    [InlineData("2021-11-15T02:47:00+01:00")]
    [InlineData("2021-11-15T02:47:00-05:00")]
    [InlineData("2021-11-15T2:47:00Z")]
    [InlineData("2021/11/15")]
    public void Parse_BadInput_ThrowsFormatException(string text)
    {
        var act = () => Epoch.Parse(text);
        act.Should().Throw<FormatException>().WithMessage($"*{text.Trim()}*");
        Epoch.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_Null()
    {
        var act = () => Epoch.Parse(null!);
        act.Should().Throw<ArgumentNullException>();
        Epoch.TryParse(null, out _).Should().BeFalse();
    }

    [Fact]
    public void ToString_RoundsToMicrosecond_AndCarriesIntoNextDay()
    {
        Epoch.FromCalendar(2021, 12, 31, 23, 59, 59.9999996).ToString().Should().Be("2022-01-01T00:00:00.000000Z");
        Epoch.FromCalendar(2021, 6, 1, 0, 0, 1.0000004).ToString().Should().Be("2021-06-01T00:00:01.000000Z");
    }

    [Fact]
    public void JulianDate_KnownValues()
    {
        Epoch.FromCalendar(2000, 1, 1, 12).ToJulianDate().Should().Be(Epoch.J2000);
        Epoch.FromCalendar(2000, 1, 1, 12).DaysSinceJ2000.Should().Be(0);
        Epoch.FromCalendar(1949, 12, 31).ToJulianDate().Should().Be(Epoch.Sgp4EpochOrigin);
        Epoch.FromCalendar(1858, 11, 17).ToJulianDate().Should().Be(2400000.5); // MJD origin
        Epoch.FromJulianDate(2451545.0).Should().Be(Epoch.FromCalendar(2000, 1, 1, 12));
    }

    [Fact]
    public void FromJulianDate_NormalisesAnySplit()
    {
        var a = Epoch.FromJulianDate(2459533.5, 0.25);
        Epoch.FromJulianDate(2459533.75).Should().Be(a);
        Epoch.FromJulianDate(2459533.0, 0.75).Should().Be(a);
        Epoch.FromJulianDate(2459534.5, -0.75).Should().Be(a);
        a.JulianDayMidnight.Should().Be(2459533.5);
        a.DayFraction.Should().Be(0.25);
        var b = Epoch.FromJulianDate(2459533.5, -1e-20); // rounds to the end of the previous day, never to fraction 1.0
        b.DayFraction.Should().BeLessThan(1.0);
        b.DayFraction.Should().BeGreaterThanOrEqualTo(0.0);
    }

    [Fact]
    public void NonFinite_Throws()
    {
        var act = () => Epoch.FromJulianDate(double.NaN);
        act.Should().Throw<ArgumentOutOfRangeException>();
        var act2 = () => Epoch.FromCalendar(2021, 1, 1).AddSeconds(double.PositiveInfinity);
        act2.Should().Throw<ArgumentOutOfRangeException>();
    }

    // ------------------------------------------------------------------ TLE epochs

    [Fact]
    public void TleEpoch_Day1IsJanuaryFirst()
    {
        Epoch.FromTleEpoch(2021, 1.0).Should().Be(Epoch.FromCalendar(2021, 1, 1));
        Epoch.FromTleEpoch(2021, 1.5).Should().Be(Epoch.FromCalendar(2021, 1, 1, 12));
    }

    [Fact]
    public void TleEpoch_Day366OfNonLeapYear_IsJanuaryFirstOfNextYear()
    {
        Epoch.FromTleEpoch(2021, 366.0).Should().Be(Epoch.FromCalendar(2022, 1, 1));
        Epoch.FromTleEpoch(2021, 366.25).Should().Be(Epoch.FromCalendar(2022, 1, 1, 6));
        Epoch.FromTleEpoch(2020, 366.0).Should().Be(Epoch.FromCalendar(2020, 12, 31)); // leap year: a real day
    }

    [Fact]
    public void TleEpoch_MatchesSgp4ReferenceJulianDate()
    {
        // Catalogue 00005 of the SGP4 verification set: epoch 00179.78495062 -> jdsatepoch 2451722.5,
        // jdsatepochF 0.78495062 (2000-06-27 18:50:19.733568 UTC; JD 2451723.28495062).
        var e = Epoch.FromTleEpoch(2000, 179.78495062);
        e.JulianDayMidnight.Should().Be(2451722.5);
        e.DayFraction.Should().BeApproximately(0.78495062, 1e-13);
        e.ToJulianDate().Should().BeApproximately(2451723.28495062, 1e-8);
        e.ToString().Should().Be("2000-06-27T18:50:19.733568Z");
    }

    [Fact]
    public void TleEpoch_RoundTrip()
    {
        foreach (var (y, d) in new[] { (2021, 1.0), (2021, 318.11597222), (2020, 366.99999999), (1998, 45.5), (2056, 200.00000001) })
        {
            var (year, doy) = Epoch.FromTleEpoch(y, d).ToTleEpoch();
            year.Should().Be(y);
            doy.Should().BeApproximately(d, 1e-11);
        }
    }

    [Fact]
    public void TleEpoch_BadArguments()
    {
        var a = () => Epoch.FromTleEpoch(1899, 1.0);
        a.Should().Throw<ArgumentOutOfRangeException>();
        var b = () => Epoch.FromTleEpoch(2021, 367.0);
        b.Should().Throw<ArgumentOutOfRangeException>();
        var c = () => Epoch.FromTleEpoch(2021, double.NaN);
        c.Should().Throw<ArgumentOutOfRangeException>();
    }

    // ------------------------------------------------------------------ differences and shifts

    [Fact]
    public void MinutesSince_ResolvesTleEpochPrecision()
    {
        // TLE epochs carry 1e-8 day: two epochs one unit apart differ by 1.44e-5 min (0.864 ms).
        var a = Epoch.FromTleEpoch(2021, 318.12345678);
        var b = Epoch.FromTleEpoch(2021, 318.12345679);
        b.MinutesSince(a).Should().BeApproximately(1.44e-5, 1e-9);
        a.MinutesSince(b).Should().BeApproximately(-1.44e-5, 1e-9);
        b.SecondsSince(a).Should().BeApproximately(0.000864, 1e-7);
        // The residual (~7e-11 min) is the double representation of the day-of-year inputs themselves
        // (318.12345678 is held to ±2.8e-14 day), not the epoch arithmetic.
        b.MinutesSince(a).Should().BeApproximately(1.44e-5, 1e-10);
        // 1e-5 day apart: 0.0144 min.
        var c = Epoch.FromTleEpoch(2021, 318.12346678);
        c.MinutesSince(a).Should().BeApproximately(0.0144, 1e-9);
        // Exact two-part epochs: differences are exact to the fraction's resolution (~1e-16 day).
        var d = Epoch.FromJulianDate(2459533.5, 0.12345678);
        var f = Epoch.FromJulianDate(2459533.5, 0.12345679);
        f.MinutesSince(d).Should().BeApproximately(1.44e-5, 1e-12);
    }

    [Fact]
    public void MinutesSince_AcrossDays()
    {
        var a = Epoch.Parse("2021-11-15T23:59:00Z");
        var b = Epoch.Parse("2021-11-16T00:01:00Z");
        b.MinutesSince(a).Should().BeApproximately(2.0, 1e-10);
        Epoch.Parse("2022-11-15T23:59:00Z").MinutesSince(a).Should().BeApproximately(365 * 1440.0, 1e-9);
    }

    [Fact]
    public void Add_KeepsPrecisionOverLongShifts()
    {
        var e = Epoch.Parse("2021-11-15T02:47:00.123456Z");
        e.AddMinutes(1.5).ToString().Should().Be("2021-11-15T02:48:30.123456Z");
        e.AddSeconds(-3600).ToString().Should().Be("2021-11-15T01:47:00.123456Z");
        e.AddDays(1).ToString().Should().Be("2021-11-16T02:47:00.123456Z");
        // Ten thousand days forth and back: whole days go to the midnight part, the fraction is untouched.
        e.AddDays(10000.5).AddDays(-10000.5).SecondsSince(e).Should().BeApproximately(0, 1e-10);
        e.AddDays(10000.0).AddDays(-10000.0).Should().Be(e);
        e.AddMinutes(14_400_000.0 + 0.0144).MinutesSince(e).Should().BeApproximately(14_400_000.0144, 1e-7);
        e.AddSeconds(-1e9).SecondsSince(e).Should().BeApproximately(-1e9, 1e-6);
    }

    [Fact]
    public void Ordering()
    {
        var a = Epoch.Parse("2021-11-15T02:47:00Z");
        var b = a.AddSeconds(1e-6);
        var c = Epoch.Parse("2021-11-16T00:00:00Z");
        (a < b).Should().BeTrue();
        (b < c).Should().BeTrue();
        (c > a).Should().BeTrue();
        (a <= Epoch.Parse("2021-11-15T02:47:00Z")).Should().BeTrue();
        (a >= b).Should().BeFalse();
        (a == Epoch.Parse("2021-11-15T02:47:00.000000Z")).Should().BeTrue();
        (a != b).Should().BeTrue();
        a.CompareTo(b).Should().BeNegative();
        c.CompareTo(b).Should().BePositive();
        a.Equals((object)Epoch.Parse("2021-11-15T02:47:00Z")).Should().BeTrue();
        a.GetHashCode().Should().Be(Epoch.Parse("2021-11-15T02:47:00Z").GetHashCode());
        new[] { c, a, b }.Order().Should().Equal(a, b, c);
    }

    [Fact]
    public void DateTime_RoundTrip()
    {
        var dt = new DateTime(2021, 11, 15, 2, 47, 0, DateTimeKind.Utc).AddTicks(1234567);
        var e = Epoch.FromDateTime(dt);
        e.ToDateTime().Should().Be(dt);
        e.ToDateTime().Kind.Should().Be(DateTimeKind.Utc);
        e.ToString().Should().Be("2021-11-15T02:47:00.123457Z");
        Epoch.FromDateTime(DateTime.SpecifyKind(dt, DateTimeKind.Unspecified)).Should().Be(e);
        var last = new DateTime(2020, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_999);
        Epoch.FromDateTime(last).ToDateTime().Should().Be(last);
        Epoch.Parse("2021-11-15T02:47:00.1234567Z").ToDateTime().Should().Be(dt);
    }

    [Fact]
    public void DateTime_Local_IsConvertedToUtc()
    {
        var utc = new DateTime(2021, 11, 15, 2, 47, 0, DateTimeKind.Utc);
        Epoch.FromDateTime(utc.ToLocalTime()).ToDateTime().Should().Be(utc);
    }

    [Fact]
    public void FromCalendar_BadFields()
    {
        var acts = new Action[]
        {
            () => Epoch.FromCalendar(2021, 13, 1),
            () => Epoch.FromCalendar(2021, 2, 29),
            () => Epoch.FromCalendar(2021, 1, 1, 24),
            () => Epoch.FromCalendar(2021, 1, 1, 0, 60),
            () => Epoch.FromCalendar(2021, 1, 1, 0, 0, 61),
            () => Epoch.FromCalendar(2021, 1, 1, 0, 0, -1),
        };
        foreach (var act in acts) act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
