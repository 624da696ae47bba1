using Astro.Debris.Elements;
using Astro.Debris.Propagation;
using Astro.Debris.Time;
using MathNet.Numerics.LinearAlgebra;

namespace Astro.Debris.Breakup;

/// <summary>
/// Inverts SGP4 at epoch: finds SGP4 mean elements (WGS-72, improved mode) whose SGP4 state at t = 0 reproduces a
/// given TEME state — the step that turns a breakup fragment's state into an element set (Orekit's TLE generation).
/// Immutable and safe to share across threads.
/// </summary>
/// <remarks>
/// <para>
/// <b>Fixed point.</b> The unknowns are equinoctial mean elements (a, e·cos ϖ, e·sin ϖ, tan^I(i/2)·cos Ω,
/// tan^I(i/2)·sin Ω, λ = M + ϖ, with ϖ = ω + IΩ and I = −1 for retrograde targets), which stay regular for circular
/// and equatorial orbits. Starting from the osculating elements of the target, each iteration evaluates SGP4 at t = 0,
/// converts that state to osculating equinoctial elements, and adds the difference target − SGP4 (λ wrapped into
/// (−π, π]) to the mean elements. Because SGP4's short-period terms are O(J2), each iteration shrinks the residual by
/// roughly a factor 10³; near-Earth fits typically converge in 4–6 iterations.
/// </para>
/// <para>
/// <b>Least-squares fallback.</b> If the fixed point stalls (the residual stops shrinking), diverges or meets an SGP4
/// error, Levenberg–Marquardt on the six equinoctial unknowns continues from the best iterate, minimising the state
/// residual (position in km, velocity scaled by |r|/|v|) with a forward-difference 6×6 Jacobian.
/// </para>
/// <para>
/// <b>B* and drag.</b> Every SGP4 drag term is multiplied by the time since epoch, so the state at t = 0 does not
/// depend on B*: the six elements are fitted and B* is copied into the result (see <see cref="BStar"/>).
/// </para>
/// <para>
/// <b>Limits.</b> SGP4 raises a mean eccentricity below 10⁻⁶ to 10⁻⁶, so a state whose mean eccentricity would have
/// to be below that cannot be reproduced exactly (residual up to ≈ a·10⁻⁶, a few metres in LEO); such fits end
/// <see cref="FitStatus.NotConverged"/>. Deep-space sets (period ≥ 225 min) are evaluated with the full SDP4
/// initialisation on every iteration and are about a hundred times slower than near-Earth ones. States whose fitted
/// mean period crosses 225 min are handled, but SGP4 itself is discontinuous there.
/// </para>
/// <para>
/// Two regions where SGP4 cannot produce the state at all (measured on random states; such fits end
/// <see cref="FitStatus.NotConverged"/> with the least-squares elements and residuals of metres to kilometres):
/// deep-space orbits with an osculating inclination below about 0.02° — SDP4's low-inclination (Lyddane) branch adds
/// the lunar-solar inclination periodic, up to ~10⁻⁴ rad, to the mean inclination as a scalar, so smaller osculating
/// inclinations are out of reach — and near-Earth orbits within about 0.003° of 180°, where the J3 long-period
/// coefficient's 1/(1 + cos i) blows up. Above 0.03° (deep space) and 179.99° (near Earth) every tested state fitted.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var fit = MeanElementFitter.Default.Fit(fragmentStateTeme, eventEpoch, BStar.FromAreaToMass(0.05));
/// if (fit.IsConverged) Console.WriteLine(TleWriter.Format(fit.Elements! with { CatalogNumber = 90001 }));
/// </code>
/// </example>
public sealed class MeanElementFitter
{
    private readonly double _positionToleranceM = 1e-3;
    private readonly double _velocityToleranceMs = 1e-6;
    private readonly int _maxFixedPoint = 40;
    private readonly int _maxLeastSquares = 60;

    /// <summary>A fitter with the default tolerances (1 mm, 1 µm/s) and iteration limits.</summary>
    public static MeanElementFitter Default { get; } = new();

    /// <summary>Position tolerance at epoch, metres (default 0.001 m). Must be positive.</summary>
    public double PositionToleranceMeters
    {
        get => _positionToleranceM;
        init => _positionToleranceM = value > 0.0 && double.IsFinite(value) ? value
            : throw new ArgumentOutOfRangeException(nameof(PositionToleranceMeters), value, "The tolerance must be positive and finite.");
    }

