using System.Text;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
using ConjunctionDataMessage = Astro.Debris.Screening.ConjunctionDataMessage;

namespace Astro.Debris.Probability;

/// <summary>
/// Collision probability (Pc) of a short encounter: Foster-type 2D integral over a circle, the square-HBR variant used by
/// CSpOC CDMs, Chan's series, maximum-Pc bounds (Alfano 2005, Alfriend 1999, covariance dilution) and a Monte Carlo check.
/// </summary>
/// <remarks>
/// Units: miss and sigmas in metres, HBR in metres (the combined hard-body radius), states in km and km/s, covariances
/// in m². The encounter plane and its conventions are described on <see cref="EncounterPlane"/>.
/// Non-positive-definite encounter-plane covariances are remediated by eigenvalue clipping (Hall et al. 2017): eigenvalues
/// below (1e-4·HBR)² are raised to that value and <see cref="PcFlags.CovarianceRemediated"/> is set; a matrix with no
/// positive eigenvalue or non-finite elements cannot be remediated and gives NaN with <see cref="PcFlags.CovarianceNotRemediable"/>.
/// </remarks>
public static class CollisionProbability
{
    /// <summary>Eigenvalue clipping factor: eigenvalues below (ClipFactor·HBR)² are raised to it.</summary>
    public const double ClipFactor = 1e-4;

    /// <summary>
    /// Chan's series is flagged <see cref="PcFlags.IllConditioned"/> when
    /// R·(1/σmin − 1/σmaj)·max(1, √v) exceeds this value (R the HBR, v the squared Mahalanobis miss): the equal-area
    /// disk then differs from the true (elliptical, in normalised units) integration domain by more than about one sigma
    /// where the density varies.
    /// </summary>
    public const double ChanConditionLimit = 1.0;

    /// <summary>√π/2: half-width of the square with the area of a unit disk.</summary>
    private const double EqualAreaHalfWidth = 0.88622692545275801;

    /// <summary>Computes the probability with the given method. <see cref="PcMethod.MonteCarlo"/> samples the plane's combined position covariance (relative velocity fixed).</summary>
    /// <param name="method">Method.</param>
    /// <param name="plane">Encounter geometry.</param>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius (m).</param>
    public static PcResult Compute(PcMethod method, in EncounterPlane plane, double hardBodyRadiusMeters) => method switch
    {
        PcMethod.Foster => Foster(plane, hardBodyRadiusMeters),
        PcMethod.Square => Square(plane, hardBodyRadiusMeters),
        PcMethod.Chan => Chan(plane, hardBodyRadiusMeters),
        PcMethod.AlfanoMax => AlfanoMaximum(plane, hardBodyRadiusMeters),
        PcMethod.MonteCarlo => MonteCarlo(plane, hardBodyRadiusMeters),
        PcMethod.AlfriendApproximation => AlfriendApproximation(plane, hardBodyRadiusMeters),
        PcMethod.AlfriendMax => AlfriendMaximum(plane, hardBodyRadiusMeters),
        PcMethod.DilutionMax => DilutionMaximum(plane, hardBodyRadiusMeters),
        PcMethod.FrisbeeMax => FrisbeeMaximum(plane, hardBodyRadiusMeters),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown method."),
    };

    /// <summary>
    /// The collision probability of a CDM (geometry from <see cref="EncounterPlane.FromCdm"/>). HBR:
    /// <paramref name="hardBodyRadiusMeters"/> when given, else the message's combined HBR (CDM 2.0 keyword or CARA's
    /// <c>COMMENT HBR</c>), else the sum of the two objects' HBR keywords; with none of these the value is NaN with
    /// <see cref="PcFlags.InvalidInput"/>.
    /// </summary>
    /// <param name="cdm">The message.</param>
    /// <param name="method">Method (<see cref="PcMethod.MonteCarlo"/> samples the combined position covariance only).</param>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius override (m).</param>
    /// <param name="adjustToClosestApproach">Move the states linearly to the true closest approach first (CARA "Pc2D", default).</param>
    public static PcResult FromCdm(ConjunctionDataMessage cdm, PcMethod method = PcMethod.Foster, double? hardBodyRadiusMeters = null,
        bool adjustToClosestApproach = true)
    {
        ArgumentNullException.ThrowIfNull(cdm);
        var plane = EncounterPlane.FromCdm(cdm, adjustToClosestApproach);
        double? hbr = hardBodyRadiusMeters ?? cdm.HardBodyRadiusMeters ??
                      (cdm.Object1.HardBodyRadiusMeters is double h1 && cdm.Object2.HardBodyRadiusMeters is double h2 ? h1 + h2 : null);
        if (hbr is null)
        {
            var nan = Compute(method, plane, double.NaN);
            return nan with { Reason = "The message gives no hard-body radius: pass one. " + nan.Reason };
        }

        return Compute(method, plane, hbr.Value);
    }

