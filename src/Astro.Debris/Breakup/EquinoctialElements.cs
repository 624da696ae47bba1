namespace Astro.Debris.Breakup;

/// <summary>
/// Equinoctial elements (Broucke &amp; Cefola 1972) with a retrograde factor I = ±1, non-singular for circular and
/// equatorial orbits (I = +1: singular only at i = 180°; I = −1: only at i = 0):
/// a; ex = e·cos(ω + IΩ), ey = e·sin(ω + IΩ); hx = tan^I(i/2)·cos Ω, hy = tan^I(i/2)·sin Ω; λ = M + ω + IΩ (mean longitude).
/// The fitter iterates on these, so that near-circular and near-equatorial fragments need no special cases.
/// </summary>
internal readonly record struct EquinoctialElements(
    double SemiMajorAxisKm, double Ex, double Ey, double Hx, double Hy, double MeanLongitude, int RetrogradeFactor)
{
    private const double TwoPi = 2.0 * Math.PI;

    /// <summary>Eccentricity √(ex² + ey²).</summary>
    internal double Eccentricity => Math.Sqrt(Ex * Ex + Ey * Ey);

    /// <summary>
    /// Osculating equinoctial elements of a state (km, km/s). The mean longitude comes from the eccentric longitude F
    /// (λ = F − ex·sin F + ey·cos F), computed from the position in the equinoctial frame without dividing by e.
    /// Elliptic states only; for e ≥ 1 the result is NaN.
    /// </summary>
    internal static EquinoctialElements FromState(in StateVector state, int retrogradeFactor, double mu = KeplerianElements.MuWgs72)
    {
        Vector3D r = state.Position, v = state.Velocity;
        double rn = r.Norm;
        double a = 1.0 / (2.0 / rn - v.NormSquared / mu);
        Vector3D h = Vector3D.Cross(r, v);
        Vector3D w = h / h.Norm;
        int fi = retrogradeFactor;
        double den = 1.0 + fi * w.Z;
        double p = w.X / den;   // tan^I(i/2) sin Ω
        double q = -w.Y / den;  // tan^I(i/2) cos Ω
        Frame(p, q, fi, out Vector3D f, out Vector3D g);
        Vector3D ev = ((v.NormSquared - mu / rn) * r - Vector3D.Dot(r, v) * v) / mu;
        double ex = Vector3D.Dot(ev, f), ey = Vector3D.Dot(ev, g);
        double x = Vector3D.Dot(r, f), y = Vector3D.Dot(r, g);
        double e2 = ex * ex + ey * ey;
        double s = Math.Sqrt(1.0 - e2);
        double beta = 1.0 / (1.0 + s);
        double cosF = ex + ((1.0 - ex * ex * beta) * x - ex * ey * beta * y) / (a * s);
        double sinF = ey + ((1.0 - ey * ey * beta) * y - ex * ey * beta * x) / (a * s);
        double bigF = Math.Atan2(sinF, cosF);
        double lambda = bigF - ex * sinF + ey * cosF;
        return new EquinoctialElements(a, ex, ey, q, p, lambda, fi);
    }

    /// <summary>The unit vectors f and g of the equinoctial frame for p = tan^I(i/2) sin Ω, q = tan^I(i/2) cos Ω.</summary>
    internal static void Frame(double p, double q, int fi, out Vector3D f, out Vector3D g)
    {
        double k = 1.0 / (1.0 + p * p + q * q);
        f = new Vector3D((1.0 - p * p + q * q) * k, 2.0 * p * q * k, -2.0 * fi * p * k);
        g = new Vector3D(2.0 * fi * p * q * k, (1.0 + p * p - q * q) * fi * k, 2.0 * q * k);
    }

    /// <summary>Equinoctial elements of classical ones (a km, e, i, Ω, ω, M).</summary>
    internal static EquinoctialElements FromKeplerian(double aKm, double e, double inc, double raan, double argp, double meanAnomaly, int retrogradeFactor)
    {
        int fi = retrogradeFactor;
        double lonPeri = argp + fi * raan;
        double t = fi > 0 ? Math.Tan(0.5 * inc) : 1.0 / Math.Tan(0.5 * inc);
        return new EquinoctialElements(aKm, e * Math.Cos(lonPeri), e * Math.Sin(lonPeri),
            t * Math.Cos(raan), t * Math.Sin(raan), meanAnomaly + lonPeri, fi);
    }

    /// <summary>Classical angles: e, i, Ω, ω and M, each angle wrapped into [0, 2π) (i in [0, π]).</summary>
    internal void ToKeplerian(out double e, out double inc, out double raan, out double argp, out double meanAnomaly)
    {
        int fi = RetrogradeFactor;
        e = Math.Sqrt(Ex * Ex + Ey * Ey);
        double lonPeri = e > 0.0 ? Math.Atan2(Ey, Ex) : 0.0;
        double t = Math.Sqrt(Hx * Hx + Hy * Hy);
        raan = t > 0.0 ? Math.Atan2(Hy, Hx) : 0.0;
        inc = fi > 0 ? 2.0 * Math.Atan(t) : Math.PI - 2.0 * Math.Atan(t);
        argp = KeplerianElements.Wrap(lonPeri - fi * raan);
        meanAnomaly = KeplerianElements.Wrap(MeanLongitude - lonPeri);
        raan = KeplerianElements.Wrap(raan);
    }

    /// <summary>Wraps an angle difference into (−π, π].</summary>
    internal static double WrapDifference(double d)
    {
        d %= TwoPi;
        if (d > Math.PI) d -= TwoPi;
        else if (d <= -Math.PI) d += TwoPi;
        return d;
    }
}
