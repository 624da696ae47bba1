using Xunit.Abstractions;

namespace Astro.Debris.Tests.Breakup;

/// <summary>
/// One-sample Kolmogorov–Smirnov statistic and its asymptotic critical value. Every KS test in this folder uses
/// α = 0.001: D_crit = sqrt(−ln(α/2)/2)/√n = 1.9495/√n (Kolmogorov's limit distribution; all samples have n ≥ 1000,
/// where the asymptotic value is within 1 % of the exact one). Seeds are fixed, so the outcome is deterministic.
/// </summary>
internal static class KolmogorovSmirnov
{
    public const double Alpha = 0.001;

    public static double CriticalValue(int n) => Math.Sqrt(-Math.Log(Alpha / 2) / 2) / Math.Sqrt(n);

    /// <summary>D = sup |F_n − F| for the sample against the CDF.</summary>
    public static double Statistic(IEnumerable<double> sample, Func<double, double> cdf)
    {
        double[] x = sample.ToArray();
        Array.Sort(x);
        int n = x.Length;
        double d = 0;
        for (int i = 0; i < n; i++)
        {
            double f = cdf(x[i]);
            d = Math.Max(d, Math.Max((i + 1.0) / n - f, f - (double)i / n));
        }
        return d;
    }

    /// <summary>D of values that should be U(0, 1) (probability integral transforms).</summary>
    public static double UniformStatistic(IEnumerable<double> u) => Statistic(u, v => Math.Clamp(v, 0, 1));

    /// <summary>Asserts D &lt; D_crit and writes the numbers to the test output.</summary>
    public static void AssertPasses(ITestOutputHelper output, string name, double d, int n)
    {
        double crit = CriticalValue(n);
        output.WriteLine($"KS {name}: n = {n}, D = {d:F5}, D_crit(α = {Alpha}) = {crit:F5}, √n·D = {d * Math.Sqrt(n):F3}");
        n.Should().BeGreaterThanOrEqualTo(1000, "the asymptotic critical value needs a large sample");
        d.Should().BeLessThan(crit, $"{name} must follow its analytic law (KS at α = {Alpha})");
    }
}