    /// <summary>
    /// Foster-type 2D Pc: the encounter-plane Gaussian integrated over the disk of radius HBR centred on the miss
    /// vector. Accurate to ~1e-12 relative, tails included (values down to the smallest doubles).
    /// </summary>
    /// <param name="plane">Encounter geometry.</param>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius (m); +∞ gives 1.</param>
    public static PcResult Foster(in EncounterPlane plane, double hardBodyRadiusMeters)
    {
        if (!TryPrincipal(plane, hardBodyRadiusMeters, PcMethod.Foster, out var p, out var failed)) return failed;
        double value = Gaussian2D.Circle(p.U, p.W, p.SigmaMajor, p.SigmaMinor, hardBodyRadiusMeters, out bool converged);
        return p.Result(value, converged ? p.Flags : p.Flags | PcFlags.NotConverged);
    }

    /// <summary>
    /// 2D Pc over a square of half-width HBR centred on the miss vector and aligned with the principal axes of the
    /// encounter-plane covariance: the value CSpOC (18 SDS) CDMs report as "FOSTER-1992" (up to 4/π above the circle).
    /// </summary>
    /// <param name="plane">Encounter geometry.</param>
    /// <param name="hardBodyRadiusMeters">Half-width of the square (m).</param>
    public static PcResult Square(in EncounterPlane plane, double hardBodyRadiusMeters)
    {
        if (!TryPrincipal(plane, hardBodyRadiusMeters, PcMethod.Square, out var p, out var failed)) return failed;
        return p.Result(Gaussian2D.Square(p.U, p.W, p.SigmaMajor, p.SigmaMinor, hardBodyRadiusMeters), p.Flags);
    }

    /// <summary>
    /// Chan's (1997) series: the ellipse is made isotropic and the disk replaced by one of equal area, which gives
    /// Pc = Σₘ Poisson(m; v/2)·P(m + 1, u/2) with u = R²/(σmaj·σmin), v the squared Mahalanobis miss and P the regularised
    /// lower incomplete gamma function (the classical form e^(−v/2) Σₘ (v/2)ᵐ/m! [1 − e^(−u/2) Σₖ≤ₘ (u/2)ᵏ/k!], summed in
    /// log space so it does not underflow). Flagged <see cref="PcFlags.IllConditioned"/> outside its domain (see
    /// <see cref="ChanConditionLimit"/>), e.g. Alfano's test cases 3 and 5.
    /// </summary>
    /// <param name="plane">Encounter geometry.</param>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius (m).</param>
    public static PcResult Chan(in EncounterPlane plane, double hardBodyRadiusMeters)
    {
        if (!TryPrincipal(plane, hardBodyRadiusMeters, PcMethod.Chan, out var p, out var failed)) return failed;
        double r = hardBodyRadiusMeters;
        double u = r * r / (p.SigmaMajor * p.SigmaMinor);
        double v = p.U * p.U / (p.SigmaMajor * p.SigmaMajor) + p.W * p.W / (p.SigmaMinor * p.SigmaMinor);
        double value = ChanSeries(u, v);
        double condition = r * (1.0 / p.SigmaMinor - 1.0 / p.SigmaMajor) * Math.Max(1.0, Math.Sqrt(v));
        PcFlags flags = p.Flags;
        if (!(condition <= ChanConditionLimit)) flags |= PcFlags.IllConditioned;
        return p.Result(value, flags);
    }

