using Astro.Debris.Breakup;

namespace Astro.Debris.Tests.Fitting;

public class BStarTests
{
    [Fact]
    public void Constant_is_half_the_reference_density_times_the_earth_radius()
    {
        BStar.PerBallisticCoefficient.Should().BeApproximately(0.5 * 2.461e-5 * 6378.135, 1e-15);
        BStar.PerBallisticCoefficient.Should().BeApproximately(0.0784830, 5e-7);
        (1.0 / BStar.PerBallisticCoefficient).Should().BeApproximately(12.741621, 5e-6);
    }

    [Theory]
    [InlineData(0.01, 2.2, 1.7266e-3)]
    [InlineData(0.1, 2.2, 1.7266e-2)]
    [InlineData(1.0, 2.2, 0.17266)]
    [InlineData(1.0, 1.0, 0.078483)]
    [InlineData(0.0, 2.2, 0.0)]
    public void From_area_to_mass(double am, double cd, double expected) =>
        BStar.FromAreaToMass(am, cd).Should().BeApproximately(expected, 1e-4 * Math.Max(expected, 1e-3));

    [Fact]
    public void Default_drag_coefficient_is_2_2_and_the_inverse_recovers_Cd_A_over_m()
    {
        BStar.FromAreaToMass(0.05).Should().Be(BStar.FromAreaToMass(0.05, 2.2));
        BStar.ToBallisticCoefficient(BStar.FromAreaToMass(0.05)).Should().BeApproximately(0.11, 1e-15);
    }

    [Theory]
    [InlineData(-0.1, 2.2)]
    [InlineData(double.NaN, 2.2)]
    [InlineData(double.PositiveInfinity, 2.2)]
    [InlineData(0.1, 0.0)]
    [InlineData(0.1, double.NaN)]
    public void Invalid_arguments_are_refused(double am, double cd)
    {
        var act = () => BStar.FromAreaToMass(am, cd);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
