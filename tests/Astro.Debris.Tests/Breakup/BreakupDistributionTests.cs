using Astro.Debris.Breakup;
using MathNet.Numerics.Distributions;
using Xunit.Abstractions;

namespace Astro.Debris.Tests.Breakup;

/// <summary>
/// Kolmogorov–Smirnov tests of the sampled clouds against the analytic laws (α = 0.001, see <see cref="KolmogorovSmirnov"/>).
/// A/M and Δv depend on Lc (and Δv on A/M), so each fragment is mapped through its own conditional CDF (probability
/// integral transform) and the transforms are tested against U(0, 1). Only power-law fragments of clouds that lost
/// nothing to the mass budget are used, so the sample is not conditioned on mass.
/// </summary>
public class BreakupDistributionTests(ITestOutputHelper output)
{
    // Heavy catastrophic collision (M = 76,000 kg): ~20k fragments in 11 cm–1 m, ~14k in 8–11 cm.
    private static BreakupEvent Heavy(ParentObjectType type, double min, double max, ulong seed) =>
        BreakupEvent.Collision(type, 75_000, 1_000, 10, min, seed) with { MaximumCharacteristicLengthM = max };

    private static Fragment[] PowerLaw(BreakupResult r)
    {
        r.DiscardedCount.Should().Be(0, "a trimmed cloud is conditioned on mass");
        return r.Fragments.Span[..r.PowerLawFragmentCount].ToArray();
    }

    private static ParentObjectType TypeOf(BreakupEvent e, Fragment f) =>
        f.Source == FragmentSource.Projectile ? e.ProjectileObjectType ?? e.ObjectType : e.ObjectType;

    public static TheoryData<ParentObjectType, double, double, string> AreaToMassBins => new()
    {
        { ParentObjectType.Spacecraft, 0.001, 0.08, "below 8 cm" },
        { ParentObjectType.Spacecraft, 0.08, 0.11, "8-11 cm bridge" },
        { ParentObjectType.Spacecraft, 0.11, 1.0, "11 cm-1 m" },
        { ParentObjectType.Spacecraft, 1.0, 6.0, "1-6 m" },
        { ParentObjectType.RocketBody, 0.001, 0.08, "below 8 cm" },
        { ParentObjectType.RocketBody, 0.08, 0.11, "8-11 cm bridge" },
        { ParentObjectType.RocketBody, 0.11, 1.0, "11 cm-1 m" },
        { ParentObjectType.RocketBody, 1.0, 6.0, "1-6 m" },
    };

    [Theory]
    [MemberData(nameof(AreaToMassBins))]
    public void Log10_area_to_mass_follows_the_mixture_law_in_each_size_bin(ParentObjectType type, double min, double max, string bin)
    {
        // Below 8 cm an explosion (M-independent count, ~378k fragments from 1 mm); above, the heavy collision.
        // The large-bin events are repeated with several seeds to reach n ≥ 5000.
        var samples = new List<double>();
        for (ulong seed = 11; samples.Count < 5000; seed++)
        {
            var e = min < 0.01
                ? BreakupEvent.Explosion(type, 1000, min, seed) with { MaximumCharacteristicLengthM = max }
                : Heavy(type, min, max, seed);
            foreach (var f in PowerLaw(BreakupModel.Generate(e)))
                samples.Add(AreaToMassLaw.Cdf(Math.Log10(f.AreaToMassRatio), f.CharacteristicLengthM, TypeOf(e, f)));
        }
        KolmogorovSmirnov.AssertPasses(output, $"log10(A/M) {type} {bin}", KolmogorovSmirnov.UniformStatistic(samples), samples.Count);
    }