    /// <summary>Σₘ Poisson(m; v/2)·P(m + 1, u/2), summed from m = 0 until the terms are negligible past the Poisson mode.</summary>
    internal static double ChanSeries(double u, double v)
    {
        double halfV = 0.5 * v, halfU = 0.5 * u;
        if (halfV == 0) return SpecialFunctions.GammaLowerRegularized(1, halfU);
        double logHalfV = Math.Log(halfV);
        double sum = 0;
        for (int m = 0; m < 10_000_000; m++)
        {
            double logPoisson = -halfV + m * logHalfV - SpecialFunctions.GammaLn(m + 1);
            double term = Math.Exp(logPoisson) * SpecialFunctions.GammaLowerRegularized(m + 1, halfU);
            sum += term;
            if (m > halfV && term <= 1e-17 * sum) break;
            if (m > halfV + 50 * Math.Sqrt(halfV) + 50 && term == 0) break;
        }

        return Math.Min(sum, 1.0);
    }

    /// <summary>
    /// Alfano's (2005) maximum Pc over every covariance (size, shape and orientation) when none is known: the worst case
    /// is a degenerate (infinite aspect ratio) Gaussian along the miss vector with σ² = 2dR/ln((d + R)/(d − R)), giving
    /// Pc = Φ((d + R)/σ) − Φ((d − R)/σ). A miss inside the hard body (d ≤ R) gives 1 (d = R: ½).
    /// </summary>
    /// <param name="missMeters">Miss distance d (m).</param>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius R (m).</param>
    public static PcResult AlfanoMaximum(double missMeters, double hardBodyRadiusMeters)
    {
        var result = Empty(PcMethod.AlfanoMax, hardBodyRadiusMeters, missMeters / 1000.0, double.NaN);
        double d = Math.Abs(missMeters), r = hardBodyRadiusMeters;
        if (!double.IsFinite(d) || double.IsNaN(r) || r < 0) return Invalid(result, "The miss distance must be finite and the HBR non-negative.");
        if (r == 0) return result with { Value = 0 };
        if (d < r) return result with { Value = 1, MaximizingParameter = 0 };
        if (d == r) return result with { Value = 0.5, MaximizingParameter = 0 };
        if (double.IsPositiveInfinity(r)) return result with { Value = 1 };
        double ratio = (d + r) / (d - r);
        double sigma = Math.Sqrt(2.0 * d * r / Math.Log(ratio));
        return result with { Value = Gaussian2D.Interval(d, r, sigma), MaximizingParameter = sigma };
    }

    /// <summary>Alfano's (2005) maximum Pc for the plane's miss distance (its covariance is ignored).</summary>
    /// <param name="plane">Encounter geometry (only the miss is used).</param>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius (m).</param>
    public static PcResult AlfanoMaximum(in EncounterPlane plane, double hardBodyRadiusMeters) =>
        AlfanoMaximum(plane.MissDistanceKm * 1000.0, hardBodyRadiusMeters) with { RelativeSpeedKmPerSecond = plane.RelativeSpeedKmPerSecond };

    /// <summary>
    /// Maximum Pc over the size of a covariance of known aspect ratio σmaj/σmin, its major axis along the miss vector
    /// (the worst orientation, Alfano 2005): the Foster integral maximised over σmaj numerically.
    /// </summary>
    /// <param name="missMeters">Miss distance (m).</param>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius (m).</param>
    /// <param name="aspectRatio">σmaj/σmin ≥ 1; +∞ gives <see cref="AlfanoMaximum(double, double)"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The aspect ratio is below 1 or NaN.</exception>
    public static PcResult AlfanoMaximum(double missMeters, double hardBodyRadiusMeters, double aspectRatio)
    {
        if (!(aspectRatio >= 1)) throw new ArgumentOutOfRangeException(nameof(aspectRatio), aspectRatio, "The aspect ratio must be ≥ 1.");
        if (double.IsPositiveInfinity(aspectRatio)) return AlfanoMaximum(missMeters, hardBodyRadiusMeters);
        var result = Empty(PcMethod.AlfanoMax, hardBodyRadiusMeters, missMeters / 1000.0, double.NaN);
        double d = Math.Abs(missMeters), r = hardBodyRadiusMeters;
        if (!double.IsFinite(d) || !double.IsFinite(r) || r < 0) return Invalid(result, "The miss distance and HBR must be finite, the HBR non-negative.");
        if (r == 0) return result with { Value = 0 };
        if (d <= r) return result with { Value = d < r ? 1 : 0.5, MaximizingParameter = 0 };
        double Pc(double logSigma)
        {
            double s = Math.Exp(logSigma);
            return Gaussian2D.Circle(d, 0, s, s / aspectRatio, r, out _);
        }

        // The constant-density approximation peaks at σmaj = d/√2 (isotropic) … d (degenerate); bracket widely around it.
        double center = Math.Log(d);
        var (arg, value) = Maximize(Pc, center - 8, center + 3);
        return result with { Value = value, MaximizingParameter = Math.Exp(arg) };
    }

