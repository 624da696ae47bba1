using Astro.Debris.Elements;
using static Astro.Debris.Tests.Elements.TestData;

namespace Astro.Debris.Tests.Elements;

public class TleWriterTests
{
    [Theory]
    [InlineData(VanguardLine1, VanguardLine2)]
    [InlineData(IssLine1, IssLine2)]
    [InlineData("1 00005U 58002B   00179.78495062  .00000023  00000-0  28098-4 0  4753",
                "2 00005  34.2682 348.7242 1859667 331.7664  19.3264 10.82419157413667")]
    [InlineData("1 21897U 92011A   06176.02341244 -.00001273  00000-0 -13525-3 0  3044",
                "2 21897  62.1749 198.0096 7421690 253.0462  20.1561  2.01269994104880")]
    public void Writes_well_formed_lines_back_unchanged(string line1, string line2)
    {
        TleWriter.Format(TleReader.Parse(line1, line2)).Should().Be((line1, line2));
    }

    [Theory]
    [InlineData(100000, "A0000")]
    [InlineData(148493, "E8493")]
    [InlineData(182931, "J2931")]
    [InlineData(234018, "P4018")]
    [InlineData(301928, "W1928")]
    [InlineData(339999, "Z9999")]
    [InlineData(99999, "99999")]
    [InlineData(5, "00005")]
    public void Writes_alpha5_catalogue_numbers(int number, string text)
    {
        Alpha5.Format(number).Should().Be(text);
        Alpha5.Parse(text).Should().Be(number);
        var e = TleReader.Parse(IssLine1, IssLine2) with { CatalogNumber = number };
        var (l1, l2) = TleWriter.Format(e);
        l1.Substring(2, 5).Should().Be(text);
        l2.Substring(2, 5).Should().Be(text);
        TleReader.Parse(l1, l2).Should().Be(e);
    }

    [Fact]
    public void Refuses_catalogue_numbers_above_339999()
    {
        var e = TleReader.Parse(IssLine1, IssLine2) with { CatalogNumber = 340000 };
        var act = () => TleWriter.Format(e);
        act.Should().Throw<ArgumentException>().WithMessage("*340000*OMM*");
        var act2 = () => Alpha5.Format(340000);
        act2.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Refuses_ephemeris_type_4()
    {
        var e = TleReader.Parse(IssLine1, IssLine2) with { EphemerisType = 4 };
        var act = () => TleWriter.Format(e);
        act.Should().Throw<ArgumentException>().WithMessage("*SGP4-XP*");
    }

    [Fact]
    public void Writes_valid_checksums_and_exponent_fields()
    {
        var e = TleReader.Parse(IssLine1, IssLine2) with { BStar = -1.2345678e-5, MeanMotionDdot = 3.0e-12, MeanMotionDot = -0.5 };
        var (l1, l2) = TleWriter.Format(e);
        l1.Substring(53, 8).Should().Be("-12346-4");
        l1.Substring(44, 8).Should().Be(" 00300-9"); // 3e-12 is below 0.1e-9: mantissa denormalised at exponent -9
        l1.Substring(33, 10).Should().Be("-.50000000");
        (l1[68] - '0').Should().Be(TleText.Checksum(l1));
        (l2[68] - '0').Should().Be(TleText.Checksum(l2));
        TleReader.Parse(l1, l2).BStar.Should().BeApproximately(-1.2346e-5, 1e-20);
    }

    [Fact]
    public void Wraps_angles_and_counters_into_their_fields()
    {
        var e = TleReader.Parse(IssLine1, IssLine2) with
        {
            MeanAnomaly = -Math.PI / 2, RevolutionNumber = 123456, ElementSetNumber = 12345,
        };
        var (l1, l2) = TleWriter.Format(e);
        l2.Substring(43, 8).Should().Be("270.0000");
        l2.Substring(63, 5).Should().Be("23456");
        l1.Substring(64, 4).Should().Be("2345");
    }
}
