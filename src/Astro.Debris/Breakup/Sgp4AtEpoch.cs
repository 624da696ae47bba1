using Astro.Debris.Elements;
using Astro.Debris.Propagation;
using Astro.Debris.Time;

namespace Astro.Debris.Breakup;

/// <summary>
/// SGP4 (WGS-72, improved mode) evaluated at t = 0 only — the inner loop of the element fitter.
/// </summary>
/// <remarks>
/// At t = 0 every secular and drag term of SGP4 vanishes (they are multiplied by the time since epoch, or are
/// differences of the same expression at epoch and at t), so the near-Earth state depends only on the un-Kozai'd mean
/// motion, the J3 long-period terms, Kepler's equation and the J2 short-period terms of Spacetrack Report #3. This
/// evaluates exactly those, in the order the full model does, skipping the drag and deep-space initialisation that a
/// <see cref="Sgp4Propagator"/> performs; results agree with <c>new Sgp4Propagator(set).Propagate(0)</c> to rounding
/// (tested). Deep-space sets (period ≥ 225 min) go through the full model because the lunar-solar periodics at epoch
/// need its initialisation.
/// </remarks>
internal static class Sgp4AtEpoch
{
    private static readonly GravityConstants Grav = GravityConstants.Get(GravityModel.Wgs72);
    private const double TwoPi = 2.0 * Math.PI;
    /// <summary>Minutes per day over 2π: rev/day ↔ rad/min.</summary>
    internal const double RevPerDayPerRadPerMin = 1440.0 / TwoPi;

    /// <summary>xke of WGS-72, 1/min (earth radii, minutes).</summary>
    internal static double Xke => Grav.Xke;

    /// <summary>Evaluates SGP4 at epoch for mean elements (Kozai mean motion in rad/min, angles in radians).</summary>
    /// <returns>The SGP4 error code; on errors 1–4 the outputs are NaN.</returns>
    internal static Sgp4Error Evaluate(double noKozai, double ecco, double inclo, double nodeo, double argpo, double mo,
        Epoch epoch, out Vector3D r, out Vector3D v)
    {
        if (!(ecco >= -0.001 && ecco < 1.0)) { r = v = Nan; return Sgp4Error.MeanEccentricity; }
        if (!(noKozai > 0.0)) { r = v = Nan; return Sgp4Error.MeanMotion; }
        double xke = Grav.Xke, j2 = Grav.J2, j3oj2 = Grav.J3OverJ2;

        // Un-Kozai the mean motion (initl).
        double eccsq = ecco * ecco;
        double omeosq = 1.0 - eccsq;
        double rteosq = Math.Sqrt(omeosq);
        var (sinio, cosio) = Math.SinCos(inclo);
        double cosio2 = cosio * cosio;
        double q0 = xke / noKozai;
        double ak = Math.Cbrt(q0 * q0);
        double d1 = 0.75 * j2 * (3.0 * cosio2 - 1.0) / (rteosq * omeosq);
        double del = d1 / (ak * ak);
        double adel = ak * (1.0 - del * del - del * (1.0 / 3.0 + 134.0 * del * del / 81.0));
        del = d1 / (adel * adel);
        double no = noKozai / (1.0 + del);
        if (TwoPi / no >= 225.0)
            return EvaluateFullModel(noKozai, ecco, inclo, nodeo, argpo, mo, epoch, out r, out v);

        // Epoch values of the secular quantities (tempa = 1, tempe = 0, templ = 0 at t = 0).
        double q = xke / no;
        double am = Math.Cbrt(q * q);
        double nm = xke / (am * Math.Sqrt(am));
        double em = ecco < 1.0e-6 ? 1.0e-6 : ecco;
        double con42 = 1.0 - 5.0 * cosio2;
        double con41 = -con42 - cosio2 - cosio2;
        double x1mth2 = 1.0 - cosio2;
        double x7thm1 = 7.0 * cosio2 - 1.0;
        double aycof = -0.5 * j3oj2 * sinio;
        double xlcof = Math.Abs(cosio + 1.0) > 1.5e-12
            ? -0.25 * j3oj2 * sinio * (3.0 + 5.0 * cosio) / (1.0 + cosio)
            : -0.25 * j3oj2 * sinio * (3.0 + 5.0 * cosio) / 1.5e-12;

        // The mean angles as the model reduces them at t = 0, then the periodics and the state it shares.
        double nodem = Sgp4Model.Mod2Pi(nodeo);
        double argpm = Sgp4Model.Mod2Pi(argpo);
        double xlm = Sgp4Model.Mod2Pi(mo + argpo + nodeo);
        double mm = Sgp4Model.Mod2Pi(xlm - argpm - nodem);
        return Sgp4Model.PeriodicState(in Grav, am, nm, em, inclo, argpm, nodem, mm, sinio, cosio, aycof, xlcof, con41, x1mth2, x7thm1, out r, out v);
    }

    /// <summary>The full SGP4/SDP4 model at t = 0 (used for deep-space sets).</summary>
    internal static Sgp4Error EvaluateFullModel(double noKozai, double ecco, double inclo, double nodeo, double argpo, double mo,
        Epoch epoch, out Vector3D r, out Vector3D v)
    {
        var set = ToElementSet(noKozai, ecco, inclo, nodeo, argpo, mo, epoch, 0.0);
        var model = new Sgp4Model(set, GravityModel.Wgs72, OperationMode.Improved);
        return model.Propagate(0.0, out r, out v);
    }

    /// <summary>An element set (catalogue number 0, no name) holding these mean elements.</summary>
    internal static ElementSet ToElementSet(double noKozai, double ecco, double inclo, double nodeo, double argpo, double mo,
        Epoch epoch, double bStar) => new()
    {
        CatalogNumber = 0,
        Epoch = epoch,
        BStar = bStar,
        Inclination = inclo,
        RightAscensionOfAscendingNode = nodeo,
        Eccentricity = ecco,
        ArgumentOfPerigee = argpo,
        MeanAnomaly = mo,
        MeanMotion = noKozai * RevPerDayPerRadPerMin,
    };


    private static readonly Vector3D Nan = new(double.NaN, double.NaN, double.NaN);
}