    /// <summary>
    /// Alfriend et al. (1999) approximation: the density at the miss point times the disk area,
    /// Pc ≈ R²/(2σmaj·σmin)·exp(−v/2), v the squared Mahalanobis miss. Good for R ≪ σmin.
    /// </summary>
    /// <param name="plane">Encounter geometry.</param>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius (m).</param>
    public static PcResult AlfriendApproximation(in EncounterPlane plane, double hardBodyRadiusMeters)
    {
        if (!TryPrincipal(plane, hardBodyRadiusMeters, PcMethod.AlfriendApproximation, out var p, out var failed)) return failed;
        double r = hardBodyRadiusMeters;
        double v = p.Mahalanobis2;
        return p.Result(r * r / (2 * p.SigmaMajor * p.SigmaMinor) * Math.Exp(-0.5 * v), p.Flags);
    }

    /// <summary>
    /// Alfriend et al. (1999) maximum of <see cref="AlfriendApproximation"/> over a scale k of the covariance (kσ):
    /// reached at k² = v/2, Pc_max = R²/(e·σmaj·σmin·v) with v the squared Mahalanobis miss (capped at 1; a zero miss gives 1).
    /// </summary>
    /// <param name="plane">Encounter geometry.</param>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius (m).</param>
    public static PcResult AlfriendMaximum(in EncounterPlane plane, double hardBodyRadiusMeters)
    {
        if (!TryPrincipal(plane, hardBodyRadiusMeters, PcMethod.AlfriendMax, out var p, out var failed)) return failed;
        double r = hardBodyRadiusMeters;
        double v = p.Mahalanobis2;
        double value = v > 0 ? Math.Min(1.0, r * r / (Math.E * p.SigmaMajor * p.SigmaMinor * v)) : 1.0;
        return p.Result(value, p.Flags) with { MaximizingParameter = Math.Sqrt(0.5 * v) };
    }

    /// <summary>
    /// Maximum of the Foster (circle) Pc over a scale k applied to the combined covariance's sigmas (CARA's "dilution"
    /// maximum with combined scaling). <see cref="PcResult.MaximizingParameter"/> is the maximising k: k &gt; 1 means the
    /// real covariance is smaller than the worst case (not diluted), k &lt; 1 means the event is in the dilution region.
    /// </summary>
    /// <param name="plane">Encounter geometry.</param>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius (m).</param>
    public static PcResult DilutionMaximum(in EncounterPlane plane, double hardBodyRadiusMeters)
    {
        if (!TryPrincipal(plane, hardBodyRadiusMeters, PcMethod.DilutionMax, out var p, out var failed)) return failed;
        double r = hardBodyRadiusMeters;
        double missM = Math.Sqrt(p.U * p.U + p.W * p.W);
        if (missM <= r) return p.Result(missM < r ? 1.0 : 0.5, p.Flags) with { MaximizingParameter = 0 };
        double Pc(double logK)
        {
            double k = Math.Exp(logK);
            return Gaussian2D.Circle(p.U, p.W, k * p.SigmaMajor, k * p.SigmaMinor, r, out _);
        }

        // Start from the Alfriend maximiser k² = v/2 and bracket a wide range around it.
        double center = 0.5 * Math.Log(Math.Max(0.5 * p.Mahalanobis2, 1e-300));
        var (arg, value) = Maximize(Pc, center - 8, center + 8);
        return p.Result(value, p.Flags) with { MaximizingParameter = Math.Exp(arg) };
    }