    /// <summary>Velocity tolerance at epoch, m/s (default 1e-6 m/s). Must be positive.</summary>
    public double VelocityToleranceMetersPerSecond
    {
        get => _velocityToleranceMs;
        init => _velocityToleranceMs = value > 0.0 && double.IsFinite(value) ? value
            : throw new ArgumentOutOfRangeException(nameof(VelocityToleranceMetersPerSecond), value, "The tolerance must be positive and finite.");
    }

    /// <summary>Maximum fixed-point iterations (default 40; 0 goes straight to least squares).</summary>
    public int MaxFixedPointIterations
    {
        get => _maxFixedPoint;
        init => _maxFixedPoint = value >= 0 ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxFixedPointIterations), value, "The limit must not be negative.");
    }

    /// <summary>Maximum Levenberg–Marquardt iterations of the fallback (default 60; 0 disables it).</summary>
    public int MaxLeastSquaresIterations
    {
        get => _maxLeastSquares;
        init => _maxLeastSquares = value >= 0 ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxLeastSquaresIterations), value, "The limit must not be negative.");
    }

    /// <summary>Fits SGP4 mean elements to a TEME state at an epoch.</summary>
    /// <param name="stateTeme">Position (km) and velocity (km/s) in TEME at <paramref name="epoch"/>.</param>
    /// <param name="epoch">The epoch of the state; it becomes the element epoch.</param>
    /// <param name="bStar">B* (1/earth radii) to store in the elements; it does not affect the state at epoch.</param>
    /// <returns>The fit; a state that is not an ellipse (e ≥ 1) gives <see cref="FitStatus.Failed"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A component of the state, or B*, is not finite, or the position is zero.</exception>
    public FitResult Fit(StateVector stateTeme, Epoch epoch, double bStar = 0.0)
    {
        Vector3D r0 = stateTeme.Position, v0 = stateTeme.Velocity;
        if (!(double.IsFinite(r0.X) && double.IsFinite(r0.Y) && double.IsFinite(r0.Z)
              && double.IsFinite(v0.X) && double.IsFinite(v0.Y) && double.IsFinite(v0.Z)))
            throw new ArgumentOutOfRangeException(nameof(stateTeme), stateTeme, "The state must be finite.");
        if (r0.NormSquared == 0.0)
            throw new ArgumentOutOfRangeException(nameof(stateTeme), stateTeme, "The position must not be zero.");
        Preconditions.CheckFinite(bStar, nameof(bStar));

        double rn = r0.Norm, vn = v0.Norm;
        Vector3D h = Vector3D.Cross(r0, v0);
        double energy = 0.5 * v0.NormSquared - KeplerianElements.MuWgs72 / rn;
        if (!(energy < 0.0) || h.NormSquared == 0.0)
            return FailedResult(0, Sgp4Error.MeanEccentricity);

        int fi = h.Z >= 0.0 ? 1 : -1;
        var target = EquinoctialElements.FromState(stateTeme, fi);
        if (!(target.Eccentricity < 1.0))
            return FailedResult(0, Sgp4Error.MeanEccentricity);

        var problem = new Problem(stateTeme, epoch, fi, rn / Math.Max(vn, 1e-12), _positionToleranceM * 1e-3, _velocityToleranceMs * 1e-3);
        var mean = target;
        var best = target;
        double bestCost = double.PositiveInfinity, prevCost = double.PositiveInfinity;
        Sgp4Error lastError = Sgp4Error.None;
        int iterations = 0, slow = 0;
        bool converged = false, evaluateFull = false;
        ElementSet? fullSet = null;
        for (int k = 0; k < _maxFixedPoint; k++)
        {
            iterations++;
            Sgp4Error err;
            Vector3D r, v;
            if (evaluateFull)
            {
                // Predicted to converge: evaluate with the full model, which is also the final verification.
                ToSgp4(mean, out double n, out double e, out double inc, out double raan, out double argp, out double m);
                fullSet = Sgp4AtEpoch.ToElementSet(n, e, inc, raan, argp, m, epoch, bStar);
                err = new Sgp4Model(fullSet, GravityModel.Wgs72, OperationMode.Improved).Propagate(0.0, out r, out v);
            }
            else err = problem.Evaluate(mean, out r, out v);
            if (err is not (Sgp4Error.None or Sgp4Error.Decayed)) { lastError = err; break; }
            double cost = problem.Cost(r, v, out bool within);
            if (cost < bestCost) { bestCost = cost; best = mean; }
            if (within)
            {
                if (evaluateFull) return Verified(fullSet!, r, v, stateTeme, iterations, FitMethod.FixedPoint, err);
                converged = true;
                break;
            }
            // Residual within 100× the tolerances: the next iterate (≈ 10⁻³ of this residual) should meet them.
            evaluateFull = !evaluateFull && problem.Near(r, v, 100.0);
            // Stalled (less than halving twice running) or diverging: hand over to least squares.
            slow = cost > 0.5 * prevCost ? slow + 1 : 0;
            if (slow >= 2 || cost > 1e3 * bestCost || !double.IsFinite(cost)) break;
            prevCost = cost;
            var osc = EquinoctialElements.FromState(new StateVector(r, v), fi);
            mean = new EquinoctialElements(
                mean.SemiMajorAxisKm + (target.SemiMajorAxisKm - osc.SemiMajorAxisKm),
                mean.Ex + (target.Ex - osc.Ex),
                mean.Ey + (target.Ey - osc.Ey),
                mean.Hx + (target.Hx - osc.Hx),
                mean.Hy + (target.Hy - osc.Hy),
                mean.MeanLongitude + EquinoctialElements.WrapDifference(target.MeanLongitude - osc.MeanLongitude),
                fi);
        }

        var method = FitMethod.FixedPoint;
        if (!converged && _maxLeastSquares > 0)
        {
            var start = double.IsFinite(bestCost) ? best : target;
            int lmIterations = problem.LevenbergMarquardt(ref start, _maxLeastSquares, out bool lmConverged, ref lastError);
            iterations += lmIterations;
            double c = problem.Evaluate(start, out var rr, out var vv) is Sgp4Error.None or Sgp4Error.Decayed
                ? problem.Cost(rr, vv, out _) : double.PositiveInfinity;
            if (c < bestCost || lmConverged) { best = start; bestCost = c; method = FitMethod.LeastSquares; }
        }

        if (!double.IsFinite(bestCost)) return FailedResult(iterations, lastError);
        return Verify(best, stateTeme, epoch, bStar, iterations, method);
    }

    /// <summary>Builds the element set and measures the residual with the full SGP4 model, as a propagator would.</summary>
    private FitResult Verify(in EquinoctialElements mean, in StateVector target, Epoch epoch, double bStar, int iterations, FitMethod method)
    {
        ToSgp4(mean, out double n, out double e, out double inc, out double raan, out double argp, out double m);
        var set = Sgp4AtEpoch.ToElementSet(n, e, inc, raan, argp, m, epoch, bStar);
        var model = new Sgp4Model(set, GravityModel.Wgs72, OperationMode.Improved);
        var err = model.Propagate(0.0, out var r, out var v);
        if (err is not (Sgp4Error.None or Sgp4Error.Decayed)) return FailedResult(iterations, err);
        return Verified(set, r, v, target, iterations, method, err);
    }

    private FitResult Verified(ElementSet set, Vector3D r, Vector3D v, in StateVector target, int iterations, FitMethod method, Sgp4Error err)
    {
        double dr = (r - target.Position).Norm * 1e3, dv = (v - target.Velocity).Norm * 1e3;
        var status = dr <= _positionToleranceM && dv <= _velocityToleranceMs ? FitStatus.Converged : FitStatus.NotConverged;
        return new FitResult(status, set, dr, dv, iterations, method, err);
    }

    private static FitResult FailedResult(int iterations, Sgp4Error error) =>
        new(FitStatus.Failed, null, double.PositiveInfinity, double.PositiveInfinity, iterations, FitMethod.FixedPoint, error);

    /// <summary>Mean equinoctial elements → SGP4 inputs (Kozai mean motion rad/min, classical angles).</summary>
    internal static void ToSgp4(in EquinoctialElements mean, out double noKozai, out double e, out double inc,
        out double raan, out double argp, out double m)
    {
        double aEr = mean.SemiMajorAxisKm / KeplerianElements.RadiusWgs72Km;
        noKozai = aEr > 0.0 ? Sgp4AtEpoch.Xke / (aEr * Math.Sqrt(aEr)) : double.NaN;
        mean.ToKeplerian(out e, out inc, out raan, out argp, out m);
    }

    /// <summary>The target state and the residual measure shared by both algorithms.</summary>
    private readonly struct Problem(StateVector target, Epoch epoch, int retrogradeFactor, double velocityScale, double posTolKm, double velTolKms)
    {
        private readonly StateVector _target = target;
        private readonly Epoch _epoch = epoch;
        private readonly int _fi = retrogradeFactor;
        private readonly double _velocityScale = velocityScale; // |r|/|v|, seconds: velocity residual → km
        private readonly double _posTolKm = posTolKm;
        private readonly double _velTolKms = velTolKms;

        public Sgp4Error Evaluate(in EquinoctialElements mean, out Vector3D r, out Vector3D v)
        {
            ToSgp4(mean, out double n, out double e, out double inc, out double raan, out double argp, out double m);
            return Sgp4AtEpoch.Evaluate(n, e, inc, raan, argp, m, _epoch, out r, out v);
        }

        /// <summary>Squared scaled residual (km²); <paramref name="within"/> when both tolerances hold.</summary>
        public double Cost(Vector3D r, Vector3D v, out bool within)
        {
            double dr2 = (r - _target.Position).NormSquared, dv2 = (v - _target.Velocity).NormSquared;
            within = dr2 <= _posTolKm * _posTolKm && dv2 <= _velTolKms * _velTolKms;
            return dr2 + dv2 * _velocityScale * _velocityScale;
        }

        /// <summary>True when both residuals are within <paramref name="factor"/> times the tolerances.</summary>
        public bool Near(Vector3D r, Vector3D v, double factor)
        {
            double p = _posTolKm * factor, q = _velTolKms * factor;
            return (r - _target.Position).NormSquared <= p * p && (v - _target.Velocity).NormSquared <= q * q;
        }

        private bool Residual(in EquinoctialElements mean, Span<double> f)
        {
            var err = Evaluate(mean, out var r, out var v);
            if (err is not (Sgp4Error.None or Sgp4Error.Decayed)) return false;
            Vector3D dr = r - _target.Position, dv = (v - _target.Velocity) * _velocityScale;
            f[0] = dr.X; f[1] = dr.Y; f[2] = dr.Z; f[3] = dv.X; f[4] = dv.Y; f[5] = dv.Z;
            return double.IsFinite(dr.X + dr.Y + dr.Z + dv.X + dv.Y + dv.Z);
        }

        private static EquinoctialElements Add(in EquinoctialElements x, ReadOnlySpan<double> d) =>
            new(x.SemiMajorAxisKm + d[0], x.Ex + d[1], x.Ey + d[2], x.Hx + d[3], x.Hy + d[4], x.MeanLongitude + d[5], x.RetrogradeFactor);

        /// <summary>Levenberg–Marquardt on the six equinoctial unknowns; returns the iterations used.</summary>
        public int LevenbergMarquardt(ref EquinoctialElements x, int maxIterations, out bool converged, ref Sgp4Error lastError)
        {
            converged = false;
            Span<double> f = stackalloc double[6], ft = stackalloc double[6], d = stackalloc double[6];
            if (!Residual(x, f)) return 0;
            double cost = Dot(f, f);
            double lambda = 1e-3;
            var jac = Matrix<double>.Build.Dense(6, 6);
            var rhs = Vector<double>.Build.Dense(6);
            double[] steps = [1e-7 * x.SemiMajorAxisKm, 1e-7, 1e-7, 1e-7, 1e-7, 1e-7];
            int it = 0;
            while (it < maxIterations)
            {
                it++;
                // Forward-difference Jacobian of the residual.
                for (int j = 0; j < 6; j++)
                {
                    d.Clear();
                    d[j] = steps[j];
                    if (!Residual(Add(x, d), ft))
                    {
                        d[j] = -steps[j];
                        if (!Residual(Add(x, d), ft)) { lastError = Sgp4Error.MeanEccentricity; return it; }
                    }
                    for (int i = 0; i < 6; i++) jac[i, j] = (ft[i] - f[i]) / d[j];
                }
                var jt = jac.Transpose();
                var a = jt * jac;
                for (int i = 0; i < 6; i++) rhs[i] = -(jt.Row(i) * Vector<double>.Build.DenseOfArray(f.ToArray()));
                bool improved = false;
                for (int tries = 0; tries < 12 && !improved; tries++)
                {
                    var damped = a.Clone();
                    for (int i = 0; i < 6; i++) damped[i, i] += lambda * Math.Max(a[i, i], 1e-30);
                    var step = damped.Solve(rhs);
                    for (int i = 0; i < 6; i++) d[i] = step[i];
                    var trial = Add(x, d);
                    if (Residual(trial, ft) && Dot(ft, ft) < cost)
                    {
                        x = trial;
                        ft.CopyTo(f);
                        cost = Dot(f, f);
                        lambda = Math.Max(lambda * 0.1, 1e-12);
                        improved = true;
                    }
                    else lambda *= 10.0;
                }
                if (!improved) return it;
                double dr2 = f[0] * f[0] + f[1] * f[1] + f[2] * f[2];
                double dv2 = (f[3] * f[3] + f[4] * f[4] + f[5] * f[5]) / (_velocityScale * _velocityScale);
                if (dr2 <= _posTolKm * _posTolKm && dv2 <= _velTolKms * _velTolKms) { converged = true; return it; }
            }
            return it;
        }

        private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
        {
            double s = 0;
            for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
            return s;
        }
    }
}
