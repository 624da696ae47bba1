using Astro.Debris.Screening;

namespace Astro.Debris.Tests.Screening;

public class CdmCovarianceTests
{
    [Fact]
    public void Lower_triangle_order_and_symmetry()
    {
        var c = new CdmCovariance(6, Enumerable.Range(1, 21).Select(i => (double)i).ToArray());
        c.Dimension.Should().Be(6);
        c[0, 0].Should().Be(1);   // CR_R
        c[1, 0].Should().Be(2);   // CT_R
        c[1, 1].Should().Be(3);   // CT_T
        c[2, 0].Should().Be(4);   // CN_R
        c[3, 3].Should().Be(10);  // CRDOT_RDOT
        c[5, 5].Should().Be(21);  // CNDOT_NDOT
        c[0, 5].Should().Be(c[5, 0]);
        c.PositionBlock().Should().BeEquivalentTo(new double[,] { { 1, 2, 4 }, { 2, 3, 5 }, { 4, 5, 6 } });
        CdmCovariance.FromMatrix(c.ToMatrix())[4, 2].Should().Be(c[4, 2]);
        CdmCovariance.Keyword(1, 0).Should().Be("CT_R");
        CdmCovariance.Keyword(0, 1).Should().Be("CT_R");
        CdmCovariance.Keyword(5, 3).Should().Be("CNDOT_RDOT");
        CdmCovariance.Keyword(8, 6).Should().Be("CTHR_DRG");
    }

    [Fact]
    public void Sigmas_make_a_diagonal_matrix()
    {
        var c = CdmCovariance.FromSigmas(new Vector3D(10, 100, 5), new Vector3D(0.1, 0.01, 0.02));
        c[1, 1].Should().Be(10_000);
        c[4, 4].Should().Be(0.0001);
        c[1, 0].Should().Be(0);
        c.IsZero.Should().BeFalse();
    }

    [Fact]
    public void Bad_arguments()
    {
        FluentActions.Invoking(() => new CdmCovariance(5, new double[15])).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new CdmCovariance(6, new double[20])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new CdmCovariance(6, Enumerable.Repeat(double.NaN, 21).ToArray())).Should().Throw<ArgumentException>();
        var m = new double[6, 6];
        m[1, 0] = 1;
        FluentActions.Invoking(() => CdmCovariance.FromMatrix(m)).Should().Throw<ArgumentException>().WithMessage("*symmetric*");
        var c = new CdmCovariance(6, new double[21]);
        FluentActions.Invoking(() => c[6, 0]).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => c[0, -1]).Should().Throw<ArgumentOutOfRangeException>();
        c.IsZero.Should().BeTrue();
    }

    [Fact]
    public void Entries_validate_their_text()
    {
        FluentActions.Invoking(() => new CdmEntry("BAD KEY", "1")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new CdmEntry("KEY", "a\nb")).Should().Throw<ArgumentException>();
        var e = new CdmEntry("MISS_DISTANCE", " 715 ", "m");
        e.Value.Should().Be("715");
        e.ToString().Should().Be("MISS_DISTANCE = 715 [m]");
        CdmEntry.Comment("hello").ToString().Should().Be("COMMENT hello");
        new CdmEntry("START_SCREEN_PERIOD", null).IsNil.Should().BeTrue();
    }
}
