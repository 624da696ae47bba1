using Astro.Debris.Elements;
using Astro.Debris.Time;

namespace Astro.Debris.Propagation;

/// <summary>
/// The SGP4/SDP4 model: initialisation (all epoch-derived coefficients) and evaluation at a time since epoch.
/// Written from Hoots &amp; Roehrich, Spacetrack Report #3 (1980), with the corrections of Vallado, Crawford,
/// Hujsak &amp; Kelso, "Revisiting Spacetrack Report #3", AIAA 2006-6753. The order of floating-point operations
/// follows the published equations as the reference implementation evaluates them, so that results agree with
/// it to rounding. Immutable after construction: the deep-space resonance integrator restarts from epoch on every
/// call (it steps on the fixed 720-minute grid, so this gives the same numbers as the reference's cached state).
/// Field names follow the symbols of the papers.
/// </summary>
internal sealed class Sgp4Model
{
    private const double TwoPi = 2.0 * Math.PI;
    private const double X2o3 = 2.0 / 3.0;
    private const double Temp4 = 1.5e-12;

    // Deep-space constants (lunar-solar), Spacetrack Report #3.
    private const double Zns = 1.19459e-5, Zes = 0.01675, Znl = 1.5835218e-4, Zel = 0.05490;
    private const double Rptim = 4.37526908801129966e-3; // earth rotation, rad/min
    // Resonance constants.
    private const double Q22 = 1.7891679e-6, Q31 = 2.1460748e-6, Q33 = 2.2123015e-7;
    private const double Root22 = 1.7891679e-6, Root44 = 7.3636953e-9, Root54 = 2.1765803e-9;
    private const double Root32 = 3.7393792e-7, Root52 = 1.1428639e-7;
    private const double Fasx2 = 0.13130908, Fasx4 = 2.8843198, Fasx6 = 0.37448087;
    private const double G22 = 5.7686396, G32 = 0.95240898, G44 = 1.8014998, G52 = 1.0508330, G54 = 4.4108898;
    private const double StepP = 720.0, StepN = -720.0, Step2 = 259200.0;

    internal readonly GravityConstants Grav;
    internal readonly OperationMode Mode;

    // Mean elements at epoch.
    internal readonly double Bstar, Ecco, Argpo, Inclo, Mo, NoKozai, Nodeo, NoUnkozai;
    internal readonly double Epoch1950; // days since 1949-12-31 00:00 UT
    internal readonly Epoch ElementEpoch;
    internal readonly double Gsto;

    // Near-earth coefficients.
    internal readonly bool IsDeepSpace;
    internal readonly bool Isimp;
    internal readonly double Aycof, Con41, Cc1, Cc4, Cc5, D2, D3, D4, Delmo, Eta, Argpdot, Omgcof, Sinmao;
    internal readonly double T2cof, T3cof, T4cof, T5cof, X1mth2, X7thm1, Mdot, Nodedot, Xlcof, Xmcof, Nodecf;

    // Deep-space coefficients.
    internal readonly int Irez;
    internal readonly double D2201, D2211, D3210, D3222, D4410, D4422, D5220, D5232, D5421, D5433;
    internal readonly double Dedt, Del1, Del2, Del3, Didt, Dmdt, Dnodt, Domdt;
    internal readonly double E3, Ee2, Peo, Pgho, Pho, Pinco, Plo, Se2, Se3, Sgh2, Sgh3, Sgh4, Sh2, Sh3, Si2, Si3, Sl2, Sl3, Sl4;
    internal readonly double Xfact, Xgh2, Xgh3, Xgh4, Xh2, Xh3, Xi2, Xi3, Xl2, Xl3, Xl4, Xlamo, Zmol, Zmos;

    /// <summary>Error raised by the evaluation at epoch during initialisation (0 when fine).</summary>
    internal readonly Sgp4Error InitError;

