using Astro.Debris.Elements;

namespace Astro.Debris.Benchmarks;

/// <summary>The ISS of 2021-11-15 and synthetic COSMOS 1408-like clouds shared by the screening suites.</summary>
internal static class SyntheticCloud
{
    public static ElementSet Iss() => TleReader.Parse(
        "1 25544U 98067A   21319.86359406  .00001699  00000-0  39549-4 0  9996",
        "2 25544  51.6442 312.7312 0004574 201.3017 242.9752 15.48581038312108", "ISS (ZARYA)");

    /// <summary>COSMOS 1408's last pre-test elements with seeded Gaussian spreads (n 0.15 rev/day, e, M 10°, i and Ω 0.3°).</summary>
    public static ElementSet[] Cosmos1408Like(int count, int seed = 1408)
    {
        var parent = TleReader.Parse(
            "1 13552U 82092A   21319.03826954  .00002024  00000-0  69413-4 0  9995",
            "2 13552  82.5637 123.6906 0018570 108.1104 252.2161 15.29390138142807", "COSMOS 1408");
        var rng = new Random(seed);
        double Gauss() => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
        const double Deg = Math.PI / 180;
        var cloud = new ElementSet[count];
        for (int i = 0; i < cloud.Length; i++)
            cloud[i] = parent with
            {
                CatalogNumber = 100000 + i % 200000,
                MeanMotion = parent.MeanMotion + 0.15 * Gauss(),
                Eccentricity = Math.Clamp(parent.Eccentricity + 0.01 * Math.Abs(Gauss()), 0.0, 0.05),
                MeanAnomaly = parent.MeanAnomaly + 10.0 * Deg * Gauss(),
                Inclination = parent.Inclination + 0.3 * Deg * Gauss(),
                RightAscensionOfAscendingNode = parent.RightAscensionOfAscendingNode + 0.3 * Deg * Gauss(),
            };
        return cloud;
    }
}
