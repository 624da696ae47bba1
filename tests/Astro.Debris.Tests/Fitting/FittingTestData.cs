using Astro.Debris.Elements;
using Astro.Debris.Propagation;
using Astro.Debris.Tests.TestSupport;
using Astro.Debris.Time;

namespace Astro.Debris.Tests.Fitting;

/// <summary>The COSMOS 1408 state at the intercept and seeded synthetic fragment clouds built from it.</summary>
internal static class FittingTestData
{
    public static readonly Epoch EventEpoch = Epoch.Parse("2021-11-15T02:47:00Z");

    /// <summary>The last pre-test COSMOS 1408 element set (epoch 2021-11-15 00:55 UTC).</summary>
    public static ElementSet Cosmos1408()
    {
        using var reader = TestData.Open("tle", "cosmos1408", "cosmos1408_parent_pre-test.3le");
        var sets = TleReader.Read(reader, "cosmos1408_parent_pre-test.3le").Elements;
        return sets[^1];
    }

    /// <summary>COSMOS 1408's TEME state at 2021-11-15T02:47:00Z.</summary>
    public static StateVector ParentState()
    {
        var r = new Sgp4Propagator(Cosmos1408()).Propagate(EventEpoch);
        r.IsSuccess.Should().BeTrue();
        return r.State;
    }

    /// <summary>
    /// A synthetic 10 cm-like cloud: parent state + isotropic Δv with log10(Δv [m/s]) ~ N(2.0, 0.45) clipped to
    /// [0, log10 500], and A/M log-uniform in [0.01, 1] m²/kg. Fixed seed.
    /// </summary>
    public static (StateVector State, double AreaToMass)[] Cloud(int count, int seed, double maxDvMs = 500.0, double minDvMs = 1.0)
    {
        var parent = ParentState();
        var rng = new Random(seed);
        var result = new (StateVector, double)[count];
        for (int k = 0; k < count; k++)
        {
            double lg;
            do lg = 2.0 + 0.45 * Gaussian(rng); while (lg < Math.Log10(minDvMs) || lg > Math.Log10(maxDvMs));
            double dv = Math.Pow(10.0, lg) * 1e-3;
            Vector3D dir;
            do dir = new Vector3D(Gaussian(rng), Gaussian(rng), Gaussian(rng)); while (dir.Norm < 1e-6);
            dir = dir.Normalize();
            double am = Math.Pow(10.0, -2.0 + 2.0 * rng.NextDouble());
            result[k] = (new StateVector(parent.Position, parent.Velocity + dv * dir), am);
        }
        return result;
    }

    private static double Gaussian(Random rng)
    {
        double u1 = 1.0 - rng.NextDouble(), u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
