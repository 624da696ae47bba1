using Astro.Debris.Breakup;
using Astro.Debris.Elements;
using Astro.Debris.Propagation;
using Astro.Debris.Tests.Fitting;
using Astro.Debris.Tests.TestSupport;
using Astro.Debris.Time;

namespace Astro.Debris.Tests.Breakup;

public class BreakupSimulationTests
{
    private static readonly Epoch Event = FittingTestData.EventEpoch;

    private static BreakupEvent Cosmos1408Intercept(double minSize = 0.1, ulong seed = 1) =>
        BreakupEvent.Collision(ParentObjectType.Spacecraft, 2000.0, 50.0, 7.0, minSize, seed);

    [Fact]
    public void Every_fragment_starts_at_the_parent_state_plus_its_delta_v_and_its_elements_reproduce_it()
    {
        var parent = FittingTestData.Cosmos1408();
        var result = BreakupSimulation.Run(parent, Event, Cosmos1408Intercept());
        var parentState = new Sgp4Propagator(parent).Propagate(Event).State;
        result.ParentState.Should().Be(parentState);
        result.ProjectileState.Should().BeNull();
        result.Conversion.Outcomes.Should().HaveCount(result.Count);

        var fragments = result.Breakup.Fragments.Span;
        int checkedSets = 0;
        for (int k = 0; k < fragments.Length; k++)
        {
            var o = result.Conversion.Outcomes[k];
            o.Index.Should().Be(k);
            o.CharacteristicLengthMeters.Should().Be(fragments[k].CharacteristicLengthM);
            if (o.Elements is null || o.Fit is not { IsConverged: true }) continue;
            var expected = parentState.Velocity + fragments[k].DeltaVMetersPerSecond / 1000.0;
            var atEpoch = new Sgp4Propagator(o.Elements).Propagate(0.0);
            (atEpoch.Position - parentState.Position).Norm.Should().BeLessThan(1e-3, "SGP4 of the fitted set is within 1 m of the breakup point");
            (atEpoch.Velocity - expected).Norm.Should().BeLessThan(1e-5, "and within 1 cm/s of parent velocity + Δv");
            o.Elements.Epoch.Should().Be(Event);
            checkedSets++;
        }
        checkedSets.Should().Be(result.ElementSets().Count()).And.BeGreaterThan(1000);
    }

