using Astro.Debris.Breakup;
using Astro.Debris.Elements;
using Astro.Debris.Propagation;
using Xunit.Abstractions;

namespace Astro.Debris.Tests.Fitting;

public class FragmentElementConverterTests(ITestOutputHelper output)
{
    private static List<FragmentState> CloudStates(int count, int seed) =>
        FittingTestData.Cloud(count, seed).Select(c => new FragmentState(c.State, c.AreaToMass, 0.1)).ToList();

    [Fact]
    public void Ten_centimetre_cloud_fits_below_one_metre_for_at_least_99_9_percent()
    {
        var states = CloudStates(2000, 1408);
        var result = FragmentElementConverter.Convert(FittingTestData.EventEpoch, states);
        int orbital = result.Count(FragmentOrbitClass.Orbital);
        var fits = result.Outcomes.Where(o => o.Fit is not null).Select(o => o.Fit!).ToList();
        int below1m = fits.Count(f => f.PositionResidualMeters < 1.0);
        output.WriteLine($"orbital {orbital}, sub-orbital {result.Count(FragmentOrbitClass.SubOrbital)}, escape {result.Count(FragmentOrbitClass.Escape)}");
        output.WriteLine($"converged {result.Count(FitStatus.Converged)}, not converged {result.Count(FitStatus.NotConverged)}, failed {result.Count(FitStatus.Failed)}");
        output.WriteLine($"iterations mean {fits.Average(f => f.Iterations):F2} max {fits.Max(f => f.Iterations)}, least squares {fits.Count(f => f.Method == FitMethod.LeastSquares)}");
        output.WriteLine($"worst |dr| {result.MaxPositionResidualMeters:E3} m, worst |dv| {result.MaxVelocityResidualMetersPerSecond:E3} m/s");
        foreach (var o in result.Outcomes.Where(o => o.Fit is { Status: not FitStatus.Converged }))
            output.WriteLine($"  fragment {o.Index}: {o.Fit}");

        result.Outcomes.Should().HaveCount(states.Count);
        (orbital + result.Count(FragmentOrbitClass.SubOrbital) + result.Count(FragmentOrbitClass.Escape)).Should().Be(states.Count);
        orbital.Should().BeGreaterThanOrEqualTo(1000);
        fits.Should().HaveCount(orbital);
        ((double)below1m / orbital).Should().BeGreaterThanOrEqualTo(0.999);
        // Each emitted set reproduces its fragment's state with a fresh propagator.
        foreach (var o in result.Outcomes.Where(o => o.Elements is not null).Take(200))
        {
            var s = new Sgp4Propagator(o.Elements!).Propagate(FittingTestData.EventEpoch);
            (s.Position - states[o.Index].StateTeme.Position).Norm.Should().BeLessThan(1e-3);
            o.Elements!.BStar.Should().Be(BStar.FromAreaToMass(states[o.Index].AreaToMassRatio));
            o.Elements.Epoch.Should().Be(FittingTestData.EventEpoch);
            o.CharacteristicLengthMeters.Should().Be(0.1);
        }
    }

    [Fact]
    public void Non_orbital_fragments_are_classified_counted_and_not_fitted()
    {
        var parent = FittingTestData.ParentState();
        var vHat = parent.Velocity.Normalize();
        var states = new List<FragmentState>
        {
            new(parent, 0.1),                                                          // orbital
            new(new StateVector(parent.Position, parent.Velocity - 0.4 * vHat), 0.1),  // perigee far below 100 km
            new(new StateVector(parent.Position, parent.Velocity * 1.45), 0.1),        // hyperbolic
            new(new StateVector(parent.Position, parent.Velocity + 0.01 * vHat), 0.1), // orbital
        };
        var result = FragmentElementConverter.Convert(FittingTestData.EventEpoch, states);
        result.Outcomes.Select(o => o.OrbitClass).Should().Equal(
            FragmentOrbitClass.Orbital, FragmentOrbitClass.SubOrbital, FragmentOrbitClass.Escape, FragmentOrbitClass.Orbital);
        result.Count(FragmentOrbitClass.Orbital).Should().Be(2);
        result.Count(FragmentOrbitClass.SubOrbital).Should().Be(1);
        result.Count(FragmentOrbitClass.Escape).Should().Be(1);
        result.Count(FitStatus.Converged).Should().Be(2);
        result.Outcomes[1].Fit.Should().BeNull();
        result.Outcomes[1].Elements.Should().BeNull();
        result.Outcomes[1].PerigeeAltitudeKm.Should().BeLessThan(100);
        result.Outcomes[2].Fit.Should().BeNull();
        result.Outcomes[2].Eccentricity.Should().BeGreaterThan(1);
        // Consecutive numbering skips the non-orbital ones.
        result.Outcomes.Select(o => o.CatalogNumber).Should().Equal(80_000, null, null, 80_001);
        result.Outcomes[3].Elements!.Name.Should().Be("FRAG 000004");
        result.ElementSets().Select(e => e.CatalogNumber).Should().Equal(80_000, 80_001);
    }