    /// <summary>
    /// Maximum Pc when only one object's covariance is known (Frisbee 2015): the plane's covariance is the known one, and
    /// the unknown object's encounter-plane covariance is taken as the worst-case degenerate (rank-1) Gaussian along the
    /// miss vector, as in Alfano's unknown-covariance bound; its sigma is maximised numerically (log-spaced scan, then
    /// golden-section refinement, MathNet). Build the plane with the unknown object's covariance set to zero.
    /// <see cref="PcResult.MaximizingParameter"/> is the unknown object's worst-case sigma along the miss (m).
    /// </summary>
    /// <param name="plane">Encounter geometry whose covariance is the known object's only.</param>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius (m).</param>
    /// <param name="shape">Integration domain (CARA's FrisbeeMaxPc test values use <see cref="HardBodyShape.SquareEqualArea"/>).</param>
    public static PcResult FrisbeeMaximum(in EncounterPlane plane, double hardBodyRadiusMeters, HardBodyShape shape = HardBodyShape.Circle)
    {
        if (!TryPrincipal(plane, hardBodyRadiusMeters, PcMethod.FrisbeeMax, out var p, out var failed)) return failed;
        double r = hardBodyRadiusMeters;
        double missX = plane.MissXMeters, missZ = plane.MissZMeters;
        double miss = Math.Sqrt(missX * missX + missZ * missZ);
        if (miss <= r) return p.Result(miss < r ? 1.0 : 0.5, p.Flags);
        double kxx = plane.CovarianceXX, kxz = plane.CovarianceXZ, kzz = plane.CovarianceZZ;
        double ex = missX / miss, ez = missZ / miss;
        double Pc(double logSigma)
        {
            double s2 = Math.Exp(2 * logSigma);
            var q = EncounterPlane.Create(missX, missZ, kxx + s2 * ex * ex, kxz + s2 * ex * ez, kzz + s2 * ez * ez);
            return shape switch
            {
                HardBodyShape.Square => Square(q, r).Value,
                HardBodyShape.SquareEqualArea => Square(q, r * EqualAreaHalfWidth).Value,
                _ => Foster(q, r).Value,
            };
        }

        double logMiss = Math.Log(miss);
        var (arg, value) = Maximize(Pc, logMiss - 10, logMiss + 4);
        return p.Result(value, p.Flags) with { MaximizingParameter = Math.Exp(arg) };
    }

