using Astro.Debris.Breakup;

namespace Astro.Debris.Tests.Fitting;

public class OsculatingElementsTests
{
    public static TheoryData<double, double, double, double, double, double> Orbits => new()
    {
        // a km, e, i deg, raan deg, argp deg, M deg
        { 6858.0, 0.0018, 82.56, 123.69, 108.11, 252.22 },
        { 7000.0, 0.0, 51.6, 10.0, 0.0, 45.0 },
        { 7200.0, 0.01, 0.0, 0.0, 30.0, 300.0 },
        { 42164.0, 0.0002, 0.05, 80.0, 270.0, 10.0 },
        { 26560.0, 0.72, 63.4, 200.0, 270.0, 5.0 },
        { 8000.0, 0.1, 150.0, 300.0, 120.0, 179.0 },
        { 7100.0, 0.05, 179.9, 20.0, 40.0, 60.0 },
    };

    [Theory]
    [MemberData(nameof(Orbits))]
    public void Keplerian_round_trip_through_a_state(double a, double e, double incDeg, double raanDeg, double argpDeg, double mDeg)
    {
        const double d2r = Math.PI / 180.0;
        var kep = KeplerianElements.FromMeanAnomaly(a, e, incDeg * d2r, raanDeg * d2r, argpDeg * d2r, mDeg * d2r);
        var state = kep.ToState();
        var back = KeplerianElements.FromState(state);
        back.SemiMajorAxisKm.Should().BeApproximately(a, 1e-7 * a);
        back.Eccentricity.Should().BeApproximately(e, 1e-11);
        back.Inclination.Should().BeApproximately(incDeg * d2r, 1e-11);
        // Position and velocity are the sharp test (angles are ill-defined on the singular surfaces).
        var again = back.ToState();
        (again.Position - state.Position).Norm.Should().BeLessThan(1e-8);
        (again.Velocity - state.Velocity).Norm.Should().BeLessThan(1e-11);
        if (e > 1e-6 && incDeg is > 1e-3 and < 179.999)
        {
            EquinoctialElements.WrapDifference(back.RightAscensionOfAscendingNode - raanDeg * d2r).Should().BeApproximately(0, 1e-9);
            EquinoctialElements.WrapDifference(back.ArgumentOfPerigee - argpDeg * d2r).Should().BeApproximately(0, 1e-8);
            EquinoctialElements.WrapDifference(back.MeanAnomaly - mDeg * d2r).Should().BeApproximately(0, 1e-8);
        }
    }

    [Theory]
    [MemberData(nameof(Orbits))]
    public void Equinoctial_elements_of_a_state_match_the_classical_ones(double a, double e, double incDeg, double raanDeg, double argpDeg, double mDeg)
    {
        const double d2r = Math.PI / 180.0;
        var kep = KeplerianElements.FromMeanAnomaly(a, e, incDeg * d2r, raanDeg * d2r, argpDeg * d2r, mDeg * d2r);
        var state = kep.ToState();
        foreach (int fi in new[] { 1, -1 })
        {
            if (fi == 1 && incDeg > 179) continue;   // tan(i/2) singular at 180°
            if (fi == -1 && incDeg < 1) continue;    // cot(i/2) singular at 0°
            var eq = EquinoctialElements.FromState(state, fi);
            var expected = EquinoctialElements.FromKeplerian(a, e, incDeg * d2r, raanDeg * d2r, argpDeg * d2r, mDeg * d2r, fi);
            eq.SemiMajorAxisKm.Should().BeApproximately(a, 1e-7 * a);
            eq.Ex.Should().BeApproximately(expected.Ex, 1e-11);
            eq.Ey.Should().BeApproximately(expected.Ey, 1e-11);
            eq.Hx.Should().BeApproximately(expected.Hx, 1e-9 * (1 + Math.Abs(expected.Hx)));
            eq.Hy.Should().BeApproximately(expected.Hy, 1e-9 * (1 + Math.Abs(expected.Hy)));
            EquinoctialElements.WrapDifference(eq.MeanLongitude - expected.MeanLongitude).Should().BeApproximately(0, 1e-10);

            eq.ToKeplerian(out double e2, out double i2, out double o2, out double w2, out double m2);
            var state2 = KeplerianElements.FromMeanAnomaly(eq.SemiMajorAxisKm, e2, i2, o2, w2, m2).ToState();
            (state2.Position - state.Position).Norm.Should().BeLessThan(1e-7);
            (state2.Velocity - state.Velocity).Norm.Should().BeLessThan(1e-10);
        }
    }
}
