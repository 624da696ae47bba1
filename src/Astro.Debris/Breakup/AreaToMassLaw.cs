using MathNet.Numerics.Distributions;

namespace Astro.Debris.Breakup;

/// <summary>
/// The NASA SBM area-to-mass laws (Johnson et al. 2001, eqs. 5–7) as functions of λc = log10(Lc [m]); every law is
/// normal in χ = log10(A/M [m²/kg]). Coefficients exactly as published (the piecewise lines meet to ~1e-4).
/// </summary>
internal static class AreaToMassLaw
{
    /// <summary>Upper end of the small-fragment law, m.</summary>
    public const double SmallLimitM = 0.08;

    /// <summary>Lower end of the bimodal large-fragment laws, m.</summary>
    public const double LargeLimitM = 0.11;

    public static readonly double Log10SmallLimit = Math.Log10(SmallLimitM);
    public static readonly double Log10LargeLimit = Math.Log10(LargeLimitM);

    /// <summary>Bimodal law parameters: χ ~ α·N(μ1, σ1) + (1 − α)·N(μ2, σ2) (mixture of pdfs).</summary>
    public readonly record struct Bimodal(double Alpha, double Mu1, double Sigma1, double Mu2, double Sigma2);

    /// <summary>Small-fragment law (Lc &lt; 8 cm, any parent): mean of χ.</summary>
    public static double SmallMu(double lc) =>
        lc <= -1.75 ? -0.3 : lc < -1.25 ? -0.3 - 1.4 * (lc + 1.75) : -1.0;

    /// <summary>Small-fragment law: standard deviation of χ (no upper clamp).</summary>
    public static double SmallSigma(double lc) =>
        lc <= -3.5 ? 0.2 : 0.2 + 0.1333 * (lc + 3.5);

    /// <summary>Rocket-body law above 11 cm (eq. 5).</summary>
    public static Bimodal RocketBody(double lc) => new(
        Alpha: lc <= -1.4 ? 1.0 : lc < 0 ? 1.0 - 0.3571 * (lc + 1.4) : 0.5,
        Mu1: lc <= -0.5 ? -0.45 : lc < 0 ? -0.45 - 0.9 * (lc + 0.5) : -0.9,
        Sigma1: 0.55,
        Mu2: -0.9,
        Sigma2: lc <= -1.0 ? 0.28 : lc < 0.1 ? 0.28 - 0.1636 * (lc + 1.0) : 0.1);

    /// <summary>Spacecraft law above 11 cm (eq. 6).</summary>
    public static Bimodal Spacecraft(double lc) => new(
        Alpha: lc <= -1.95 ? 0.0 : lc < 0.55 ? 0.3 + 0.4 * (lc + 1.2) : 1.0,
        Mu1: lc <= -1.1 ? -0.6 : lc < 0 ? -0.6 - 0.318 * (lc + 1.1) : -0.95,
        Sigma1: lc <= -1.3 ? 0.1 : lc < -0.3 ? 0.1 + 0.2 * (lc + 1.3) : 0.3,
        Mu2: lc <= -0.7 ? -1.2 : lc < -0.1 ? -1.2 - 1.333 * (lc + 0.7) : -2.0,
        Sigma2: lc <= -0.5 ? 0.5 : lc < -0.3 ? 0.5 - (lc + 0.5) : 0.3);

    /// <summary>The large-fragment law of a parent class.</summary>
    public static Bimodal Large(double lc, ParentObjectType type) =>
        type == ParentObjectType.RocketBody ? RocketBody(lc) : Spacecraft(lc);

    /// <summary>
    /// Probability that a fragment of size Lc is drawn from the large-fragment law: 0 below 8 cm, 1 above 11 cm and
    /// (λc − log10 0.08) / (log10 0.11 − log10 0.08) in between (the probabilistic bridge, linear in log10 Lc).
    /// </summary>
    public static double LargeWeight(double lc) =>
        lc < Log10SmallLimit ? 0.0 : lc > Log10LargeLimit ? 1.0 : (lc - Log10SmallLimit) / (Log10LargeLimit - Log10SmallLimit);

    /// <summary>Analytic CDF of χ = log10(A/M) given Lc (the full three-component distribution, bridge included).</summary>
    public static double Cdf(double chi, double characteristicLengthM, ParentObjectType type)
    {
        double lc = Math.Log10(characteristicLengthM);
        double w = LargeWeight(lc);
        double small = w < 1 ? Normal.CDF(SmallMu(lc), SmallSigma(lc), chi) : 0.0;
        double large = 0.0;
        if (w > 0)
        {
            var p = Large(lc, type);
            large = p.Alpha * Normal.CDF(p.Mu1, p.Sigma1, chi) + (1 - p.Alpha) * Normal.CDF(p.Mu2, p.Sigma2, chi);
        }
        return (1 - w) * small + w * large;
    }

    /// <summary>E[M/A] = E[10^−χ] in kg/m² given Lc (closed form for normal χ: 10^−μ·exp((σ·ln10)²/2)).</summary>
    public static double MeanMassPerArea(double characteristicLengthM, ParentObjectType type)
    {
        double lc = Math.Log10(characteristicLengthM);
        double w = LargeWeight(lc);
        double small = w < 1 ? InverseMean(SmallMu(lc), SmallSigma(lc)) : 0.0;
        double large = 0.0;
        if (w > 0)
        {
            var p = Large(lc, type);
            large = p.Alpha * InverseMean(p.Mu1, p.Sigma1) + (1 - p.Alpha) * InverseMean(p.Mu2, p.Sigma2);
        }
        return (1 - w) * small + w * large;
    }

    private static double InverseMean(double mu, double sigma)
    {
        double s = sigma * Math.Log(10);
        return Math.Exp(-mu * Math.Log(10) + 0.5 * s * s);
    }
}