    /// <summary>
    /// Monte Carlo Pc from TCA with linear relative motion: each trial draws a relative position and velocity from the
    /// combined relative covariance (the sum of the two objects' inertial 6×6 covariances: differencing independent
    /// objects adds their covariances), and counts a hit when the straight relative path passes within HBR of the origin
    /// inside the time window. Deterministic for a seed (xoshiro256**, MathNet). Returns the hit fraction and its 95%
    /// Clopper–Pearson interval (MathNet's inverse beta).
    /// </summary>
    /// <param name="relativePositionKm">Mean r₂ − r₁ at TCA (km).</param>
    /// <param name="relativeVelocityKmPerSecond">Mean v₂ − v₁ (km/s).</param>
    /// <param name="covariance">Combined relative covariance, row-major: 3×3 (9 values, m², velocity known) or 6×6
    /// (36 values; m², m²/s, m²/s², order x, y, z, vx, vy, vz) in the same inertial axes.</param>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius (m).</param>
    /// <param name="options">Trials, seed, time window; null for defaults.</param>
    /// <exception cref="ArgumentException">The covariance has neither 9 nor 36 values.</exception>
    public static PcResult MonteCarlo(Vector3D relativePositionKm, Vector3D relativeVelocityKmPerSecond, ReadOnlySpan<double> covariance,
        double hardBodyRadiusMeters, MonteCarloOptions? options = null)
    {
        options ??= new MonteCarloOptions();
        int size = covariance.Length switch
        {
            9 => 3,
            36 => 6,
            _ => throw new ArgumentException("The covariance must have 9 (3×3) or 36 (6×6) values.", nameof(covariance)),
        };
        if (options.Trials <= 0) throw new ArgumentOutOfRangeException(nameof(options), options.Trials, "Trials must be positive.");
        double speed = relativeVelocityKmPerSecond.Norm;
        var result = Empty(PcMethod.MonteCarlo, hardBodyRadiusMeters, relativePositionKm.Norm, speed);
        foreach (double c in covariance)
            if (!double.IsFinite(c)) return Invalid(result, "The covariance has non-finite elements.");
        if (!double.IsFinite(hardBodyRadiusMeters) || hardBodyRadiusMeters < 0)
            return Invalid(result, "The HBR must be finite and non-negative.");

        // Square root of the covariance by symmetric eigen-decomposition (works for semi-definite matrices, e.g. a
        // zero velocity block); negative eigenvalues are clipped to zero and flagged.
        var cov = Matrix<double>.Build.Dense(size, size);
        for (int i = 0; i < size; i++)
            for (int j = 0; j < size; j++)
                cov[i, j] = 0.5 * (covariance[i * size + j] + covariance[j * size + i]);
        var evd = cov.Evd(Symmetricity.Symmetric);
        PcFlags flags = PcFlags.None;
        var sqrt = new double[size, size];
        for (int k = 0; k < size; k++)
        {
            double lambda = evd.EigenValues[k].Real;
            if (lambda < 0)
            {
                if (lambda < -1e-12 * cov.L2Norm()) flags |= PcFlags.CovarianceRemediated;
                lambda = 0;
            }

            double s = Math.Sqrt(lambda);
            for (int i = 0; i < size; i++) sqrt[i, k] = evd.EigenVectors[i, k] * s;
        }

        if (speed < EncounterPlane.LowRelativeSpeedKmPerSecond) flags |= PcFlags.LowRelativeVelocity;
        double[] mean =
        [
            relativePositionKm.X * 1000, relativePositionKm.Y * 1000, relativePositionKm.Z * 1000,
            relativeVelocityKmPerSecond.X * 1000, relativeVelocityKmPerSecond.Y * 1000, relativeVelocityKmPerSecond.Z * 1000,
        ];
        double r2 = hardBodyRadiusMeters * hardBodyRadiusMeters;
        double window = options.TimeWindowSeconds;
        var rng = new Xoshiro256StarStar((int)(options.Seed ^ (options.Seed >> 32)), threadSafe: false);
        const int Chunk = 4096;
        var normals = new double[Chunk * size];
        Span<double> x = stackalloc double[6];
        long hits = 0;
        for (long done = 0; done < options.Trials; done += Chunk)
        {
            int count = (int)Math.Min(Chunk, options.Trials - done);
            Normal.Samples(rng, normals, 0.0, 1.0);
            for (int t = 0; t < count; t++)
            {
                int o = t * size;
                for (int i = 0; i < 6; i++) x[i] = mean[i];
                for (int i = 0; i < size; i++)
                {
                    double acc = 0;
                    for (int k = 0; k < size; k++) acc += sqrt[i, k] * normals[o + k];
                    x[i] += acc;
                }

                double vv = x[3] * x[3] + x[4] * x[4] + x[5] * x[5];
                double tca = vv > 0 ? -(x[0] * x[3] + x[1] * x[4] + x[2] * x[5]) / vv : 0;
                if (tca > window) tca = window;
                else if (tca < -window) tca = -window;
                double dx = x[0] + x[3] * tca, dy = x[1] + x[4] * tca, dz = x[2] + x[5] * tca;
                if (dx * dx + dy * dy + dz * dz < r2) hits++;
            }
        }

        long n = options.Trials;
        double lower = hits == 0 ? 0 : Beta.InvCDF(hits, n - hits + 1, 0.025);
        double upper = hits == n ? 1 : Beta.InvCDF(hits + 1, n - hits, 0.975);
        return result with
        {
            Value = (double)hits / n, Hits = hits, Trials = n, ConfidenceLower = lower, ConfidenceUpper = upper,
            Flags = flags, Reason = Describe(flags),
        };
    }