    [Fact]
    public void Projectile_fragments_inherit_the_projectile_state_when_it_has_an_element_set()
    {
        var parent = FittingTestData.Cosmos1408();
        // A second object in a nearby orbit, 2 degrees of mean anomaly ahead: its fragments must start where it is.
        var projectile = parent with { CatalogNumber = 99001, MeanAnomaly = parent.MeanAnomaly + 2.0 * Math.PI / 180.0 };
        var breakup = BreakupEvent.Collision(ParentObjectType.Spacecraft, 1000.0, 400.0, 10.0, 0.2, 7);
        var result = BreakupSimulation.Run(parent, Event, breakup, projectile: projectile);
        var projectileState = new Sgp4Propagator(projectile).Propagate(Event).State;
        result.ProjectileState.Should().Be(projectileState);

        var fragments = result.Breakup.Fragments.Span;
        int seenProjectile = 0, seenTarget = 0;
        for (int k = 0; k < fragments.Length; k++)
        {
            var o = result.Conversion.Outcomes[k];
            if (o.Elements is null || o.Fit is not { IsConverged: true }) continue;
            var origin = fragments[k].Source == FragmentSource.Projectile ? projectileState : result.ParentState;
            (new Sgp4Propagator(o.Elements).Propagate(0.0).Position - origin.Position).Norm.Should().BeLessThan(1e-3);
            if (fragments[k].Source == FragmentSource.Projectile) seenProjectile++; else seenTarget++;
        }
        seenProjectile.Should().BeGreaterThan(0);
        seenTarget.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Same_seed_gives_the_same_cloud_for_any_thread_count_and_another_seed_does_not()
    {
        var parent = FittingTestData.Cosmos1408();
        var a = BreakupSimulation.Run(parent, Event, Cosmos1408Intercept(0.05), maxDegreeOfParallelism: 1);
        var b = BreakupSimulation.Run(parent, Event, Cosmos1408Intercept(0.05),
            FragmentConversionOptions.Default with { MaxDegreeOfParallelism = 2 }, maxDegreeOfParallelism: 2);
        a.Breakup.Fragments.ToArray().Should().Equal(b.Breakup.Fragments.ToArray());
        a.ElementSets().Should().Equal(b.ElementSets());
        var c = BreakupSimulation.Run(parent, Event, Cosmos1408Intercept(0.05, seed: 2));
        c.Breakup.Fragments.ToArray().Should().NotEqual(a.Breakup.Fragments.ToArray());
    }

    [Fact]
    public void Invalid_requests_are_refused_with_argument_errors()
    {
        var parent = FittingTestData.Cosmos1408();
        var explosion = BreakupEvent.Explosion(ParentObjectType.RocketBody, 1000.0, 0.1, 1);
        FluentActions.Invoking(() => BreakupSimulation.Run(parent, Event, explosion, projectile: parent))
            .Should().Throw<ArgumentException>().WithMessage("*only applies to a collision*");

        // With a heavy drag term SGP4 decays this orbit within weeks: the error code is named, nothing is made up.
        var draggy = parent with { BStar = 0.05 };
        var sgp4 = new Sgp4Propagator(draggy);
        int day = Enumerable.Range(1, 3650).First(d => !sgp4.Propagate(Event.AddDays(d)).IsSuccess);
        FluentActions.Invoking(() => BreakupSimulation.Run(draggy, Event.AddDays(day), explosion))
            .Should().Throw<ArgumentException>().WithMessage("*cannot propagate element set 13552*");
        FluentActions.Invoking(() => BreakupSimulation.Run(null!, Event, explosion)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => BreakupSimulation.Run(parent, Event, explosion with { TargetMassKg = -1 }))
            .Should().Throw<ArgumentException>();
    }

    /// <summary>
    /// The COSMOS 1408 case (docs/validation.md): a 2000 kg target hit by a 50 kg kill vehicle at 7 km/s at
    /// 2021-11-15 02:47 UTC, fragments down to 10 cm, compared with the first two weeks of catalogued debris.
    /// </summary>
    [Fact]
    public void Cosmos1408_intercept_matches_the_catalogued_cloud()
    {
        var parent = FittingTestData.Cosmos1408();
        var result = BreakupSimulation.Run(parent, Event, Cosmos1408Intercept());

        result.Breakup.IsCatastrophic.Should().BeTrue("EMR = ½·50·7000²/2000 J/kg = 612.5 J/g > 40 J/g");
        result.Breakup.ExpectedCount.Should().BeApproximately(
            0.1 * Math.Pow(2050, 0.75) * (Math.Pow(0.1, -1.71) - Math.Pow(result.Breakup.MaximumCharacteristicLengthM, -1.71)), 1e-6,
            "the power law truncated between 10 cm and the parent's size");
        result.Count.Should().BeInRange(1400, 1650, "the issue's window; the real catalogue holds about 1,500-1,560");
        result.Breakup.TotalFragmentMassKg.Should().BeLessThanOrEqualTo(2050.0 + 1e-9);

        var orbital = result.Conversion.Count(FragmentOrbitClass.Orbital);
        result.Conversion.Count(FitStatus.Converged).Should().BeGreaterThanOrEqualTo((int)Math.Ceiling(0.999 * orbital));
        result.Conversion.Count(FragmentOrbitClass.SubOrbital).Should().BeGreaterThan(0, "the collision Δv law puts the fastest small pieces below 100 km perigee");

        var simulated = Summary(result.ElementSets());
        using var reader = TestData.Open("tle", "cosmos1408", "cosmos1408_debris_1982-092_2021-11-30.3le");
        var real = Summary(TleReader.Read(reader, "debris").Elements.Where(e => e.CatalogNumber != 13553)); // 13553 is the 1982 rocket body
        real.Count.Should().Be(104);

        // Medians agree: period to 1 min, perigee to 10 km, inclination to 0.1 deg (apogee to 100 km: the real
        // two-week sample favours the early-catalogued, high-apogee pieces).
        simulated.MedianPeriod.Should().BeApproximately(real.MedianPeriod, 1.0);
        simulated.MedianPerigee.Should().BeApproximately(real.MedianPerigee, 10.0);
        simulated.MedianApogee.Should().BeApproximately(real.MedianApogee, 100.0);
        simulated.MedianInclination.Should().BeApproximately(real.MedianInclination, 0.1);
        // The simulated cloud spans the real spread of inclination and period.
        simulated.MinInclination.Should().BeLessThan(real.MinInclination);
        simulated.MaxInclination.Should().BeGreaterThan(real.MaxInclination);
        simulated.P90Period.Should().BeGreaterThan(real.P90Period - 1.0);
    }

    internal sealed record CloudSummary(int Count, double MedianPeriod, double P90Period, double MedianApogee, double MedianPerigee,
        double MedianInclination, double MinInclination, double MaxInclination);

    /// <summary>Period (min), apogee/perigee altitude (km, WGS-72 radius, from the mean elements) and inclination (deg).</summary>
    internal static CloudSummary Summary(IEnumerable<ElementSet> sets)
    {
        var list = sets.ToList();
        const double mu = 398600.8, re = 6378.135;
        double[] period = list.Select(s => 1440.0 / s.MeanMotion).Order().ToArray();
        double[] a = list.Select(s => Math.Cbrt(mu * Math.Pow(86400.0 / (2 * Math.PI * s.MeanMotion), 2))).ToArray();
        double[] apogee = list.Select((s, i) => a[i] * (1 + s.Eccentricity) - re).Order().ToArray();
        double[] perigee = list.Select((s, i) => a[i] * (1 - s.Eccentricity) - re).Order().ToArray();
        double[] inc = list.Select(s => s.Inclination * 180.0 / Math.PI).Order().ToArray();
        static double Q(double[] v, double p) => v[(int)Math.Round(p * (v.Length - 1))];
        return new CloudSummary(list.Count, Q(period, 0.5), Q(period, 0.9), Q(apogee, 0.5), Q(perigee, 0.5), Q(inc, 0.5), inc[0], inc[^1]);
    }
}
