using Astro.Debris.Breakup;
using Astro.Debris.Elements;
using Astro.Debris.Frames;
using Astro.Debris.Time;
using CsCheck;

namespace Astro.Debris.Tests.Reliability;

/// <summary>
/// Property tests (CsCheck): element-set write → read round trips, frame round trips and breakup invariants.
/// Iteration counts are bounded so that the class runs in seconds; CsCheck prints the seed of any failure
/// (replay with <c>seed:</c>) and shrinks it to a small counter-example.
/// </summary>
public class PropertyTests
{
    private static readonly OmmFormat[] Encodings = [OmmFormat.Kvn, OmmFormat.Xml, OmmFormat.Json, OmmFormat.Csv];

    [Fact]
    public void Tle_write_then_read_gives_the_identical_element_set()
    {
        Generators.TleElementSet.Sample(e =>
        {
            var sw = new StringWriter();
            TleWriter.Write([e], sw);
            var back = TleReader.Read(new StringReader(sw.ToString()), "<prop>").Elements.Single();
            back.Should().Be(e, sw.ToString());
            // And the text is a fixed point: writing what was read gives the same lines.
            TleWriter.Format(back).Should().Be(TleWriter.Format(e));
        }, iter: 3000);
    }

    [Fact]
    public void Tle_round_trip_covers_alpha5_extreme_exponents_and_eccentricity_near_0_and_1()
    {
        // The generator's corners, pinned: so that the property above is known to reach them.
        var ec = new ElementSet
        {
            CatalogNumber = Alpha5.MaxCatalogNumber, Epoch = Epoch.FromTleEpoch(2056, 366.99999999), MeanMotionDdot = -(0.99999 * 1e9),
            BStar = 0.1 * 1e-9, Inclination = 180 * Math.PI / 180, RightAscensionOfAscendingNode = 360 * Math.PI / 180,
            Eccentricity = 0.9999999, ArgumentOfPerigee = 0, MeanAnomaly = 0, MeanMotion = 99.99999999, MeanMotionDot = -0.99999999,
        };
        foreach (var e in new[] { ec, ec with { CatalogNumber = 100_000, Eccentricity = 0.0000001, BStar = 0.99999 * 1e9, MeanMotion = 0.00000001 } })
        {
            var (l1, l2) = TleWriter.Format(e);
            TleReader.Parse(l1, l2).Should().Be(e, l1 + "\n" + l2);
        }
    }

    [Fact]
    public void Omm_write_then_read_round_trips_in_every_encoding()
    {
        Generators.OmmElementSet.Sample(e =>
        {
            foreach (var format in Encodings)
            {
                string text = OmmWriter.ToString([e], format);
                var back = OmmReader.Parse(text, "<prop>", format).Elements.Single();
                // EPOCH is written with microseconds: equal to 0.5 µs. Angles are degrees in the text, and a radian
                // value that is not some double × π/180 cannot come back exactly: within 1 ulp. The rest exactly.
                Math.Abs(back.Epoch.SecondsSince(e.Epoch)).Should().BeLessThanOrEqualTo(0.5e-6 + 1e-9, text);
                WithinOneUlp(back.Inclination, e.Inclination).Should().BeTrue(text);
                WithinOneUlp(back.RightAscensionOfAscendingNode, e.RightAscensionOfAscendingNode).Should().BeTrue(text);
                WithinOneUlp(back.ArgumentOfPerigee, e.ArgumentOfPerigee).Should().BeTrue(text);
                WithinOneUlp(back.MeanAnomaly, e.MeanAnomaly).Should().BeTrue(text);
                back.Should().Be(e with
                {
                    Epoch = back.Epoch, Inclination = back.Inclination, RightAscensionOfAscendingNode = back.RightAscensionOfAscendingNode,
                    ArgumentOfPerigee = back.ArgumentOfPerigee, MeanAnomaly = back.MeanAnomaly,
                }, $"{format}:\n{text}");

                // Angles that came from degrees (all angles read from any text) come back exactly.
                var fromDegrees = OmmReader.Parse(OmmWriter.ToString([back], format), "<prop>", format).Elements.Single();
                fromDegrees.Should().Be(back with { Epoch = fromDegrees.Epoch });
            }
        }, iter: 600);
    }

    private static bool WithinOneUlp(double a, double b) => a == b || Math.BitIncrement(a) == b || Math.BitDecrement(a) == b;