    internal Sgp4Model(ElementSet elements, GravityModel gravity, OperationMode mode)
    {
        Grav = GravityConstants.Get(gravity);
        Mode = mode;
        const double xpdotp = 1440.0 / (2.0 * Math.PI);
        Bstar = elements.BStar;
        Ecco = elements.Eccentricity;
        Argpo = elements.ArgumentOfPerigee;
        Inclo = elements.Inclination;
        Mo = elements.MeanAnomaly;
        NoKozai = elements.MeanMotion / xpdotp;
        Nodeo = elements.RightAscensionOfAscendingNode;
        ElementEpoch = elements.Epoch;
        Epoch1950 = (elements.Epoch.JulianDayMidnight + elements.Epoch.DayFraction) - Time.Epoch.Sgp4EpochOrigin;

        double radius = Grav.RadiusEarthKm, j2 = Grav.J2, j4 = Grav.J4, j3oj2 = Grav.J3OverJ2, xke = Grav.Xke;
        double ss = 78.0 / radius + 1.0;
        double qzms2ttemp = (120.0 - 78.0) / radius;
        double qzms2t = qzms2ttemp * qzms2ttemp * qzms2ttemp * qzms2ttemp;

        // ---- initl: un-Kozai the mean motion, epoch quantities.
        double eccsq = Ecco * Ecco;
        double omeosq = 1.0 - eccsq;
        double rteosq = Math.Sqrt(omeosq);
        double cosio = Math.Cos(Inclo);
        double cosio2 = cosio * cosio;
        double ak = Math.Pow(xke / NoKozai, X2o3);
        double d1 = 0.75 * j2 * (3.0 * cosio2 - 1.0) / (rteosq * omeosq);
        double del = d1 / (ak * ak);
        double adel = ak * (1.0 - del * del - del * (1.0 / 3.0 + 134.0 * del * del / 81.0));
        del = d1 / (adel * adel);
        NoUnkozai = NoKozai / (1.0 + del);
        double ao = Math.Pow(xke / NoUnkozai, X2o3);
        double sinio = Math.Sin(Inclo);
        double po = ao * omeosq;
        double con42 = 1.0 - 5.0 * cosio2;
        Con41 = -con42 - cosio2 - cosio2;
        double posq = po * po;
        double rp = ao * (1.0 - Ecco);
        Gsto = SiderealTime.Gmst82(Epoch1950 + Time.Epoch.Sgp4EpochOrigin);

        if (omeosq >= 0.0 || NoUnkozai >= 0.0)
        {
            Isimp = rp < (220.0 / radius + 1.0);
            double sfour = ss;
            double qzms24 = qzms2t;
            double perige = (rp - 1.0) * radius;
            // Perigee below 156 km: adjust s and q0-s (Spacetrack Report #3).
            if (perige < 156.0)
            {
                sfour = perige - 78.0;
                if (perige < 98.0) sfour = 20.0;
                double qt = (120.0 - sfour) / radius;
                qzms24 = qt * qt * qt * qt;
                sfour = sfour / radius + 1.0;
            }
            double pinvsq = 1.0 / posq;
            double tsi = 1.0 / (ao - sfour);
            Eta = ao * Ecco * tsi;
            double etasq = Eta * Eta;
            double eeta = Ecco * Eta;
            double psisq = Math.Abs(1.0 - etasq);
            double coef = qzms24 * Math.Pow(tsi, 4.0);
            double coef1 = coef / Math.Pow(psisq, 3.5);
            double cc2 = coef1 * NoUnkozai * (ao * (1.0 + 1.5 * etasq + eeta * (4.0 + etasq))
                        + 0.375 * j2 * tsi / psisq * Con41 * (8.0 + 3.0 * etasq * (8.0 + etasq)));
            Cc1 = Bstar * cc2;
            double cc3 = 0.0;
            if (Ecco > 1.0e-4) cc3 = -2.0 * coef * tsi * j3oj2 * NoUnkozai * sinio / Ecco;
            X1mth2 = 1.0 - cosio2;
            Cc4 = 2.0 * NoUnkozai * coef1 * ao * omeosq * (Eta * (2.0 + 0.5 * etasq) + Ecco * (0.5 + 2.0 * etasq)
                  - j2 * tsi / (ao * psisq) * (-3.0 * Con41 * (1.0 - 2.0 * eeta + etasq * (1.5 - 0.5 * eeta))
                  + 0.75 * X1mth2 * (2.0 * etasq - eeta * (1.0 + etasq)) * Math.Cos(2.0 * Argpo)));
            Cc5 = 2.0 * coef1 * ao * omeosq * (1.0 + 2.75 * (etasq + eeta) + eeta * etasq);
            double cosio4 = cosio2 * cosio2;
            double temp1 = 1.5 * j2 * pinvsq * NoUnkozai;
            double temp2 = 0.5 * temp1 * j2 * pinvsq;
            double temp3 = -0.46875 * j4 * pinvsq * pinvsq * NoUnkozai;
            Mdot = NoUnkozai + 0.5 * temp1 * rteosq * Con41 + 0.0625 * temp2 * rteosq * (13.0 - 78.0 * cosio2 + 137.0 * cosio4);
            Argpdot = -0.5 * temp1 * con42 + 0.0625 * temp2 * (7.0 - 114.0 * cosio2 + 395.0 * cosio4)
                      + temp3 * (3.0 - 36.0 * cosio2 + 49.0 * cosio4);
            double xhdot1 = -temp1 * cosio;
            Nodedot = xhdot1 + (0.5 * temp2 * (4.0 - 19.0 * cosio2) + 2.0 * temp3 * (3.0 - 7.0 * cosio2)) * cosio;
            double xpidot = Argpdot + Nodedot;
            Omgcof = Bstar * cc3 * Math.Cos(Argpo);
            Xmcof = 0.0;
            if (Ecco > 1.0e-4) Xmcof = -X2o3 * coef * Bstar / eeta;
            Nodecf = 3.5 * omeosq * xhdot1 * Cc1;
            T2cof = 1.5 * Cc1;
            // Guard the division for inclination 180°.
            Xlcof = Math.Abs(cosio + 1.0) > 1.5e-12
                ? -0.25 * j3oj2 * sinio * (3.0 + 5.0 * cosio) / (1.0 + cosio)
                : -0.25 * j3oj2 * sinio * (3.0 + 5.0 * cosio) / Temp4;
            Aycof = -0.5 * j3oj2 * sinio;
            double delmotemp = 1.0 + Eta * Math.Cos(Mo);
            Delmo = delmotemp * delmotemp * delmotemp;
            Sinmao = Math.Sin(Mo);
            X7thm1 = 7.0 * cosio2 - 1.0;

            // ---- Deep space (period ≥ 225 min).
            if (TwoPi / NoUnkozai >= 225.0)
            {
                IsDeepSpace = true;
                Isimp = true;
                var ds = DeepSpaceCommon(Epoch1950, Ecco, Argpo, 0.0, Inclo, Nodeo, NoUnkozai);
                E3 = ds.E3; Ee2 = ds.Ee2; Peo = 0; Pgho = 0; Pho = 0; Pinco = 0; Plo = 0;
                Se2 = ds.Se2; Se3 = ds.Se3; Sgh2 = ds.Sgh2; Sgh3 = ds.Sgh3; Sgh4 = ds.Sgh4; Sh2 = ds.Sh2; Sh3 = ds.Sh3;
                Si2 = ds.Si2; Si3 = ds.Si3; Sl2 = ds.Sl2; Sl3 = ds.Sl3; Sl4 = ds.Sl4;
                Xgh2 = ds.Xgh2; Xgh3 = ds.Xgh3; Xgh4 = ds.Xgh4; Xh2 = ds.Xh2; Xh3 = ds.Xh3;
                Xi2 = ds.Xi2; Xi3 = ds.Xi3; Xl2 = ds.Xl2; Xl3 = ds.Xl3; Xl4 = ds.Xl4;
                Zmol = ds.Zmol; Zmos = ds.Zmos;

                // ---- dsinit: secular lunar-solar rates and resonance set-up.
                double nm = ds.Nm, em = ds.Em, emsq = ds.Emsq, sinim = ds.Sinim, cosim = ds.Cosim, inclm = Inclo;
                Irez = 0;
                if (nm < 0.0052359877 && nm > 0.0034906585) Irez = 1;
                if (nm >= 8.26e-3 && nm <= 9.24e-3 && em >= 0.5) Irez = 2;

                double ses = ds.Ss1 * Zns * ds.Ss5;
                double sis = ds.Ss2 * Zns * (ds.Sz11 + ds.Sz13);
                double sls = -Zns * ds.Ss3 * (ds.Sz1 + ds.Sz3 - 14.0 - 6.0 * emsq);
                double sghs = ds.Ss4 * Zns * (ds.Sz31 + ds.Sz33 - 6.0);
                double shs = -Zns * ds.Ss2 * (ds.Sz21 + ds.Sz23);
                if (inclm < 5.2359877e-2 || inclm > Math.PI - 5.2359877e-2) shs = 0.0;
                if (sinim != 0.0) shs /= sinim;
                double sgs = sghs - cosim * shs;

                Dedt = ses + ds.S1 * Znl * ds.S5;
                Didt = sis + ds.S2 * Znl * (ds.Z11 + ds.Z13);
                Dmdt = sls - Znl * ds.S3 * (ds.Z1 + ds.Z3 - 14.0 - 6.0 * emsq);
                double sghl = ds.S4 * Znl * (ds.Z31 + ds.Z33 - 6.0);
                double shll = -Znl * ds.S2 * (ds.Z21 + ds.Z23);
                if (inclm < 5.2359877e-2 || inclm > Math.PI - 5.2359877e-2) shll = 0.0;
                Domdt = sgs + sghl;
                Dnodt = shs;
                if (sinim != 0.0)
                {
                    Domdt -= cosim / sinim * shll;
                    Dnodt += shll / sinim;
                }

                double theta = (Gsto + 0.0 * Rptim) % TwoPi;
                if (Irez != 0)
                {
                    double aonv = Math.Pow(nm / xke, X2o3);
                    if (Irez == 2)
                    {
                        // Half-day (12 h) geopotential resonance.
                        double cosisq = cosim * cosim;
                        double e = Ecco, esq = eccsq;
                        double eoc = e * esq;
                        double g201 = -0.306 - (e - 0.64) * 0.440;
                        double g211, g310, g322, g410, g422, g520, g533, g521, g532;
                        if (e <= 0.65)
                        {
                            g211 = 3.616 - 13.2470 * e + 16.2900 * esq;
                            g310 = -19.302 + 117.3900 * e - 228.4190 * esq + 156.5910 * eoc;
                            g322 = -18.9068 + 109.7927 * e - 214.6334 * esq + 146.5816 * eoc;
                            g410 = -41.122 + 242.6940 * e - 471.0940 * esq + 313.9530 * eoc;
                            g422 = -146.407 + 841.8800 * e - 1629.014 * esq + 1083.4350 * eoc;
                            g520 = -532.114 + 3017.977 * e - 5740.032 * esq + 3708.2760 * eoc;
                        }
                        else
                        {
                            g211 = -72.099 + 331.819 * e - 508.738 * esq + 266.724 * eoc;
                            g310 = -346.844 + 1582.851 * e - 2415.925 * esq + 1246.113 * eoc;
                            g322 = -342.585 + 1554.908 * e - 2366.899 * esq + 1215.972 * eoc;
                            g410 = -1052.797 + 4758.686 * e - 7193.992 * esq + 3651.957 * eoc;
                            g422 = -3581.690 + 16178.110 * e - 24462.770 * esq + 12422.520 * eoc;
                            g520 = e > 0.715
                                ? -5149.66 + 29936.92 * e - 54087.36 * esq + 31324.56 * eoc
                                : 1464.74 - 4664.75 * e + 3763.64 * esq;
                        }
                        if (e < 0.7)
                        {
                            g533 = -919.22770 + 4988.6100 * e - 9064.7700 * esq + 5542.21 * eoc;
                            g521 = -822.71072 + 4568.6173 * e - 8491.4146 * esq + 5337.524 * eoc;
                            g532 = -853.66600 + 4690.2500 * e - 8624.7700 * esq + 5341.4 * eoc;
                        }
                        else
                        {
                            g533 = -37995.780 + 161616.52 * e - 229838.20 * esq + 109377.94 * eoc;
                            g521 = -51752.104 + 218913.95 * e - 309468.16 * esq + 146349.42 * eoc;
                            g532 = -40023.880 + 170470.89 * e - 242699.48 * esq + 115605.82 * eoc;
                        }
                        double sini2 = sinim * sinim;
                        double f220 = 0.75 * (1.0 + 2.0 * cosim + cosisq);
                        double f221 = 1.5 * sini2;
                        double f321 = 1.875 * sinim * (1.0 - 2.0 * cosim - 3.0 * cosisq);
                        double f322 = -1.875 * sinim * (1.0 + 2.0 * cosim - 3.0 * cosisq);
                        double f441 = 35.0 * sini2 * f220;
                        double f442 = 39.3750 * sini2 * sini2;
                        double f522 = 9.84375 * sinim * (sini2 * (1.0 - 2.0 * cosim - 5.0 * cosisq)
                                      + 0.33333333 * (-2.0 + 4.0 * cosim + 6.0 * cosisq));
                        double f523 = sinim * (4.92187512 * sini2 * (-2.0 - 4.0 * cosim + 10.0 * cosisq)
                                      + 6.56250012 * (1.0 + 2.0 * cosim - 3.0 * cosisq));
                        double f542 = 29.53125 * sinim * (2.0 - 8.0 * cosim + cosisq * (-12.0 + 8.0 * cosim + 10.0 * cosisq));
                        double f543 = 29.53125 * sinim * (-2.0 - 8.0 * cosim + cosisq * (12.0 + 8.0 * cosim - 10.0 * cosisq));
                        double xno2 = nm * nm;
                        double ainv2 = aonv * aonv;
                        double t1 = 3.0 * xno2 * ainv2;
                        double t = t1 * Root22;
                        D2201 = t * f220 * g201;
                        D2211 = t * f221 * g211;
                        t1 *= aonv;
                        t = t1 * Root32;
                        D3210 = t * f321 * g310;
                        D3222 = t * f322 * g322;
                        t1 *= aonv;
                        t = 2.0 * t1 * Root44;
                        D4410 = t * f441 * g410;
                        D4422 = t * f442 * g422;
                        t1 *= aonv;
                        t = t1 * Root52;
                        D5220 = t * f522 * g520;
                        D5232 = t * f523 * g532;
                        t = 2.0 * t1 * Root54;
                        D5421 = t * f542 * g521;
                        D5433 = t * f543 * g533;
                        Xlamo = (Mo + Nodeo + Nodeo - theta - theta) % TwoPi;
                        Xfact = Mdot + Dmdt + 2.0 * (Nodedot + Dnodt - Rptim) - NoUnkozai;
                    }
                    else
                    {
                        // Synchronous (24 h) resonance.
                        double g200 = 1.0 + emsq * (-2.5 + 0.8125 * emsq);
                        double g310 = 1.0 + 2.0 * emsq;
                        double g300 = 1.0 + emsq * (-6.0 + 6.60937 * emsq);
                        double f220 = 0.75 * (1.0 + cosim) * (1.0 + cosim);
                        double f311 = 0.9375 * sinim * sinim * (1.0 + 3.0 * cosim) - 0.75 * (1.0 + cosim);
                        double f330 = 1.0 + cosim;
                        f330 = 1.875 * f330 * f330 * f330;
                        double del1 = 3.0 * nm * nm * aonv * aonv;
                        Del2 = 2.0 * del1 * f220 * g200 * Q22;
                        Del3 = 3.0 * del1 * f330 * g300 * Q33 * aonv;
                        Del1 = del1 * f311 * g310 * Q31 * aonv;
                        Xlamo = (Mo + Nodeo + Argpo - theta) % TwoPi;
                        Xfact = Mdot + xpidot - Rptim + Dmdt + Domdt + Dnodt - NoUnkozai;
                    }
                }
            }

            if (!Isimp)
            {
                double cc1sq = Cc1 * Cc1;
                D2 = 4.0 * ao * tsi * cc1sq;
                double temp = D2 * tsi * Cc1 / 3.0;
                D3 = (17.0 * ao + sfour) * temp;
                D4 = 0.5 * temp * ao * tsi * (221.0 * ao + 31.0 * sfour) * Cc1;
                T3cof = D2 + 2.0 * cc1sq;
                T4cof = 0.25 * (3.0 * D3 + Cc1 * (12.0 * D2 + 10.0 * cc1sq));
                T5cof = 0.2 * (3.0 * D4 + 12.0 * Cc1 * D3 + 6.0 * D2 * D2 + 15.0 * cc1sq * (2.0 * D2 + cc1sq));
            }
        }

        InitError = Propagate(0.0, out _, out _);
    }

