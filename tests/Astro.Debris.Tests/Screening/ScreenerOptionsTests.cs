using Astro.Debris.Elements;
using Astro.Debris.Propagation;
using Astro.Debris.Screening;
using Astro.Debris.Time;

namespace Astro.Debris.Tests.Screening;

public class ScreenerOptionsTests
{
    private static readonly Epoch T0 = Epoch.Parse("2022-08-09T06:00:00Z");

    [Fact]
    public void InvertedOrEmptyWindowIsRejected()
    {
        FluentActions.Invoking(() => new ScreeningOptions(T0, T0.AddSeconds(-1), 5)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ScreeningOptions(T0, T0, 5)).Should().Throw<ArgumentException>();
        var ok = new ScreeningOptions(T0, T0.AddSeconds(60), 5);
        var inverted = ok with { End = T0.AddSeconds(-60) };
        var set = ScreenerTestData.LeoSubset(3, 1, 500, 1000);
        FluentActions.Invoking(() => ConjunctionScreener.ScreenAllVersusAll(set, inverted)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ConjunctionScreener.ScreenOneVersusMany(set, set, inverted)).Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void NonPositiveThresholdIsRejected(double threshold)
    {
        FluentActions.Invoking(() => new ScreeningOptions(T0, T0.AddSeconds(60), threshold)).Should().Throw<ArgumentException>();
        var ok = new ScreeningOptions(T0, T0.AddSeconds(60), 5);
        FluentActions.Invoking(() => ok with { ThresholdKm = threshold }).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void KnobsAreValidated()
    {
        var ok = new ScreeningOptions(T0, T0.AddSeconds(60), 5);
        FluentActions.Invoking(() => ok with { StepSeconds = 0 }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ok with { StepSeconds = -5 }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ok with { MaxDegreeOfParallelism = 0 }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ok with { BlockSteps = -1 }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ok with { PrefilterPadKm = -1 }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ScreeningVolume(0, 25, 25)).Should().Throw<ArgumentOutOfRangeException>();
        (ok with { Volume = ScreeningVolume.IssBox }).SearchRadiusKm.Should().Be(5);
        (ok with { ThresholdKm = 100, Volume = ScreeningVolume.IssBox }).SearchRadiusKm.Should().BeApproximately(Math.Sqrt(0.25 + 625 + 625), 1e-12);
    }

    [Fact]
    public void VolumeKeepsExactlyTheEventsInsideIt()
    {
        var end = T0.AddSeconds(3 * 3600);
        var set = ScreenerTestData.LeoSubset(220, 7, 500, 1000);
        var options = new ScreeningOptions(T0, end, 40.0) { StepSeconds = 30 };
        var sphere = ConjunctionScreener.ScreenAllVersusAll(set, options);
        var box = new ScreeningVolume(10, 40, 40, ScreeningVolumeShape.Box);
        var ellipsoid = new ScreeningVolume(10, 40, 40);
        var inBox = ConjunctionScreener.ScreenAllVersusAll(set, options with { Volume = box });
        var inEllipsoid = ConjunctionScreener.ScreenAllVersusAll(set, options with { Volume = ellipsoid });

        sphere.Count.Should().BeGreaterThan(inEllipsoid.Count);
        inEllipsoid.Should().NotBeEmpty();
        inBox.Conjunctions.Should().Equal(sphere.Where(c => box.Contains(c.MissRtnKm)));
        inEllipsoid.Conjunctions.Should().Equal(sphere.Where(c => ellipsoid.Contains(c.MissRtnKm)));
        foreach (var c in inEllipsoid)
        {
            var rtn = Astro.Debris.Frames.RtnFrame.FromState(c.State1).ToRtn(c.State2.Position - c.State1.Position);
            (rtn - c.MissRtnKm).Norm.Should().BeLessThan(1e-12);
            Math.Abs(c.MissRtnKm.X).Should().BeLessThanOrEqualTo(10);
        }
    }

    [Fact]
    public void CancellationStopsTheRun()
    {
        var set = ScreenerTestData.LeoSubset(300, 3, 500, 1000);
        var options = new ScreeningOptions(T0, T0.AddSeconds(86400), 5.0) { BlockSteps = 8 };
        using var cts = new CancellationTokenSource();
        var progress = new SyncProgress(p => { if (p.Phase == ScreeningPhase.BroadPhase && p.Fraction > 0.1) cts.Cancel(); });
        FluentActions.Invoking(() => ConjunctionScreener.ScreenAllVersusAll(set, options, progress, cts.Token))
            .Should().Throw<OperationCanceledException>();
        progress.Reports.Should().Contain(p => p.Phase == ScreeningPhase.BroadPhase);
        progress.Reports.Should().NotContain(p => p.Phase == ScreeningPhase.Completed);

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        FluentActions.Invoking(() => ConjunctionScreener.ScreenOneVersusMany(set.Take(1).ToArray(), set, options, null, cancelled.Token))
            .Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void ProgressIsReportedInOrder()
    {
        var set = ScreenerTestData.LeoSubset(50, 3, 500, 1000);
        var progress = new SyncProgress(_ => { });
        ConjunctionScreener.ScreenAllVersusAll(set, new ScreeningOptions(T0, T0.AddSeconds(3600), 50.0) { BlockSteps = 10 }, progress);
        progress.Reports.Select(p => p.Phase).Should().BeInAscendingOrder();
        progress.Reports[^1].Should().Be(new ScreeningProgress(ScreeningPhase.Completed, 1.0));
        progress.Reports.Where(p => p.Phase == ScreeningPhase.BroadPhase).Select(p => p.Fraction).Should().BeInAscendingOrder();
    }

    [Fact]
    public void FailingObjectsAreReportedNotSilentlyDropped()
    {
        var healthy = ScreenerTestData.LeoSubset(20, 5, 500, 1000);
        // Decays inside the window: enormous drag on a very low orbit.
        var decaying = healthy[0] with { CatalogNumber = 99001, MeanMotion = 16.2, Eccentricity = 0.0005, BStar = 0.9 };
        // Fails at initialisation: mean motion so low the semi-latus rectum… use an eccentricity of 0.9999 near-Earth.
        var broken = healthy[1] with { CatalogNumber = 99002, Eccentricity = 0.99999, MeanMotion = 16.0 };
        ElementSet[] set = [.. healthy, decaying, broken];
        var result = ConjunctionScreener.ScreenAllVersusAll(set, new ScreeningOptions(T0, T0.AddSeconds(2 * 86400), 20.0));
        result.Exclusions.Select(e => e.Elements.CatalogNumber).Should().Contain([99001, 99002]);
        foreach (var e in result.Exclusions)
        {
            e.Error.Should().NotBe(Sgp4Error.None);
            e.Role.Should().Be(ScreeningRole.Catalog);
            set[e.Index].Should().BeSameAs(e.Elements);
        }
        var decay = result.Exclusions.Single(e => e.Elements.CatalogNumber == 99001);
        decay.FirstFailure.Should().BeGreaterThanOrEqualTo(T0);
        result.Where(c => c.Object1.CatalogNumber == 99001 || c.Object2.CatalogNumber == 99001)
            .All(c => c.Tca < decay.FirstFailure).Should().BeTrue();
    }

    private sealed class SyncProgress(Action<ScreeningProgress> onReport) : IProgress<ScreeningProgress>
    {
        public List<ScreeningProgress> Reports { get; } = [];
        public void Report(ScreeningProgress value) { Reports.Add(value); onReport(value); }
    }
}