    [Fact]
    public void Mixture_keeps_the_bimodal_spread_that_a_linear_combination_loses()
    {
        // Spacecraft, Lc ≈ 0.5 m: mixture sd ≈ 0.51, linear combination α·X1 + (1 − α)·X2 ≈ 0.22 (research notes §1.9).
        var chi = new List<double>();
        for (ulong seed = 1; chi.Count < 5000; seed++)
            chi.AddRange(PowerLaw(BreakupModel.Generate(Heavy(ParentObjectType.Spacecraft, 0.48, 0.52, seed)))
                .Select(f => Math.Log10(f.AreaToMassRatio)));
        double mean = chi.Average();
        double sd = Math.Sqrt(chi.Sum(c => (c - mean) * (c - mean)) / (chi.Count - 1));
        var p = AreaToMassLaw.Spacecraft(Math.Log10(0.5));
        double m = p.Alpha * p.Mu1 + (1 - p.Alpha) * p.Mu2;
        double analyticSd = Math.Sqrt(p.Alpha * (p.Sigma1 * p.Sigma1 + p.Mu1 * p.Mu1) + (1 - p.Alpha) * (p.Sigma2 * p.Sigma2 + p.Mu2 * p.Mu2) - m * m);
        output.WriteLine($"SC 0.5 m: n = {chi.Count}, mean {mean:F3} (analytic {m:F3}), sd {sd:F3} (analytic {analyticSd:F3})");
        analyticSd.Should().BeApproximately(0.51, 0.01);
        sd.Should().BeApproximately(analyticSd, 0.02);
        mean.Should().BeApproximately(m, 0.03);
    }

    [Fact]
    public void Characteristic_length_follows_the_truncated_power_law()
    {
        var e = Heavy(ParentObjectType.Spacecraft, 0.01, 1.0, 5);
        var frags = PowerLaw(BreakupModel.Generate(e));
        double k = 1.71, a = Math.Pow(0.01, -k), b = Math.Pow(1.0, -k);
        double d = KolmogorovSmirnov.Statistic(frags.Select(f => f.CharacteristicLengthM), l => (a - Math.Pow(l, -k)) / (a - b));
        KolmogorovSmirnov.AssertPasses(output, "Lc collision 1 cm-1 m", d, frags.Length);
        frags.Should().OnlyContain(f => f.CharacteristicLengthM >= 0.01 && f.CharacteristicLengthM <= 1.0);

        var ex = BreakupEvent.Explosion(ParentObjectType.RocketBody, 1000, 0.002, 6);
        var ef = PowerLaw(BreakupModel.Generate(ex));
        double lmax = BreakupModel.CharacteristicLengthFromMassM(1000);
        double ea = Math.Pow(0.002, -1.6), eb = Math.Pow(lmax, -1.6);
        double de = KolmogorovSmirnov.Statistic(ef.Select(f => f.CharacteristicLengthM), l => (ea - Math.Pow(l, -1.6)) / (ea - eb));
        KolmogorovSmirnov.AssertPasses(output, "Lc explosion 2 mm-parent size", de, ef.Length);
    }

    [Theory]
    [InlineData(BreakupKind.Explosion)]
    [InlineData(BreakupKind.Collision)]
    public void Log10_delta_v_is_normal_around_the_NASA_mean(BreakupKind kind)
    {
        var e = kind == BreakupKind.Explosion
            ? BreakupEvent.Explosion(ParentObjectType.Spacecraft, 100_000, 0.005, 21) with { MaximumCharacteristicLengthM = 2.0 }
            : Heavy(ParentObjectType.Spacecraft, 0.02, 2.0, 21);
        var law = kind == BreakupKind.Explosion ? DeltaVLaw.NasaExplosion : DeltaVLaw.NasaCollision;
        var frags = PowerLaw(BreakupModel.Generate(e));
        var z = frags.Select(f => (Math.Log10(f.DeltaVMetersPerSecond.Norm) - law.MeanLog10(Math.Log10(f.AreaToMassRatio))) / 0.4).ToArray();
        KolmogorovSmirnov.AssertPasses(output, $"log10(Δv) residual {kind}", KolmogorovSmirnov.Statistic(z, x => Normal.CDF(0, 1, x)), z.Length);
        double sd = Math.Sqrt(z.Select(v => v * v).Average());
        output.WriteLine($"residual sd of log10 Δv = {0.4 * sd:F4}");
        (0.4 * sd).Should().BeApproximately(0.4, 0.01);
    }

    [Fact]
    public void Capped_delta_v_follows_the_truncated_law_and_never_exceeds_the_cap()
    {
        const double cap = 1000;
        var e = Heavy(ParentObjectType.Spacecraft, 0.02, 2.0, 31) with { MaximumDeltaVMetersPerSecond = cap };
        var r = BreakupModel.Generate(e);
        r.Fragments.ToArray().Should().OnlyContain(f => f.DeltaVMetersPerSecond.Norm <= cap * (1 + 1e-12));
        var frags = PowerLaw(r);
        var u = frags.Select(f =>
        {
            double mu = DeltaVLaw.NasaCollision.MeanLog10(Math.Log10(f.AreaToMassRatio));
            return Normal.CDF(mu, 0.4, Math.Log10(f.DeltaVMetersPerSecond.Norm)) / Normal.CDF(mu, 0.4, Math.Log10(cap));
        }).ToArray();
        KolmogorovSmirnov.AssertPasses(output, "log10(Δv) truncated at 1 km/s", KolmogorovSmirnov.UniformStatistic(u), u.Length);
    }

