using Astro.Debris.Breakup;

namespace Astro.Debris.Tests.Breakup;

/// <summary>
/// Pins the random stream: these values were produced by this implementation (x64 Linux, .NET 10) and must not change
/// with the thread count, the SIMD ISA (run with DOTNET_EnableHWIntrinsic=0 / DOTNET_EnableAVX2=0) or the machine.
/// A relative tolerance of 1e-12 allows last-bit differences of the platform's scalar exp/log only.
/// </summary>
public class BreakupGoldenTests
{
    public static TheoryData<int, double, double, double, double, double, FragmentSource> Golden => new()
    {
        { 0, 0.10582223015500822, 0.22398188581669978, 11.962776773944821, 9.987214327748452, -13.88601442756958, FragmentSource.Target },
        { 1, 0.10550912388765708, 0.17183729799926123, 164.22550765898413, -246.6603539089712, -179.85531698270762, FragmentSource.Target },
        { 2, 0.053548508064900635, 0.017433135988167422, 3.0995449299806404, 9.505205831582446, 2.506085016065789, FragmentSource.Target },
        { 5124, 0.5407592576943187, 0.013390200192002044, -59.09877015748407, 27.310167839277234, 34.47485684441959, FragmentSource.Target },
    };

    private static readonly Lazy<BreakupResult> Result = new(() =>
        BreakupModel.Generate(BreakupEvent.Collision(ParentObjectType.Spacecraft, 2000, 50, 7, 0.05, 2024)));

    [Fact]
    public void Counts_are_pinned()
    {
        var r = Result.Value;
        r.SampledCount.Should().Be(5141);
        r.DiscardedCount.Should().Be(22);
        r.RemainderFragmentCount.Should().Be(6);
        r.Count.Should().Be(5125);
    }

    [Theory]
    [MemberData(nameof(Golden))]
    public void Fragments_are_pinned(int index, double lc, double am, double dvx, double dvy, double dvz, FragmentSource source)
    {
        var f = Result.Value.Fragments.Span[index];
        f.CharacteristicLengthM.Should().BeApproximately(lc, 1e-12 * lc);
        f.AreaToMassRatio.Should().BeApproximately(am, 1e-12 * am);
        f.DeltaVMetersPerSecond.X.Should().BeApproximately(dvx, 1e-12 * Math.Abs(dvx));
        f.DeltaVMetersPerSecond.Y.Should().BeApproximately(dvy, 1e-12 * Math.Abs(dvy));
        f.DeltaVMetersPerSecond.Z.Should().BeApproximately(dvz, 1e-12 * Math.Abs(dvz));
        f.Source.Should().Be(source);
    }
}