    /// <summary>Lunar-solar terms common to initialisation (the reference's dscom).</summary>
    private struct DeepSpaceTerms
    {
        public double Snodm, Cnodm, Sinim, Cosim, Sinomm, Cosomm, Day, E3, Ee2, Em, Emsq, Gam, Rtemsq;
        public double Se2, Se3, Sgh2, Sgh3, Sgh4, Sh2, Sh3, Si2, Si3, Sl2, Sl3, Sl4;
        public double S1, S2, S3, S4, S5, S6, S7, Ss1, Ss2, Ss3, Ss4, Ss5, Ss6, Ss7;
        public double Sz1, Sz2, Sz3, Sz11, Sz12, Sz13, Sz21, Sz22, Sz23, Sz31, Sz32, Sz33;
        public double Xgh2, Xgh3, Xgh4, Xh2, Xh3, Xi2, Xi3, Xl2, Xl3, Xl4, Nm;
        public double Z1, Z2, Z3, Z11, Z12, Z13, Z21, Z22, Z23, Z31, Z32, Z33, Zmol, Zmos;
    }

    private static DeepSpaceTerms DeepSpaceCommon(double epoch, double ep, double argpp, double tc, double inclp, double nodep, double np)
    {
        const double c1ss = 2.9864797e-6, c1l = 4.7968065e-7, zsinis = 0.39785416, zcosis = 0.91744867;
        const double zcosgs = 0.1945905, zsings = -0.98088458;
        DeepSpaceTerms d = default;
        d.Nm = np;
        d.Em = ep;
        d.Snodm = Math.Sin(nodep);
        d.Cnodm = Math.Cos(nodep);
        d.Sinomm = Math.Sin(argpp);
        d.Cosomm = Math.Cos(argpp);
        d.Sinim = Math.Sin(inclp);
        d.Cosim = Math.Cos(inclp);
        d.Emsq = d.Em * d.Em;
        double betasq = 1.0 - d.Emsq;
        d.Rtemsq = Math.Sqrt(betasq);

        d.Day = epoch + 18261.5 + tc / 1440.0;
        double xnodce = (4.5236020 - 9.2422029e-4 * d.Day) % TwoPi;
        double stem = Math.Sin(xnodce);
        double ctem = Math.Cos(xnodce);
        double zcosil = 0.91375164 - 0.03568096 * ctem;
        double zsinil = Math.Sqrt(1.0 - zcosil * zcosil);
        double zsinhl = 0.089683511 * stem / zsinil;
        double zcoshl = Math.Sqrt(1.0 - zsinhl * zsinhl);
        d.Gam = 5.8351514 + 0.0019443680 * d.Day;
        double zx = 0.39785416 * stem / zsinil;
        double zy = zcoshl * ctem + 0.91744867 * zsinhl * stem;
        zx = Math.Atan2(zx, zy);
        zx = d.Gam + zx - xnodce;
        double zcosgl = Math.Cos(zx);
        double zsingl = Math.Sin(zx);

        // Solar terms first (pass 1), then lunar (pass 2).
        double zcosg = zcosgs, zsing = zsings, zcosi = zcosis, zsini = zsinis, zcosh = d.Cnodm, zsinh = d.Snodm;
        double cc = c1ss;
        double xnoi = 1.0 / d.Nm;
        for (int pass = 1; pass <= 2; pass++)
        {
            double a1 = zcosg * zcosh + zsing * zcosi * zsinh;
            double a3 = -zsing * zcosh + zcosg * zcosi * zsinh;
            double a7 = -zcosg * zsinh + zsing * zcosi * zcosh;
            double a8 = zsing * zsini;
            double a9 = zsing * zsinh + zcosg * zcosi * zcosh;
            double a10 = zcosg * zsini;
            double a2 = d.Cosim * a7 + d.Sinim * a8;
            double a4 = d.Cosim * a9 + d.Sinim * a10;
            double a5 = -d.Sinim * a7 + d.Cosim * a8;
            double a6 = -d.Sinim * a9 + d.Cosim * a10;

            double x1 = a1 * d.Cosomm + a2 * d.Sinomm;
            double x2 = a3 * d.Cosomm + a4 * d.Sinomm;
            double x3 = -a1 * d.Sinomm + a2 * d.Cosomm;
            double x4 = -a3 * d.Sinomm + a4 * d.Cosomm;
            double x5 = a5 * d.Sinomm;
            double x6 = a6 * d.Sinomm;
            double x7 = a5 * d.Cosomm;
            double x8 = a6 * d.Cosomm;

            d.Z31 = 12.0 * x1 * x1 - 3.0 * x3 * x3;
            d.Z32 = 24.0 * x1 * x2 - 6.0 * x3 * x4;
            d.Z33 = 12.0 * x2 * x2 - 3.0 * x4 * x4;
            d.Z1 = 3.0 * (a1 * a1 + a2 * a2) + d.Z31 * d.Emsq;
            d.Z2 = 6.0 * (a1 * a3 + a2 * a4) + d.Z32 * d.Emsq;
            d.Z3 = 3.0 * (a3 * a3 + a4 * a4) + d.Z33 * d.Emsq;
            d.Z11 = -6.0 * a1 * a5 + d.Emsq * (-24.0 * x1 * x7 - 6.0 * x3 * x5);
            d.Z12 = -6.0 * (a1 * a6 + a3 * a5) + d.Emsq * (-24.0 * (x2 * x7 + x1 * x8) - 6.0 * (x3 * x6 + x4 * x5));
            d.Z13 = -6.0 * a3 * a6 + d.Emsq * (-24.0 * x2 * x8 - 6.0 * x4 * x6);
            d.Z21 = 6.0 * a2 * a5 + d.Emsq * (24.0 * x1 * x5 - 6.0 * x3 * x7);
            d.Z22 = 6.0 * (a4 * a5 + a2 * a6) + d.Emsq * (24.0 * (x2 * x5 + x1 * x6) - 6.0 * (x4 * x7 + x3 * x8));
            d.Z23 = 6.0 * a4 * a6 + d.Emsq * (24.0 * x2 * x6 - 6.0 * x4 * x8);
            d.Z1 = d.Z1 + d.Z1 + betasq * d.Z31;
            d.Z2 = d.Z2 + d.Z2 + betasq * d.Z32;
            d.Z3 = d.Z3 + d.Z3 + betasq * d.Z33;
            d.S3 = cc * xnoi;
            d.S2 = -0.5 * d.S3 / d.Rtemsq;
            d.S4 = d.S3 * d.Rtemsq;
            d.S1 = -15.0 * d.Em * d.S4;
            d.S5 = x1 * x3 + x2 * x4;
            d.S6 = x2 * x3 + x1 * x4;
            d.S7 = x2 * x4 - x1 * x3;

            if (pass == 1)
            {
                d.Ss1 = d.S1; d.Ss2 = d.S2; d.Ss3 = d.S3; d.Ss4 = d.S4; d.Ss5 = d.S5; d.Ss6 = d.S6; d.Ss7 = d.S7;
                d.Sz1 = d.Z1; d.Sz2 = d.Z2; d.Sz3 = d.Z3;
                d.Sz11 = d.Z11; d.Sz12 = d.Z12; d.Sz13 = d.Z13;
                d.Sz21 = d.Z21; d.Sz22 = d.Z22; d.Sz23 = d.Z23;
                d.Sz31 = d.Z31; d.Sz32 = d.Z32; d.Sz33 = d.Z33;
                zcosg = zcosgl;
                zsing = zsingl;
                zcosi = zcosil;
                zsini = zsinil;
                zcosh = zcoshl * d.Cnodm + zsinhl * d.Snodm;
                zsinh = d.Snodm * zcoshl - d.Cnodm * zsinhl;
                cc = c1l;
            }
        }

        d.Zmol = (4.7199672 + 0.22997150 * d.Day - d.Gam) % TwoPi;
        d.Zmos = (6.2565837 + 0.017201977 * d.Day) % TwoPi;

        // Solar coefficients.
        d.Se2 = 2.0 * d.Ss1 * d.Ss6;
        d.Se3 = 2.0 * d.Ss1 * d.Ss7;
        d.Si2 = 2.0 * d.Ss2 * d.Sz12;
        d.Si3 = 2.0 * d.Ss2 * (d.Sz13 - d.Sz11);
        d.Sl2 = -2.0 * d.Ss3 * d.Sz2;
        d.Sl3 = -2.0 * d.Ss3 * (d.Sz3 - d.Sz1);
        d.Sl4 = -2.0 * d.Ss3 * (-21.0 - 9.0 * d.Emsq) * Zes;
        d.Sgh2 = 2.0 * d.Ss4 * d.Sz32;
        d.Sgh3 = 2.0 * d.Ss4 * (d.Sz33 - d.Sz31);
        d.Sgh4 = -18.0 * d.Ss4 * Zes;
        d.Sh2 = -2.0 * d.Ss2 * d.Sz22;
        d.Sh3 = -2.0 * d.Ss2 * (d.Sz23 - d.Sz21);

        // Lunar coefficients.
        d.Ee2 = 2.0 * d.S1 * d.S6;
        d.E3 = 2.0 * d.S1 * d.S7;
        d.Xi2 = 2.0 * d.S2 * d.Z12;
        d.Xi3 = 2.0 * d.S2 * (d.Z13 - d.Z11);
        d.Xl2 = -2.0 * d.S3 * d.Z2;
        d.Xl3 = -2.0 * d.S3 * (d.Z3 - d.Z1);
        d.Xl4 = -2.0 * d.S3 * (-21.0 - 9.0 * d.Emsq) * Zel;
        d.Xgh2 = 2.0 * d.S4 * d.Z32;
        d.Xgh3 = 2.0 * d.S4 * (d.Z33 - d.Z31);
        d.Xgh4 = -18.0 * d.S4 * Zel;
        d.Xh2 = -2.0 * d.S2 * d.Z22;
        d.Xh3 = -2.0 * d.S2 * (d.Z23 - d.Z21);
        return d;
    }

