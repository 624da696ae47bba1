namespace Astro.Debris.Breakup;

/// <summary>
/// Osculating (two-body) Keplerian elements of a TEME state: semi-major axis (km), eccentricity, inclination,
/// right ascension of the ascending node, argument of perigee, true and mean anomaly (radians).
/// Written from the classical vector relations (angular-momentum and eccentricity vectors). Used to classify
/// fragments and to build first guesses; not SGP4 mean elements.
/// </summary>
/// <remarks>
/// Conventions on the singular surfaces: for a circular orbit (e &lt; 1e-12) the argument of perigee is 0 and the
/// anomalies are measured from the node; for an equatorial orbit (sin i &lt; 1e-12) the node is 0 and the argument
/// of perigee is measured from the x axis. Hyperbolic and parabolic states have a negative or infinite semi-major
/// axis and a NaN mean anomaly.
/// </remarks>
internal readonly record struct KeplerianElements(
    double SemiMajorAxisKm,
    double Eccentricity,
    double Inclination,
    double RightAscensionOfAscendingNode,
    double ArgumentOfPerigee,
    double TrueAnomaly,
    double MeanAnomaly)
{
    /// <summary>WGS-72 gravitational parameter, km³/s² (what TLEs are fitted with).</summary>
    internal const double MuWgs72 = 398600.8;

    /// <summary>WGS-72 equatorial radius, km.</summary>
    internal const double RadiusWgs72Km = 6378.135;

    private const double TwoPi = 2.0 * Math.PI;
    private const double Tiny = 1e-12;

    /// <summary>Perigee radius a(1 − e), km (elliptic orbits).</summary>
    internal double PerigeeRadiusKm => SemiMajorAxisKm * (1.0 - Eccentricity);

    /// <summary>Osculating elements of a state (km, km/s) for the gravitational parameter <paramref name="mu"/> (km³/s²).</summary>
    internal static KeplerianElements FromState(in StateVector state, double mu = MuWgs72)
    {
        Vector3D r = state.Position, v = state.Velocity;
        double rn = r.Norm;
        Vector3D h = Vector3D.Cross(r, v);
        double hn = h.Norm;
        double rv = Vector3D.Dot(r, v);
        Vector3D ev = ((v.NormSquared - mu / rn) * r - rv * v) / mu;
        double e = ev.Norm;
        double energy = 0.5 * v.NormSquared - mu / rn;
        double a = -mu / (2.0 * energy);
        double inc = Math.Acos(Math.Clamp(h.Z / hn, -1.0, 1.0));
        Vector3D node = new(-h.Y, h.X, 0.0);
        double nn = node.Norm;
        bool equatorial = nn < Tiny * hn;
        bool circular = e < Tiny;

        double raan = equatorial ? 0.0 : Wrap(Math.Atan2(node.Y, node.X));
        // In-plane reference direction: the node line, or the x axis for an equatorial orbit.
        Vector3D p1 = equatorial ? new Vector3D(1, 0, 0) : node / nn;
        Vector3D p2 = Vector3D.Cross(h / hn, p1);
        double argp = circular ? 0.0 : Wrap(Math.Atan2(Vector3D.Dot(ev, p2), Vector3D.Dot(ev, p1)));
        double u = Math.Atan2(Vector3D.Dot(r, p2), Vector3D.Dot(r, p1));
        double nu = Wrap(u - argp);
        double m = double.NaN;
        if (e < 1.0)
        {
            double ea = 2.0 * Math.Atan2(Math.Sqrt(1.0 - e) * Math.Sin(0.5 * nu), Math.Sqrt(1.0 + e) * Math.Cos(0.5 * nu));
            m = Wrap(ea - e * Math.Sin(ea));
        }
        return new KeplerianElements(a, e, inc, raan, argp, nu, m);
    }

    /// <summary>The state (km, km/s) of elliptic elements, using the true anomaly.</summary>
    internal StateVector ToState(double mu = MuWgs72)
    {
        double e = Eccentricity;
        double p = SemiMajorAxisKm * (1.0 - e * e);
        var (sn, cn) = Math.SinCos(TrueAnomaly);
        double rn = p / (1.0 + e * cn);
        double sqrtMuOverP = Math.Sqrt(mu / p);
        // Perifocal frame.
        double xp = rn * cn, yp = rn * sn;
        double vxp = -sqrtMuOverP * sn, vyp = sqrtMuOverP * (e + cn);
        var (so, co) = Math.SinCos(RightAscensionOfAscendingNode);
        var (sw, cw) = Math.SinCos(ArgumentOfPerigee);
        var (si, ci) = Math.SinCos(Inclination);
        Vector3D pHat = new(co * cw - so * sw * ci, so * cw + co * sw * ci, sw * si);
        Vector3D qHat = new(-co * sw - so * cw * ci, -so * sw + co * cw * ci, cw * si);
        return new StateVector(xp * pHat + yp * qHat, vxp * pHat + vyp * qHat);
    }

    /// <summary>Elliptic elements from a mean anomaly (Kepler's equation solved by Newton's method).</summary>
    internal static KeplerianElements FromMeanAnomaly(double aKm, double e, double inc, double raan, double argp, double meanAnomaly)
    {
        double m = Wrap(meanAnomaly);
        double ea = e < 0.8 ? m : Math.PI;
        for (int k = 0; k < 50; k++)
        {
            double f = ea - e * Math.Sin(ea) - m;
            double d = f / (1.0 - e * Math.Cos(ea));
            ea -= d;
            if (Math.Abs(d) < 1e-15) break;
        }
        double nu = 2.0 * Math.Atan2(Math.Sqrt(1.0 + e) * Math.Sin(0.5 * ea), Math.Sqrt(1.0 - e) * Math.Cos(0.5 * ea));
        return new KeplerianElements(aKm, e, inc, raan, argp, Wrap(nu), m);
    }

    /// <summary>Wraps an angle into [0, 2π).</summary>
    internal static double Wrap(double angle)
    {
        double x = angle % TwoPi;
        if (x < 0.0) x += TwoPi;
        return x >= TwoPi ? 0.0 : x;
    }
}