    [Fact]
    public void Teme_to_ecef_to_teme_returns_the_state_to_1e_9_km()
    {
        var gen = Gen.Select(
            Gen.Select(Gen.Double[-1, 1], Gen.Double[-1, 1], Gen.Double[-1, 1], Gen.Double[6000, 420_000], (x, y, z, r) => (x, y, z, r)),
            Gen.Double[-12, 12], Gen.Double[-12, 12], Gen.Double[-12, 12],
            Gen.Double[2433282.5, 2488069.5], Gen.Double[0, 1]);
        gen.Sample(t =>
        {
            var ((x, y, z, r), vx, vy, vz, jd, frac) = t;
            double norm = Math.Sqrt(x * x + y * y + z * z);
            if (norm < 1e-3) return;
            var teme = new StateVector(new Vector3D(x / norm * r, y / norm * r, z / norm * r), new Vector3D(vx, vy, vz));
            var epoch = Epoch.FromJulianDate(jd, frac);
            var back = Teme.FromEcef(Teme.ToEcef(teme, epoch), epoch);
            (back.Position - teme.Position).Norm.Should().BeLessThan(1e-9);
            (back.Velocity - teme.Velocity).Norm.Should().BeLessThan(1e-12);
        }, iter: 5000);
    }

    [Fact]
    public void Ecef_to_geodetic_to_ecef_returns_the_point_to_1e_9_km()
    {
        var gen = Gen.Select(Gen.Double[-90, 90], Gen.Double[-180, 180],
            Gen.Frequency((3, Gen.Double[-100, 2000]), (2, Gen.Double[2000, 400_000]), (1, Gen.OneOf(-100.0, 0.0, 400_000.0))),
            Gen.Frequency((6, Gen.Const(0.0)), (1, Gen.Double[-1e-7, 1e-7])));
        gen.Sample((lat, lon, alt, nudge) =>
        {
            // Latitudes at and next to the poles and the equator included (nudge), where the inverse is hardest.
            double la = Math.Clamp(lat + nudge, -90, 90);
            var p = GeodeticPoint.FromDegrees(la, lon, alt).ToEcef();
            var g = GeodeticPoint.FromEcef(p);
            (g.ToEcef() - p).Norm.Should().BeLessThan(1e-9, $"lat {la} lon {lon} alt {alt}");
        }, iter: 5000);
    }

    [Fact]
    public void Breakup_fragment_mass_never_exceeds_the_parent_mass_and_the_same_seed_gives_the_same_cloud()
    {
        var gen = Gen.Select(Gen.Bool, Gen.OneOf(ParentObjectType.Spacecraft, ParentObjectType.RocketBody),
            Gen.Frequency((3, Gen.Double[1, 2000]), (1, Gen.Double[0.01, 1]), (1, Gen.Double[2000, 20_000])),
            Gen.Frequency((3, Gen.Double[0.01, 50]), (1, Gen.Double[50, 5000])),
            Gen.Double[0.5, 15], Gen.Double[0.05, 1.0], Gen.ULong);
        gen.Sample((explosion, type, massKg, projectileKg, speed, minLc, seed) =>
        {
            BreakupEvent e;
            try
            {
                e = explosion
                    ? BreakupEvent.Explosion(type, massKg, minLc, seed)
                    : BreakupEvent.Collision(type, massKg, projectileKg, speed, minLc, seed);
            }
            catch (ArgumentException)
            {
                return; // e.g. the minimum size is above the parent's size: refused up front, which is allowed
            }
            var r = BreakupModel.Generate(e);
            double total = explosion ? massKg : massKg + projectileKg;
            r.TotalParentMassKg.Should().Be(total);
            double sum = 0;
            foreach (var f in r.Fragments.Span)
            {
                double.IsFinite(f.MassKg).Should().BeTrue();
                f.MassKg.Should().BePositive();
                f.MassKg.Should().BeLessThanOrEqualTo(total * (1 + 1e-12));
                double.IsFinite(f.DeltaVMetersPerSecond.Norm).Should().BeTrue();
                sum += f.MassKg;
            }
            sum.Should().BeLessThanOrEqualTo(total * (1 + 1e-12), "fragments cannot weigh more than the parents");
            r.TotalFragmentMassKg.Should().BeLessThanOrEqualTo(total * (1 + 1e-12));

            var again = BreakupModel.Generate(e, maxDegreeOfParallelism: 2);
            again.Fragments.ToArray().Should().Equal(r.Fragments.ToArray(), "the same seed gives the same cloud");
        }, iter: 60);
    }
}