    /// <summary>Evaluates the model at <paramref name="t"/> minutes since epoch.</summary>
    /// <returns>The reference error code; on errors 1–4 the outputs are NaN.</returns>
    internal Sgp4Error Propagate(double t, out Vector3D r, out Vector3D v)
    {
        double xke = Grav.Xke, j3oj2 = Grav.J3OverJ2;

        // Secular gravity and atmospheric drag.
        double xmdf = Mo + Mdot * t;
        double argpdf = Argpo + Argpdot * t;
        double nodedf = Nodeo + Nodedot * t;
        double argpm = argpdf;
        double mm = xmdf;
        double t2 = t * t;
        double nodem = nodedf + Nodecf * t2;
        double tempa = 1.0 - Cc1 * t;
        double tempe = Bstar * Cc4 * t;
        double templ = T2cof * t2;

        if (!Isimp)
        {
            double delomg = Omgcof * t;
            double delmtemp = 1.0 + Eta * Math.Cos(xmdf);
            double delm = Xmcof * (delmtemp * delmtemp * delmtemp - Delmo);
            double temp = delomg + delm;
            mm = xmdf + temp;
            argpm = argpdf - temp;
            double t3 = t2 * t;
            double t4 = t3 * t;
            tempa = tempa - D2 * t2 - D3 * t3 - D4 * t4;
            tempe += Bstar * Cc5 * (Math.Sin(mm) - Sinmao);
            templ = templ + T3cof * t3 + t4 * (T4cof + t * T5cof);
        }

        double nm = NoUnkozai;
        double em = Ecco;
        double inclm = Inclo;
        if (IsDeepSpace)
            DeepSpaceSecular(t, ref em, ref argpm, ref inclm, ref mm, ref nodem, ref nm);

        if (nm <= 0.0) { r = v = Nan; return Sgp4Error.MeanMotion; }
        double q = xke / nm;
        double am = Math.Cbrt(q * q) * tempa * tempa; // (xke/n)^(2/3)
        nm = xke / (am * Math.Sqrt(am));             // xke / am^1.5
        em -= tempe;
        if (em >= 1.0 || em < -0.001) { r = v = Nan; return Sgp4Error.MeanEccentricity; }
        if (em < 1.0e-6) em = 1.0e-6;
        mm += NoUnkozai * templ;
        double xlm = mm + argpm + nodem;

        nodem = Mod2Pi(nodem);
        argpm = Mod2Pi(argpm);
        xlm = Mod2Pi(xlm);
        mm = Mod2Pi(xlm - argpm - nodem);

        var (sinim, cosim) = Math.SinCos(inclm);

        // Lunar-solar periodics.
        double ep = em, xincp = inclm, argpp = argpm, nodep = nodem, mp = mm, sinip = sinim, cosip = cosim;
        double aycof = Aycof, xlcof = Xlcof, con41 = Con41, x1mth2 = X1mth2, x7thm1 = X7thm1;
        if (IsDeepSpace)
        {
            DeepSpacePeriodics(t, ref ep, ref xincp, ref nodep, ref argpp, ref mp);
            if (xincp < 0.0)
            {
                xincp = -xincp;
                nodep += Math.PI;
                argpp -= Math.PI;
            }
            if (ep < 0.0 || ep > 1.0) { r = v = Nan; return Sgp4Error.PerturbedEccentricity; }

            (sinip, cosip) = Math.SinCos(xincp);
            aycof = -0.5 * j3oj2 * sinip;
            xlcof = Math.Abs(cosip + 1.0) > 1.5e-12
                ? -0.25 * j3oj2 * sinip * (3.0 + 5.0 * cosip) / (1.0 + cosip)
                : -0.25 * j3oj2 * sinip * (3.0 + 5.0 * cosip) / Temp4;
            double cosisq = cosip * cosip;
            con41 = 3.0 * cosisq - 1.0;
            x1mth2 = 1.0 - cosisq;
            x7thm1 = 7.0 * cosisq - 1.0;
        }

        return PeriodicState(in Grav, am, nm, ep, xincp, argpp, nodep, mp, sinip, cosip, aycof, xlcof, con41, x1mth2, x7thm1, out r, out v);
    }