    [Fact]
    public void Catalogue_numbers_use_alpha5_and_an_overflowing_range_is_refused()
    {
        var states = CloudStates(50, 5);
        var byIndex = FragmentElementConverter.Convert(FittingTestData.EventEpoch, states, new FragmentConversionOptions
        {
            FirstCatalogNumber = 99_990,
            CatalogNumberAssignment = CatalogNumberAssignment.ByInputIndex,
            InternationalDesignator = "82092",
            NamePrefix = "C1408 DEB",
        });
        byIndex.Outcomes.Select(o => o.CatalogNumber).Should().Equal(Enumerable.Range(99_990, 50).Cast<int?>());
        foreach (var set in byIndex.ElementSets())
        {
            var (l1, l2) = TleWriter.Format(set);
            if (set.CatalogNumber >= 100_000) l1[2].Should().BeInRange('A', 'Z');
            var back = TleReader.Parse(l1, l2, set.Name);
            back.CatalogNumber.Should().Be(set.CatalogNumber);
            back.InternationalDesignator.Should().Be("82092");
            back.Name.Should().StartWith("C1408 DEB ");
        }
        byIndex.ElementSets().Should().Contain(e => e.CatalogNumber == 100_000 && TleWriter.Format(e).Line1.Substring(2, 5) == "A0000");

        // 50 fragments from 339,960 pass 339,999: refused up front.
        var tooHigh = () => FragmentElementConverter.Convert(FittingTestData.EventEpoch, states, new FragmentConversionOptions
        {
            FirstCatalogNumber = 339_960,
            CatalogNumberAssignment = CatalogNumberAssignment.ByInputIndex,
        });
        tooHigh.Should().Throw<ArgumentException>().WithMessage("*339999*");
        // The last 50 numbers fit exactly.
        FragmentElementConverter.Convert(FittingTestData.EventEpoch, states, new FragmentConversionOptions
        {
            FirstCatalogNumber = 339_950,
            CatalogNumberAssignment = CatalogNumberAssignment.ByInputIndex,
        }).Outcomes[^1].CatalogNumber.Should().Be(339_999);
        // Beyond TLE range only when the caller raises the maximum (OMM output).
        FragmentElementConverter.Convert(FittingTestData.EventEpoch, states, new FragmentConversionOptions
        {
            FirstCatalogNumber = 1_000_000,
            MaxCatalogNumber = 999_999_999,
        }).ElementSets().First().CatalogNumber.Should().Be(1_000_000);
        var badOption = () => new FragmentConversionOptions { FirstCatalogNumber = 0 };
        badOption.Should().Throw<ArgumentOutOfRangeException>();
        var badDesignator = () => new FragmentConversionOptions { InternationalDesignator = "82-092A" };
        badDesignator.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Invalid_fragment_is_refused_with_its_index()
    {
        var states = CloudStates(3, 5);
        states[1] = states[1] with { AreaToMassRatio = -1 };
        var act = () => FragmentElementConverter.Convert(FittingTestData.EventEpoch, states);
        act.Should().Throw<ArgumentException>().WithMessage("Fragment 1:*");
    }

    [Fact]
    public void Results_do_not_depend_on_the_thread_count()
    {
        var states = CloudStates(400, 77);
        var one = FragmentElementConverter.Convert(FittingTestData.EventEpoch, states);
        var many = FragmentElementConverter.Convert(FittingTestData.EventEpoch, states, new FragmentConversionOptions { MaxDegreeOfParallelism = -1 });
        many.Outcomes.Should().Equal(one.Outcomes);
    }

    [Fact]
    public void Round_trip_through_TLE_text_stays_within_the_rounding_of_the_text()
    {
        // TLE text rounds angles to 1e-4° (half-unit δθ = 8.73e-7 rad), eccentricity to 1e-7 and the epoch to 1e-8 day.
        // Bound at the element epoch: |δr| ≤ r·(1 + 2e)·4·δθ (M, ω, Ω, i each off by ≤ δθ) + 2a·δe; ≈ 24 m at 480 km.
        // At the event instant the rounded epoch adds |v|·δt (δt ≤ 0.432 ms, ≈ 3.3 m).
        const double dTheta = 0.5e-4 * Math.PI / 180.0, dE = 0.5e-7, dT = 0.5e-8 * 86400.0;
        var states = CloudStates(600, 2021);
        var result = FragmentElementConverter.Convert(FittingTestData.EventEpoch, states);
        double worstAtEpoch = 0, worstRatio = 0, worstAtEvent = 0;
        int n = 0;
        foreach (var set in result.ElementSets())
        {
            var (l1, l2) = TleWriter.Format(set);
            var back = TleReader.Parse(l1, l2, set.Name);
            var fitted = new Sgp4Propagator(set);
            var parsed = new Sgp4Propagator(back);
            var a = fitted.Propagate(0.0);
            var b = parsed.Propagate(0.0);
            double aKm = Math.Pow(398600.8 / Math.Pow(set.MeanMotion * 2 * Math.PI / 86400.0, 2), 1.0 / 3.0);
            double bound = a.Position.Norm * (1 + 2 * set.Eccentricity) * 4 * dTheta + 2 * aKm * dE;
            double d = (a.Position - b.Position).Norm;
            d.Should().BeLessThan(bound + 1e-6, $"set {set.CatalogNumber}");
            worstAtEpoch = Math.Max(worstAtEpoch, d);
            worstRatio = Math.Max(worstRatio, d / bound);
            // At the event instant (the parsed epoch is rounded to 1e-8 day).
            var c = parsed.Propagate(FittingTestData.EventEpoch);
            double dEvent = (c.Position - states[result.Outcomes.First(o => ReferenceEquals(o.Elements, set)).Index].StateTeme.Position).Norm;
            dEvent.Should().BeLessThan(bound + a.Velocity.Norm * dT + 1e-6);
            worstAtEvent = Math.Max(worstAtEvent, dEvent);
            n++;
        }
        n.Should().BeGreaterThan(500);
        output.WriteLine($"{n} sets: worst TLE-rounding difference at epoch {worstAtEpoch * 1e3:F2} m ({worstRatio:P0} of the bound), at the event instant {worstAtEvent * 1e3:F2} m");
    }
}