    [Fact]
    public void Alternative_delta_v_law_is_used_when_given()
    {
        var law = DeltaVLaw.LogNormal(100, 0.3);
        var e = Heavy(ParentObjectType.Spacecraft, 0.05, 2.0, 41) with { DeltaVLaw = law };
        var frags = PowerLaw(BreakupModel.Generate(e));
        double d = KolmogorovSmirnov.Statistic(frags.Select(f => Math.Log10(f.DeltaVMetersPerSecond.Norm)), x => Normal.CDF(2.0, 0.3, x));
        KolmogorovSmirnov.AssertPasses(output, "log10(Δv) ~ N(2, 0.3)", d, frags.Length);
    }

    [Fact]
    public void Delta_v_directions_are_isotropic()
    {
        var e = Heavy(ParentObjectType.Spacecraft, 0.02, 2.0, 51);
        var dirs = PowerLaw(BreakupModel.Generate(e)).Select(f => f.DeltaVMetersPerSecond.Normalize()).ToArray();
        int n = dirs.Length;
        var mean = new Vector3D(dirs.Average(d => d.X), dirs.Average(d => d.Y), dirs.Average(d => d.Z));
        output.WriteLine($"n = {n}, mean direction = ({mean.X:E2}, {mean.Y:E2}, {mean.Z:E2}), 5σ bound {5 / Math.Sqrt(3.0 * n):E2}");
        // Each component of a uniform unit vector has variance 1/3.
        mean.X.Should().BeInRange(-5 / Math.Sqrt(3.0 * n), 5 / Math.Sqrt(3.0 * n));
        mean.Y.Should().BeInRange(-5 / Math.Sqrt(3.0 * n), 5 / Math.Sqrt(3.0 * n));
        mean.Z.Should().BeInRange(-5 / Math.Sqrt(3.0 * n), 5 / Math.Sqrt(3.0 * n));
        dirs.Average(d => d.Z * d.Z).Should().BeApproximately(1.0 / 3, 5 * Math.Sqrt(4.0 / 45 / n));
        // cos θ uniform on [−1, 1] (any axis), azimuth uniform on [−π, π).
        KolmogorovSmirnov.AssertPasses(output, "cos θ (z)", KolmogorovSmirnov.Statistic(dirs.Select(d => d.Z), c => (c + 1) / 2), n);
        KolmogorovSmirnov.AssertPasses(output, "cos θ (x)", KolmogorovSmirnov.Statistic(dirs.Select(d => d.X), c => (c + 1) / 2), n);
        KolmogorovSmirnov.AssertPasses(output, "azimuth", KolmogorovSmirnov.Statistic(dirs.Select(d => Math.Atan2(d.Y, d.X)), p => (p + Math.PI) / (2 * Math.PI)), n);
        dirs.Should().OnlyContain(d => Math.Abs(d.Norm - 1) < 1e-12);
    }

    [Fact]
    public void Collision_fragments_use_each_parents_own_class_and_mass_share()
    {
        var e = BreakupEvent.Collision(ParentObjectType.Spacecraft, 60_000, 15_000, 10, 0.11, 61)
            with { ProjectileObjectType = ParentObjectType.RocketBody, MaximumCharacteristicLengthM = 1.0 };
        var frags = PowerLaw(BreakupModel.Generate(e));
        double share = frags.Count(f => f.Source == FragmentSource.Projectile) / (double)frags.Length;
        share.Should().BeApproximately(0.2, 5 * Math.Sqrt(0.16 / frags.Length));
        var u = frags.Select(f => AreaToMassLaw.Cdf(Math.Log10(f.AreaToMassRatio), f.CharacteristicLengthM, TypeOf(e, f))).ToArray();
        KolmogorovSmirnov.AssertPasses(output, "log10(A/M) SC target + RB projectile", KolmogorovSmirnov.UniformStatistic(u), u.Length);
    }
}