    /// <summary>
    /// Long-period periodics, Kepler's equation, short-period periodics and the TEME state (km, km/s) from the
    /// perturbed mean elements: the part of SGP4 shared by every branch (and by the fitter's evaluation at epoch).
    /// </summary>
    /// <returns>The reference error code (4 or 6, else 0); on error 4 the outputs are NaN.</returns>
    internal static Sgp4Error PeriodicState(in GravityConstants grav, double am, double nm, double ep, double xincp, double argpp,
        double nodep, double mp, double sinip, double cosip, double aycof, double xlcof, double con41, double x1mth2,
        double x7thm1, out Vector3D r, out Vector3D v)
    {
        double radius = grav.RadiusEarthKm, xke = grav.Xke, j2 = grav.J2;
        double vkmpersec = radius * xke / 60.0;

        // Long-period periodics.
        var (sinargpp, cosargpp) = Math.SinCos(argpp);
        double axnl = ep * cosargpp;
        double tmp = 1.0 / (am * (1.0 - ep * ep));
        double aynl = ep * sinargpp + tmp * aycof;
        double xl = mp + argpp + nodep + tmp * xlcof * axnl;

        // Kepler's equation (modified for the long-period terms), at most 10 Newton steps.
        double u = Mod2Pi(xl - nodep);
        double eo1 = u;
        double tem5 = 9999.9;
        double sineo1 = 0, coseo1 = 0;
        for (int ktr = 1; Math.Abs(tem5) >= 1.0e-12 && ktr <= 10; ktr++)
        {
            (sineo1, coseo1) = Math.SinCos(eo1);
            tem5 = 1.0 - coseo1 * axnl - sineo1 * aynl;
            tem5 = (u - aynl * coseo1 + axnl * sineo1 - eo1) / tem5;
            if (Math.Abs(tem5) >= 0.95) tem5 = tem5 > 0.0 ? 0.95 : -0.95;
            eo1 += tem5;
        }

        // Short-period preliminary quantities.
        double ecose = axnl * coseo1 + aynl * sineo1;
        double esine = axnl * sineo1 - aynl * coseo1;
        double el2 = axnl * axnl + aynl * aynl;
        double pl = am * (1.0 - el2);
        if (pl < 0.0) { r = v = Nan; return Sgp4Error.SemiLatusRectum; }

        double rl = am * (1.0 - ecose);
        double rdotl = Math.Sqrt(am) * esine / rl;
        double rvdotl = Math.Sqrt(pl) / rl;
        double betal = Math.Sqrt(1.0 - el2);
        double temp0 = esine / (1.0 + betal);
        double sinu = am / rl * (sineo1 - aynl - axnl * temp0);
        double cosu = am / rl * (coseo1 - axnl + aynl * temp0);
        double su = Math.Atan2(sinu, cosu);
        double sin2u = (cosu + cosu) * sinu;
        double cos2u = 1.0 - 2.0 * sinu * sinu;
        double tempp = 1.0 / pl;
        double temp1 = 0.5 * j2 * tempp;
        double temp2 = temp1 * tempp;

        double mrt = rl * (1.0 - 1.5 * temp2 * betal * con41) + 0.5 * temp1 * x1mth2 * cos2u;
        su -= 0.25 * temp2 * x7thm1 * sin2u;
        double xnode = nodep + 1.5 * temp2 * cosip * sin2u;
        double xinc = xincp + 1.5 * temp2 * cosip * sinip * cos2u;
        double mvt = rdotl - nm * temp1 * x1mth2 * sin2u / xke;
        double rvdot = rvdotl + nm * temp1 * (x1mth2 * cos2u + 1.5 * con41) / xke;

        // Orientation vectors.
        var (sinsu, cossu) = Math.SinCos(su);
        var (snod, cnod) = Math.SinCos(xnode);
        var (sini, cosi) = Math.SinCos(xinc);
        double xmx = -snod * cosi;
        double xmy = cnod * cosi;
        double ux = xmx * sinsu + cnod * cossu;
        double uy = xmy * sinsu + snod * cossu;
        double uz = sini * sinsu;
        double vx = xmx * cossu - cnod * sinsu;
        double vy = xmy * cossu - snod * sinsu;
        double vz = sini * cossu;

        r = new Vector3D(mrt * ux * radius, mrt * uy * radius, mrt * uz * radius);
        v = new Vector3D((mvt * ux + rvdot * vx) * vkmpersec, (mvt * uy + rvdot * vy) * vkmpersec, (mvt * uz + rvdot * vz) * vkmpersec);
        return mrt < 1.0 ? Sgp4Error.Decayed : Sgp4Error.None;
    }