    /// <summary>
    /// Monte Carlo Pc over the plane's relative state and combined position covariance (relative velocity fixed at its
    /// mean). Needs a plane built from states (<see cref="EncounterPlane.FromStates"/> or <see cref="EncounterPlane.FromRelativeState"/>).
    /// </summary>
    /// <param name="plane">Encounter geometry built from states.</param>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius (m).</param>
    /// <param name="options">Trials, seed, time window; null for defaults.</param>
    public static PcResult MonteCarlo(in EncounterPlane plane, double hardBodyRadiusMeters, MonteCarloOptions? options = null)
    {
        if (!plane.IsDefined || plane.RelativeVelocityKmPerSecond == Vector3D.Zero)
        {
            var empty = Empty(PcMethod.MonteCarlo, hardBodyRadiusMeters, plane.MissDistanceKm, plane.RelativeSpeedKmPerSecond);
            PcFlags f = plane.Flags | (plane.RelativeVelocityKmPerSecond == Vector3D.Zero ? PcFlags.ZeroRelativeVelocity : PcFlags.None);
            return empty with { Value = double.NaN, Flags = f, Reason = Describe(f) };
        }

        var c = plane.CombinedCovariance;
        Span<double> cov = [c.C11, c.C12, c.C13, c.C12, c.C22, c.C23, c.C13, c.C23, c.C33];
        var result = MonteCarlo(plane.RelativePositionKm, plane.RelativeVelocityKmPerSecond, cov, hardBodyRadiusMeters, options);
        PcFlags flags = result.Flags | (plane.Flags & ~PcFlags.CovarianceNotPositiveDefinite3D);
        return result with { Flags = flags, Reason = Describe(flags), TcaOffsetSeconds = plane.TcaOffsetSeconds };
    }

    /// <summary>
    /// Foster (circle) Pc of many planes: destination[i] = Pc(planes[i], hardBodyRadiiMeters[i]) (NaN where undefined).
    /// </summary>
    /// <param name="planes">Encounter geometries.</param>
    /// <param name="hardBodyRadiiMeters">One HBR per plane (m), or a single value for all.</param>
    /// <param name="destination">Receives the probabilities.</param>
    /// <exception cref="ArgumentException">The destination is shorter than the planes, or the radii count is neither 1 nor the plane count.</exception>
    public static void Foster(ReadOnlySpan<EncounterPlane> planes, ReadOnlySpan<double> hardBodyRadiiMeters, Span<double> destination)
    {
        Preconditions.CheckDestination(planes.Length, destination.Length, nameof(destination));
        if (hardBodyRadiiMeters.Length != 1 && hardBodyRadiiMeters.Length != planes.Length)
            throw new ArgumentException("Give one HBR, or one per plane.", nameof(hardBodyRadiiMeters));
        for (int i = 0; i < planes.Length; i++)
            destination[i] = Foster(planes[i], hardBodyRadiiMeters[hardBodyRadiiMeters.Length == 1 ? 0 : i]).Value;
    }

    /// <summary>
    /// Maximum of a function of one variable on [lo, hi]: a scan at step 0.05 (the functions here are log-scale
    /// factors, smooth and unimodal in practice, but flat zero far from the peak), then golden-section refinement
    /// (MathNet) around the best sample.
    /// </summary>
    private static (double Argument, double Value) Maximize(Func<double, double> f, double lo, double hi)
    {
        const double Step = 0.05;
        double bestX = lo, best = double.NegativeInfinity;
        for (double x = lo; x <= hi; x += Step)
        {
            double v = f(x);
            if (v > best) { best = v; bestX = x; }
        }

        try
        {
            double refined = FindMinimum.OfScalarFunctionConstrained(x => -f(x), bestX - Step, bestX + Step, 1e-10);
            double v = f(refined);
            if (v > best) return (refined, v);
        }
        catch (MathNet.Numerics.Optimization.OptimizationException)
        {
            // Flat or boundary maximum: keep the scanned value.
        }

        return (bestX, best);
    }

    /// <summary>The plane's covariance in principal axes (remediated) and the miss in those axes.</summary>
    private readonly record struct Principal(
        double U, double W, double SigmaMajor, double SigmaMinor, PcFlags Flags, PcResult Template)
    {
        public double Mahalanobis2 => U * U / (SigmaMajor * SigmaMajor) + W * W / (SigmaMinor * SigmaMinor);

        public PcResult Result(double value, PcFlags flags) =>
            Template with { Value = value, Flags = flags, Reason = Describe(flags) };
    }

    private static bool TryPrincipal(in EncounterPlane plane, double hbr, PcMethod method, out Principal principal, out PcResult failed)
    {
        var template = Empty(method, hbr, plane.MissDistanceKm, plane.RelativeSpeedKmPerSecond) with { TcaOffsetSeconds = plane.TcaOffsetSeconds };
        principal = default;
        failed = default;
        PcFlags flags = plane.Flags;
        if (double.IsNaN(hbr) || hbr < 0)
        {
            failed = Invalid(template, "The HBR must be a non-negative number.") with { Flags = flags | PcFlags.InvalidInput };
            failed = failed with { Reason = Describe(failed.Flags) };
            return false;
        }

        if (!plane.IsDefined)
        {
            failed = template with { Value = double.NaN, Flags = flags, Reason = Describe(flags) };
            return false;
        }

        double a = plane.CovarianceXX, b = plane.CovarianceXZ, c = plane.CovarianceZZ;
        double mean = 0.5 * (a + c);
        double rad = Math.Sqrt(0.25 * (a - c) * (a - c) + b * b);
        double l1 = mean + rad;
        double l2 = l1 > 0 ? (a * c - b * b) / l1 : mean - rad;
        if (!double.IsFinite(l1) || !double.IsFinite(l2) || !(l1 > 0))
        {
            flags |= PcFlags.CovarianceNotRemediable;
            failed = template with { Value = double.NaN, Flags = flags, Reason = Describe(flags) };
            return false;
        }

        double clip = ClipFactor * hbr;
        clip *= clip;
        if (l2 < clip || l2 <= 0)
        {
            flags |= PcFlags.CovarianceRemediated;
            l2 = Math.Max(clip, l1 * 1e-300);
            if (l1 < l2) l1 = l2;
        }

        double phi = 0.5 * Math.Atan2(2 * b, a - c);
        var (sin, cos) = Math.SinCos(phi);
        double u = plane.MissXMeters * cos + plane.MissZMeters * sin;
        double w = -plane.MissXMeters * sin + plane.MissZMeters * cos;
        double s1 = Math.Sqrt(l1), s2 = Math.Sqrt(l2);
        principal = new Principal(u, w, s1, s2, flags, template with { SigmaMajorMeters = s1, SigmaMinorMeters = s2 });
        return true;
    }

    private static PcResult Empty(PcMethod method, double hbr, double missKm, double speed) => new()
    {
        Value = double.NaN, Method = method, HardBodyRadiusMeters = hbr, MissDistanceKm = missKm,
        RelativeSpeedKmPerSecond = speed, SigmaMajorMeters = double.NaN, SigmaMinorMeters = double.NaN,
        MaximizingParameter = double.NaN, ConfidenceLower = double.NaN, ConfidenceUpper = double.NaN,
    };

    private static PcResult Invalid(PcResult template, string reason) =>
        template with { Value = double.NaN, Flags = template.Flags | PcFlags.InvalidInput, Reason = reason };

    /// <summary>The flags in words (null when none).</summary>
    internal static string? Describe(PcFlags flags)
    {
        if (flags == PcFlags.None) return null;
        var sb = new StringBuilder();
        void Add(PcFlags f, string text)
        {
            if ((flags & f) == 0) return;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(text);
        }

        Add(PcFlags.InvalidInput, "Invalid input (non-finite value or negative HBR): Pc is undefined.");
        Add(PcFlags.ZeroRelativeVelocity, "Zero relative velocity: there is no encounter plane, the 2D Pc is undefined.");
        Add(PcFlags.CovarianceNotRemediable, "The encounter-plane covariance has no positive eigenvalue (or is not finite) and cannot be remediated.");
        Add(PcFlags.CovarianceRemediated, "Non-positive-definite encounter-plane covariance: eigenvalues clipped to (1e-4·HBR)².");
        Add(PcFlags.CovarianceNotPositiveDefinite3D, "The combined 3×3 position covariance is not positive definite.");
        Add(PcFlags.IllConditioned, "Chan's series is outside its domain (elongated ellipse or HBR large against the minor sigma): use the Foster method.");
        Add(PcFlags.DegenerateMissDirection, "Zero miss or miss along the relative velocity: plane orientation chosen arbitrarily.");
        Add(PcFlags.LowRelativeVelocity, "Relative speed below 0.5 km/s: the short-encounter assumption is questionable.");
        Add(PcFlags.NotConverged, "The quadrature did not converge to its tolerance.");
        return sb.ToString();
    }
}