    private static readonly Vector3D Nan = new(double.NaN, double.NaN, double.NaN);

    /// <summary>C's fmod(x, 2π) as SGP4 uses it; see <see cref="Numerics.VectorMath.Mod2Pi(double)"/> (shared with the SIMD kernels).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static double Mod2Pi(double x) => Numerics.VectorMath.Mod2Pi(x);

    /// <summary>Deep-space secular effects and the resonance integrator (the reference's dspace), restarted from epoch.</summary>
    private void DeepSpaceSecular(double t, ref double em, ref double argpm, ref double inclm, ref double mm, ref double nodem, ref double nm)
    {
        double theta = Mod2Pi(Gsto + t * Rptim);
        em += Dedt * t;
        inclm += Didt * t;
        argpm += Domdt * t;
        nodem += Dnodt * t;
        mm += Dmdt * t;
        if (Irez == 0) return;

        // Euler–Maclaurin integration on a fixed ±720 min grid from epoch.
        double atime = 0.0, xni = NoUnkozai, xli = Xlamo;
        double delt = t > 0.0 ? StepP : StepN;
        double ft, xndt, xldot, xnddt;
        while (true)
        {
            if (Irez != 2)
            {
                var (s1, c1) = Math.SinCos(xli - Fasx2);
                var (s2, c2) = Math.SinCos(2.0 * (xli - Fasx4));
                var (s3, c3) = Math.SinCos(3.0 * (xli - Fasx6));
                xndt = Del1 * s1 + Del2 * s2 + Del3 * s3;
                xldot = xni + Xfact;
                xnddt = Del1 * c1 + 2.0 * Del2 * c2 + 3.0 * Del3 * c3;
                xnddt *= xldot;
            }
            else
            {
                double xomi = Argpo + Argpdot * atime;
                double x2omi = xomi + xomi;
                double x2li = xli + xli;
                var (s1, c1) = Math.SinCos(x2omi + xli - G22);
                var (s2, c2) = Math.SinCos(xli - G22);
                var (s3, c3) = Math.SinCos(xomi + xli - G32);
                var (s4, c4) = Math.SinCos(-xomi + xli - G32);
                var (s5, c5) = Math.SinCos(x2omi + x2li - G44);
                var (s6, c6) = Math.SinCos(x2li - G44);
                var (s7, c7) = Math.SinCos(xomi + xli - G52);
                var (s8, c8) = Math.SinCos(-xomi + xli - G52);
                var (s9, c9) = Math.SinCos(xomi + x2li - G54);
                var (s10, c10) = Math.SinCos(-xomi + x2li - G54);
                xndt = D2201 * s1 + D2211 * s2 + D3210 * s3 + D3222 * s4 + D4410 * s5
                     + D4422 * s6 + D5220 * s7 + D5232 * s8 + D5421 * s9 + D5433 * s10;
                xldot = xni + Xfact;
                xnddt = D2201 * c1 + D2211 * c2 + D3210 * c3 + D3222 * c4 + D5220 * c7 + D5232 * c8
                      + 2.0 * (D4410 * c5 + D4422 * c6 + D5421 * c9 + D5433 * c10);
                xnddt *= xldot;
            }
            if (Math.Abs(t - atime) >= StepP)
            {
                xli = xli + xldot * delt + xndt * Step2;
                xni = xni + xndt * delt + xnddt * Step2;
                atime += delt;
            }
            else
            {
                ft = t - atime;
                break;
            }
        }
        nm = xni + xndt * ft + xnddt * ft * ft * 0.5;
        double xl = xli + xldot * ft + xndt * ft * ft * 0.5;
        mm = Irez != 1 ? xl - 2.0 * nodem + 2.0 * theta : xl - nodem - argpm + theta;
        double dndt = nm - NoUnkozai;
        nm = NoUnkozai + dndt;
    }

    /// <summary>Lunar-solar periodics (the reference's dpper, evaluation branch).</summary>
    private void DeepSpacePeriodics(double t, ref double ep, ref double inclp, ref double nodep, ref double argpp, ref double mp)
    {
        double zm = Zmos + Zns * t;
        double zf = zm + 2.0 * Zes * Math.Sin(zm);
        var (sinzf, coszf) = Math.SinCos(zf);
        double f2 = 0.5 * sinzf * sinzf - 0.25;
        double f3 = -0.5 * sinzf * coszf;
        double ses = Se2 * f2 + Se3 * f3;
        double sis = Si2 * f2 + Si3 * f3;
        double sls = Sl2 * f2 + Sl3 * f3 + Sl4 * sinzf;
        double sghs = Sgh2 * f2 + Sgh3 * f3 + Sgh4 * sinzf;
        double shs = Sh2 * f2 + Sh3 * f3;
        zm = Zmol + Znl * t;
        zf = zm + 2.0 * Zel * Math.Sin(zm);
        (sinzf, coszf) = Math.SinCos(zf);
        f2 = 0.5 * sinzf * sinzf - 0.25;
        f3 = -0.5 * sinzf * coszf;
        double sel = Ee2 * f2 + E3 * f3;
        double sil = Xi2 * f2 + Xi3 * f3;
        double sll = Xl2 * f2 + Xl3 * f3 + Xl4 * sinzf;
        double sghl = Xgh2 * f2 + Xgh3 * f3 + Xgh4 * sinzf;
        double shll = Xh2 * f2 + Xh3 * f3;
        double pe = ses + sel;
        double pinc = sis + sil;
        double pl = sls + sll;
        double pgh = sghs + sghl;
        double ph = shs + shll;

        pe -= Peo;
        pinc -= Pinco;
        pl -= Plo;
        pgh -= Pgho;
        ph -= Pho;
        inclp += pinc;
        ep += pe;
        var (sinip, cosip) = Math.SinCos(inclp);

        if (inclp >= 0.2)
        {
            ph /= sinip;
            pgh -= cosip * ph;
            argpp += pgh;
            nodep += ph;
            mp += pl;
        }
        else
        {
            // Lyddane modification for low inclinations.
            var (sinop, cosop) = Math.SinCos(nodep);
            double alfdp = sinip * sinop;
            double betdp = sinip * cosop;
            double dalf = ph * cosop + pinc * cosip * sinop;
            double dbet = -ph * sinop + pinc * cosip * cosop;
            alfdp += dalf;
            betdp += dbet;
            nodep = Mod2Pi(nodep);
            if (nodep < 0.0 && Mode == OperationMode.Afspc) nodep += TwoPi;
            double xls = mp + argpp + cosip * nodep;
            double dls = pl + pgh - pinc * nodep * sinip;
            xls += dls;
            double xnoh = nodep;
            nodep = Math.Atan2(alfdp, betdp);
            if (nodep < 0.0 && Mode == OperationMode.Afspc) nodep += TwoPi;
            if (Math.Abs(xnoh - nodep) > Math.PI)
            {
                if (nodep < xnoh) nodep += TwoPi;
                else nodep -= TwoPi;
            }
            mp += pl;
            argpp = xls - mp - cosip * nodep;
        }
    }
}
