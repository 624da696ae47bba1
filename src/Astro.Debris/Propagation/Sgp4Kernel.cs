using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Astro.Debris.Numerics;

namespace Astro.Debris.Propagation;

/// <summary>Outputs of one kernel evaluation for one batch of lanes.</summary>
internal struct Sgp4Lanes<TV> where TV : struct, ISimdDouble<TV>
{
    public TV X, Y, Z, Vx, Vy, Vz;

    /// <summary>Error code per lane (0–6 as doubles).</summary>
    public TV Error;
}

/// <summary>
/// SGP4/SDP4 evaluated for one batch of <c>TV.Count</c> objects of one group at per-lane times. The operation
/// sequence is that of <see cref="Sgp4Model.Propagate"/> (same products, same order); branches become masks, and
/// an error in one lane never changes another lane. Written once for every vector width.
/// </summary>
/// <summary>
/// The deep-space resonance integrator's state of a vector of lanes after the previous time of a call (the reference's
/// atime/xni/xli). The integrator steps on a fixed ±720 min grid from epoch, so continuing from this state gives the same
/// bits as restarting from epoch; the batch propagator keeps one per vector of lanes across the times of a call.
/// </summary>
internal struct Sgp4Resonance<TV> where TV : struct, ISimdDouble<TV>
{
    public TV Atime, Xni, Xli;

    public bool Valid;
}

internal static class Sgp4Kernel<TV> where TV : struct, ISimdDouble<TV>
{
    private const double TwoPi = 2.0 * Math.PI;
    private const double X2o3 = 2.0 / 3.0;
    private const double Temp4 = 1.5e-12;
    private const double Zns = 1.19459e-5, Zes = 0.01675, Znl = 1.5835218e-4, Zel = 0.05490;
    private const double Rptim = 4.37526908801129966e-3;
    // The resonance terms' phases (the reference's constants); the kernel uses their sines and cosines below.
    internal const double Fasx2 = 0.13130908, Fasx4 = 2.8843198, Fasx6 = 0.37448087;
    internal const double G22 = 5.7686396, G32 = 0.95240898, G44 = 1.8014998, G52 = 1.0508330, G54 = 4.4108898;
    private const double StepP = 720.0, Step2 = 259200.0;

    // Sine and cosine of the resonance terms' constant phases: Math.SinCos of fasx2, 2·fasx4 (= g22), 3·fasx6, g32, g44,
    // g52 and g54 (checked by Sgp4KernelRotationTests).
    internal const double SinFasx2 = 0.130932065016401, CosFasx2 = 0.9913913426848859;
    internal const double SinG22 = -0.49213943048915526, CosG22 = 0.8705163875297294;
    internal const double Sin3Fasx6 = 0.9015949901666642, Cos3Fasx6 = 0.43258117585763334;
    internal const double SinG32 = 0.8148144061638924, CosG32 = 0.5797219018700115;
    internal const double SinG44 = 0.9735057780180799, CosG44 = -0.22866241528815548;
    internal const double SinG52 = 0.8678374012812773, CosG52 = 0.496848311798842;
    internal const double SinG54 = -0.9548923776153, CosG54 = -0.29695209575316894;

    /// <summary>(sin(x − φ), cos(x − φ)) from (sin x, cos x) and a constant phase's sin φ and cos φ.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (TV Sin, TV Cos) Minus(TV s, TV c, double sinPhase, double cosPhase) =>
        (s * C(cosPhase) - c * C(sinPhase), c * C(cosPhase) + s * C(sinPhase));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV C(double v) => TV.Create(v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV L(Sgp4Group g, int field, int slot)
    {
        // Unchecked: callers pass a field below g.Fields and the first slot of a vector (a multiple of TV.Count, which
        // divides Sgp4Group.Lanes, and slot + TV.Count ≤ Stride), so the vector lies within one block's field in Data; the
        // checked form cost a compare and branch per coefficient.
        Debug.Assert(field >= 0 && field < g.Fields && slot >= 0 && slot % TV.Count == 0 && slot + TV.Count <= g.Stride);
        return TV.Load(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(g.Data), g.Offset(field, slot)));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV SetError(TV err, TV condition, double code) =>
        TV.Select(TV.And(condition, TV.Equal(err, C(0.0))), C(code), err);

    /// <summary>Intermediate quantities passed between the stages (each stage is its own method so that the JIT inlines every vector operation).</summary>
    private struct State
    {
        public TV T, Err, Argpm, Mm, Nodem, Tempa, Tempe, Templ, Nm, Em, Inclm, Am, SqrtAm;
        public TV Ep, Xincp, Argpp, Nodep, Mp, Sinip, Cosip, Aycof, Xlcof, Con41, X1mth2, X7thm1;
        public TV Axnl, Aynl, Xl, Sineo1, Coseo1, SinU, CosU, Xnode, Dsu, Dinc;
        public TV Mrt, Rdotl, Rvdotl, Temp1, Sin2u, Cos2u, SinSu, CosSu, SinNode, CosNode, SinI, CosI;
    }

    public static void Evaluate(Sgp4Group g, int slot, TV t, in GravityConstants grav, OperationMode mode, bool velocity, out Sgp4Lanes<TV> o)
    {
        Sgp4Resonance<TV> resonance = default;
        Evaluate(g, slot, t, in grav, mode, velocity, ref resonance, out o);
    }

    // SkipLocalsInit + SkipInit: State is 40 vectors (2.5 KB at Vector512) and was zeroed in the prolog on every call,
    // although every field is written before it is read (stage by stage: SecularAndDrag, the loads below, MeanElements,
    // the deep-space or near-Earth coefficients, Kepler, ShortPeriod).
    [SkipLocalsInit]
    public static void Evaluate(Sgp4Group g, int slot, TV t, in GravityConstants grav, OperationMode mode, bool velocity,
        ref Sgp4Resonance<TV> resonance, out Sgp4Lanes<TV> o)
    {
        Unsafe.SkipInit(out State st);
        st.T = t;
        SecularAndDrag(g, slot, ref st);
        TV noUnkozai = L(g, F.NoUnkozai, slot);
        st.Nm = noUnkozai;
        st.Em = L(g, F.Ecco, slot);
        st.Inclm = L(g, F.Inclo, slot);
        bool deep = g.Kind != Sgp4GroupKind.NearEarth;
        if (deep) DeepSpaceSecular(g, slot, t, noUnkozai, ref st.Em, ref st.Argpm, ref st.Inclm, ref st.Mm, ref st.Nodem, ref st.Nm, ref resonance);
        MeanElements(g, slot, grav.Xke, noUnkozai, ref st);
        if (deep)
        {
            DeepSpacePeriodics(g, slot, t, mode, ref st.Ep, ref st.Xincp, ref st.Nodep, ref st.Argpp, ref st.Mp, out st.Sinip, out st.Cosip);
            DeepSpaceInclinationTerms(grav.J3OverJ2, ref st);
        }
        else
        {
            st.Aycof = L(g, F.Aycof, slot);
            st.Xlcof = L(g, F.Xlcof, slot);
            st.Con41 = L(g, F.Con41, slot);
            st.X1mth2 = L(g, F.X1mth2, slot);
            st.X7thm1 = L(g, F.X7thm1, slot);
        }
        LongPeriod(ref st);
        Kepler(ref st, rotate: !deep);
        ShortPeriod(in grav, ref st);
        OrientationAngles(ref st);
        StateVectors(in grav, velocity, ref st, out o);
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void SecularAndDrag(Sgp4Group g, int slot, ref State st)
    {
        TV t = st.T, one = C(1.0);
        TV xmdf = L(g, F.Mo, slot) + L(g, F.Mdot, slot) * t;
        TV argpdf = L(g, F.Argpo, slot) + L(g, F.Argpdot, slot) * t;
        TV nodedf = L(g, F.Nodeo, slot) + L(g, F.Nodedot, slot) * t;
        TV t2 = t * t;
        st.Nodem = nodedf + L(g, F.Nodecf, slot) * t2;
        st.Mm = xmdf;
        st.Argpm = argpdf;
        st.Tempa = one - L(g, F.Cc1, slot) * t;
        st.Tempe = L(g, F.BstarCc4, slot) * t;
        st.Templ = L(g, F.T2cof, slot) * t2;
        TV notIsimp = L(g, F.NotIsimp, slot);
        if (TV.AnyTrue(notIsimp)) DragTerms(g, slot, notIsimp, xmdf, argpdf, t2, ref st);
    }

    /// <summary>The reference's non-simplified drag terms (isimp = 0), for the lanes of <paramref name="notIsimp"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void DragTerms(Sgp4Group g, int slot, TV notIsimp, TV xmdf, TV argpdf, TV t2, ref State st)
    {
        TV t = st.T, one = C(1.0);
        TV tempa = st.Tempa, tempe = st.Tempe, templ = st.Templ;
        TV delomg = L(g, F.Omgcof, slot) * t;
        var (sinXmdf, cosXmdf) = TV.SinCos(xmdf);
        TV delmtemp = one + L(g, F.Eta, slot) * cosXmdf;
        TV delm = L(g, F.Xmcof, slot) * (delmtemp * delmtemp * delmtemp - L(g, F.Delmo, slot));
        TV temp = delomg + delm;
        TV mmN = xmdf + temp;
        TV argpmN = argpdf - temp;
        TV t3 = t2 * t;
        TV t4 = t3 * t;
        TV tempaN = tempa - L(g, F.D2, slot) * t2 - L(g, F.D3, slot) * t3 - L(g, F.D4, slot) * t4;
        // sin(mmN) = sin(xmdf + temp): by rotation when every lane's |temp| <= RotateLimit (the usual case).
        TV sinMmN = TV.AnyTrue(TV.GreaterThan(TV.Abs(temp), C(RotateLimit))) ? TV.Sin(mmN) : Rotate(sinXmdf, cosXmdf, temp).Sin;
        TV tempeN = tempe + L(g, F.BstarCc5, slot) * (sinMmN - L(g, F.Sinmao, slot));
        TV templN = templ + L(g, F.T3cof, slot) * t3 + t4 * (L(g, F.T4cof, slot) + t * L(g, F.T5cof, slot));
        st.Mm = TV.Select(notIsimp, mmN, st.Mm);
        st.Argpm = TV.Select(notIsimp, argpmN, st.Argpm);
        st.Tempa = TV.Select(notIsimp, tempaN, tempa);
        st.Tempe = TV.Select(notIsimp, tempeN, tempe);
        st.Templ = TV.Select(notIsimp, templN, templ);
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void MeanElements(Sgp4Group g, int slot, double xke, TV noUnkozai, ref State st)
    {
        TV zero = C(0.0), one = C(1.0);
        TV err = SetError(zero, TV.LessThanOrEqual(st.Nm, zero), 2);
        TV amBase;
        if (g.Kind is Sgp4GroupKind.DeepSynchronous or Sgp4GroupKind.DeepHalfDay)
        {
            TV q = C(xke) / st.Nm;
            amBase = TV.Cbrt(q * q);
        }
        else
        {
            amBase = L(g, F.AmBase, slot); // mean motion is the epoch value: (xke/n)^(2/3) precomputed
        }
        TV am = amBase * st.Tempa * st.Tempa;
        TV sqrtAm = TV.Sqrt(am);
        st.Nm = C(xke) / (am * sqrtAm);
        st.SqrtAm = sqrtAm; // also ShortPeriod's √am, and with β its √pl
        TV em = st.Em - st.Tempe;
        err = SetError(err, TV.Or(TV.GreaterThanOrEqual(em, one), TV.LessThan(em, C(-0.001))), 1);
        em = TV.Select(TV.LessThan(em, C(1.0e-6)), C(1.0e-6), em);
        TV mm = st.Mm + noUnkozai * st.Templ;
        TV xlm = mm + st.Argpm + st.Nodem;
        TV nodem = TV.Mod2Pi(st.Nodem);
        TV argpm = TV.Mod2Pi(st.Argpm);
        xlm = TV.Mod2Pi(xlm);
        mm = TV.Mod2Pi(xlm - argpm - nodem);
        // sin/cos of the inclination: the epoch values for near-Earth orbits; in deep space the reference's sin/cos(inclm)
        // here are overwritten unused (by those of the perturbed inclination, DeepSpacePeriodics), so none is taken.
        if (g.Kind == Sgp4GroupKind.NearEarth)
        {
            st.Sinip = L(g, F.SinIo, slot);
            st.Cosip = L(g, F.CosIo, slot);
        }
        st.Am = am;
        st.Err = err;
        st.Ep = em;
        st.Xincp = st.Inclm;
        st.Argpp = argpm;
        st.Nodep = nodem;
        st.Mp = mm;
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void DeepSpaceInclinationTerms(double j3oj2, ref State st)
    {
        TV zero = C(0.0), one = C(1.0);
        TV negative = TV.LessThan(st.Xincp, zero);
        TV xincp = TV.Select(negative, -st.Xincp, st.Xincp);
        st.Nodep = TV.Select(negative, st.Nodep + C(Math.PI), st.Nodep);
        st.Argpp = TV.Select(negative, st.Argpp - C(Math.PI), st.Argpp);
        st.Err = SetError(st.Err, TV.Or(TV.LessThan(st.Ep, zero), TV.GreaterThan(st.Ep, one)), 3);
        st.Xincp = xincp;
        // sin/cos(xincp) from DeepSpacePeriodics' sin/cos(inclp): xincp = |inclp|, so only the sine's sign changes.
        TV sinip = TV.Select(negative, -st.Sinip, st.Sinip), cosip = st.Cosip;
        st.Sinip = sinip;
        st.Aycof = C(-0.5 * j3oj2) * sinip;
        TV num = C(-0.25 * j3oj2) * sinip * (C(3.0) + C(5.0) * cosip);
        st.Xlcof = TV.Select(TV.GreaterThan(TV.Abs(cosip + one), C(1.5e-12)), num / (one + cosip), num / C(Temp4));
        TV cosisq = cosip * cosip;
        st.Con41 = C(3.0) * cosisq - one;
        st.X1mth2 = one - cosisq;
        st.X7thm1 = C(7.0) * cosisq - one;
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void LongPeriod(ref State st)
    {
        TV one = C(1.0);
        TV ep = st.Ep;
        var (sinargpp, cosargpp) = TV.SinCos(st.Argpp);
        TV axnl = ep * cosargpp;
        TV tmp = one / (st.Am * (one - ep * ep));
        st.Axnl = axnl;
        st.Aynl = ep * sinargpp + tmp * st.Aycof;
        st.Xl = st.Mp + st.Argpp + st.Nodep + tmp * st.Xlcof * axnl;
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void Kepler(ref State st, bool rotate)
    {
        TV zero = C(0.0), one = C(1.0);
        TV axnl = st.Axnl, aynl = st.Aynl, xl = st.Xl;

        // Kepler's equation f(E) = E − u − axnl·sin E + aynl·cos E = 0, at most 10 masked Newton steps per lane with the
        // reference's clamp and exit rule: a lane stops at the first step below 1e-12 and returns sin/cos of the iterate
        // before that step. sin/cos of a new iterate: by the polynomial at the start, and afterwards (near-Earth groups),
        // once every active lane's step is at most RotateLimit, by rotating the previous sin/cos through the step (angle
        // addition with short series for the small angle: a few ulps, against 45 operations for a fresh sin/cos). The
        // reference returns sin/cos of the iterate before its last step (< 1e-12 rad), so a few ulps that flip a
        // borderline |step| ≥ 1e-12 decision move the result by up to 1e-12 × the radius: near-Earth, max 1.1e-8 km
        // against the scalar path on the 2022 catalogue (1.9e-10 km without the rotation). Deep-space groups always take
        // a fresh sin/cos: on their large eccentric orbits the same effect reached 9.6e-8 km (2.2e-8 km without), and the
        // rotation saved no instructions there (callgrind: 2 % more).
        //
        // One step fewer than the reference, same result: after an unclamped Newton step d, |f(E + d)| ≤ ½·e·d² (|f''| ≤
        // e = √(axnl² + aynl²)) and f' ≥ 1 − e, so the next step is at most ½·e·d²/(1 − e) ≤ ê·d² with ê = |axnl| + |aynl|
        // ≤ 0.5. Where ê·d² < 2.5e-13 the reference's next step would be below 1e-12 (its roundings add < 1e-14), and it
        // would stop there returning sin/cos of the current iterate; the lane stops now with those. Typical near-Earth
        // orbits (e ≈ 0.001) converge in two steps instead of three. Not on the 10th step, where the reference stops on
        // its count. (A second-order starting value E0 = u + g(1 + g') was tried as well and dropped: it converges to
        // the root, but the reference returns an iterate up to 1e-12 rad short of it, and near decay (SGP4-VER 29141 at
        // 2820 min) that difference grew to 4.3e-7 km.)
        //
        // (s, c) holds sin/cos of each lane's current iterate and is frozen when the lane stops, so that it ends as the
        // reference's sineo1/coseo1 without separate copies (fewer live vectors in the loop: the 16-lane form spilled).
        TV u = TV.Mod2Pi(xl - st.Nodep);
        TV eo1 = u;
        TV active = TV.Equal(st.Err, zero);
        var (s, c) = TV.SinCos(eo1);
        // ê where ê ≤ 0.5, else +∞ (never stops early). No clamp test: a clamped step (|d| ≥ 0.95) would need
        // ê < 2.8e-13 to pass, and from E = u the steps are at most e/(1 − e).
        TV eHat = TV.Abs(axnl) + TV.Abs(aynl);
        TV stopScale = TV.Select(TV.LessThanOrEqual(eHat, C(0.5)), eHat, C(double.PositiveInfinity));
        for (int ktr = 1; ktr <= 10 && TV.AnyTrue(active); ktr++)
        {
            TV den = one - c * axnl - s * aynl;
            TV tem5 = (u - aynl * c + axnl * s - eo1) / den;
            TV big = TV.GreaterThanOrEqual(TV.Abs(tem5), C(0.95));
            tem5 = TV.Select(big, TV.Select(TV.GreaterThan(tem5, zero), C(0.95), C(-0.95)), tem5);
            eo1 += tem5; // stopped lanes' iterates are never used again
            active = TV.And(active, TV.GreaterThanOrEqual(TV.Abs(tem5), C(1.0e-12)));
            if (!TV.AnyTrue(active) || ktr == 10) break;
            TV sNew, cNew;
            if (!rotate || TV.AnyTrue(TV.And(active, TV.GreaterThan(TV.Abs(tem5), C(RotateLimit))))) (sNew, cNew) = TV.SinCos(eo1);
            else (sNew, cNew) = Rotate(s, c, tem5);
            s = TV.Select(active, sNew, s);
            c = TV.Select(active, cNew, c);
            active = TV.AndNot(active, TV.LessThan(stopScale * (tem5 * tem5), C(2.5e-13)));
        }
        st.Sineo1 = s;
        st.Coseo1 = c;
    }

    /// <summary>Largest Kepler step for which <see cref="Rotate"/> replaces a fresh sin/cos.</summary>
    private const double RotateLimit = 0.02;

    /// <summary>
    /// (sin(E + d), cos(E + d)) from s = sin E, c = cos E and |d| ≤ <see cref="RotateLimit"/>:
    /// sin d = d·(1 − d²/6 + d⁴/120 − d⁶/5040) and cos d − 1 = −d²/2·(1 − d²/12 + d⁴/360) (Taylor; the next terms are
    /// below 1e-20 here), s' = s + (c·sin d + s·(cos d − 1)), c' = c + (c·(cos d − 1) − s·sin d). Each step adds at most
    /// about 1 ulp to the error of (s, c) (measured through the SGP4 tests: well within their 1e-6 km).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (TV Sin, TV Cos) Rotate(TV s, TV c, TV d)
    {
        TV z = d * d;
        TV sinD = TV.MultiplyAdd(d * z, TV.MultiplyAdd(z, TV.MultiplyAdd(z, C(-1.0 / 5040.0), C(1.0 / 120.0)), C(-1.0 / 6.0)), d);
        TV cosDm1 = z * TV.MultiplyAdd(z, TV.MultiplyAdd(z, C(-1.0 / 720.0), C(1.0 / 24.0)), C(-0.5));
        return Turn(s, c, sinD, cosDm1);
    }

    /// <summary>(sin(E + d), cos(E + d)) from s = sin E, c = cos E, sin d and cos d − 1 (the latter two small).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (TV Sin, TV Cos) Turn(TV s, TV c, TV sinD, TV cosDm1) =>
        (s + TV.MultiplyAdd(c, sinD, s * cosDm1), c + TV.MultiplyAdd(c, cosDm1, -(s * sinD)));

    /// <summary>
    /// <see cref="Rotate"/> for |d| ≤ 0.125: Taylor series through d¹¹ (sin) and d¹⁰ (cos − 1); the first omitted terms
    /// are below 1e-20 there.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (TV Sin, TV Cos) RotateWide(TV s, TV c, TV d)
    {
        TV z = d * d;
        TV sinPoly = TV.MultiplyAdd(z, TV.MultiplyAdd(z, C(-1.0 / 39916800.0), C(1.0 / 362880.0)), C(-1.0 / 5040.0));
        sinPoly = TV.MultiplyAdd(z, TV.MultiplyAdd(z, sinPoly, C(1.0 / 120.0)), C(-1.0 / 6.0));
        TV sinD = TV.MultiplyAdd(d * z, sinPoly, d);
        TV cosPoly = TV.MultiplyAdd(z, TV.MultiplyAdd(z, C(-1.0 / 3628800.0), C(1.0 / 40320.0)), C(-1.0 / 720.0));
        TV cosDm1 = z * TV.MultiplyAdd(z, TV.MultiplyAdd(z, cosPoly, C(1.0 / 24.0)), C(-0.5));
        return Turn(s, c, sinD, cosDm1);
    }

    /// <summary>The reference's su = atan2(sinu, cosu) − dsu and xinc = xincp + dinc, and their sines and cosines (a separate
    /// method: inlined, this rarely taken path would exhaust ShortPeriod's inlining budget).</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void ReferenceAngles(TV sinu, TV cosu, TV dsu, TV xincp, TV dinc, out TV sinsu, out TV cossu, out TV sini, out TV cosi)
    {
        (sinsu, cossu) = TV.SinCos(TV.Atan2(sinu, cosu) - dsu);
        (sini, cosi) = TV.SinCos(xincp + dinc);
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void ShortPeriod(in GravityConstants grav, ref State st)
    {
        double j2 = grav.J2;
        TV zero = C(0.0), one = C(1.0);
        TV axnl = st.Axnl, aynl = st.Aynl, sineo1 = st.Sineo1, coseo1 = st.Coseo1, am = st.Am;
        TV ecose = axnl * coseo1 + aynl * sineo1;
        TV esine = axnl * sineo1 - aynl * coseo1;
        TV el2 = axnl * axnl + aynl * aynl;
        TV pl = am * (one - el2);
        TV err = SetError(st.Err, TV.LessThan(pl, zero), 4);

        TV rl = am * (one - ecose);
        TV invRl = one / rl; // one division for the three quotients by rl
        // √am from MeanElements (the same operation on the same value), and √pl = √am·√(1 − el2): one square root
        // where the reference takes three (√pl within 2 ulps of the reference's, in the velocity only).
        TV sqrtAm = st.SqrtAm;
        TV betal = TV.Sqrt(one - el2);
        TV rdotl = sqrtAm * esine * invRl;
        TV rvdotl = sqrtAm * betal * invRl;
        TV temp0 = esine / (one + betal);
        TV amOverRl = am * invRl;
        TV sinu = amOverRl * (sineo1 - aynl - axnl * temp0);
        TV cosu = amOverRl * (coseo1 - axnl + aynl * temp0);
        TV sin2u = (cosu + cosu) * sinu;
        TV cos2u = one - C(2.0) * sinu * sinu;
        TV tempp = one / pl;
        TV temp1 = C(0.5 * j2) * tempp;
        TV temp2 = temp1 * tempp;

        TV con41 = st.Con41, x1mth2 = st.X1mth2, cosip = st.Cosip;
        TV mrt = rl * (one - C(1.5) * temp2 * betal * con41) + C(0.5) * temp1 * x1mth2 * cos2u;
        TV dsu = C(0.25) * temp2 * st.X7thm1 * sin2u;           // su = atan2(sinu, cosu) − dsu
        TV xnode = st.Nodep + C(1.5) * temp2 * cosip * sin2u;
        TV dinc = C(1.5) * temp2 * cosip * st.Sinip * cos2u;    // xinc = xincp + dinc

        st.Err = err;
        st.Mrt = mrt;
        st.Rdotl = rdotl;
        st.Rvdotl = rvdotl;
        st.Temp1 = temp1;
        st.Sin2u = sin2u;
        st.Cos2u = cos2u;
        st.SinU = sinu;
        st.CosU = cosu;
        st.Dsu = dsu;
        st.Xnode = xnode;
        st.Dinc = dinc;
    }

    /// <summary>The orientation angles' sines and cosines: su = u − dsu, the node and xinc = xincp + dinc.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void OrientationAngles(ref State st)
    {
        TV sinu = st.SinU, cosu = st.CosU, dsu = st.Dsu, dinc = st.Dinc;
        // (sinu, cosu) are the sine and cosine of atan2(sinu, cosu), and (sinip, cosip) those of xincp, so the short-period
        // corrections (|dsu|, |dinc| below 1e-3 unless the orbit is nearly decayed) are applied by rotation: no atan2 and
        // two sin/cos fewer. Otherwise the reference's sequence.
        TV sinsu, cossu, sini, cosi;
        TV limit = C(RotateLimit);
        if (TV.AnyTrue(TV.Or(TV.GreaterThan(TV.Abs(dsu), limit), TV.GreaterThan(TV.Abs(dinc), limit))))
        {
            ReferenceAngles(sinu, cosu, dsu, st.Xincp, dinc, out sinsu, out cossu, out sini, out cosi);
        }
        else
        {
            (sinsu, cossu) = Rotate(sinu, cosu, -dsu);
            (sini, cosi) = Rotate(st.Sinip, st.Cosip, dinc);
        }
        var (snod, cnod) = TV.SinCos(st.Xnode);
        st.SinSu = sinsu;
        st.CosSu = cossu;
        st.SinNode = snod;
        st.CosNode = cnod;
        st.SinI = sini;
        st.CosI = cosi;
    }

    /// <summary>Position, velocity and the decay code from the short-period quantities (its own method, for the JIT's inlining budget).</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void StateVectors(in GravityConstants grav, bool velocity, ref State st, out Sgp4Lanes<TV> o)
    {
        double radius = grav.RadiusEarthKm, xke = grav.Xke;
        double vkmpersec = radius * xke / 60.0;
        TV mrt = st.Mrt, sinsu = st.SinSu, cossu = st.CosSu, snod = st.SinNode, cnod = st.CosNode, sini = st.SinI, cosi = st.CosI;
        TV xmx = -snod * cosi;
        TV xmy = cnod * cosi;
        TV ux = xmx * sinsu + cnod * cossu;
        TV uy = xmy * sinsu + snod * cossu;
        TV uz = sini * sinsu;
        TV r = C(radius);
        o.X = mrt * ux * r;
        o.Y = mrt * uy * r;
        o.Z = mrt * uz * r;
        if (velocity)
        {
            TV nm = st.Nm, temp1 = st.Temp1, x1mth2 = st.X1mth2, sin2u = st.Sin2u, cos2u = st.Cos2u;
            TV invXke = C(1.0 / xke);
            TV mvt = st.Rdotl - nm * temp1 * x1mth2 * sin2u * invXke;
            TV rvdot = st.Rvdotl + nm * temp1 * (x1mth2 * cos2u + C(1.5) * st.Con41) * invXke;
            TV vx = xmx * cossu - cnod * sinsu;
            TV vy = xmy * cossu - snod * sinsu;
            TV vz = sini * cossu;
            TV vk = C(vkmpersec);
            o.Vx = (mvt * ux + rvdot * vx) * vk;
            o.Vy = (mvt * uy + rvdot * vy) * vk;
            o.Vz = (mvt * uz + rvdot * vz) * vk;
        }
        else
        {
            o.Vx = o.Vy = o.Vz = C(0.0);
        }
        o.Error = SetError(st.Err, TV.LessThan(mrt, C(1.0)), 6);
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void DeepSpaceSecular(Sgp4Group g, int slot, TV t, TV no, ref TV em, ref TV argpm, ref TV inclm, ref TV mm, ref TV nodem, ref TV nm,
        ref Sgp4Resonance<TV> resonance)
    {
        TV theta = TV.Mod2Pi(L(g, F.Gsto, slot) + t * C(Rptim));
        em += L(g, F.Dedt, slot) * t;
        inclm += L(g, F.Didt, slot) * t;
        argpm += L(g, F.Domdt, slot) * t;
        nodem += L(g, F.Dnodt, slot) * t;
        mm += L(g, F.Dmdt, slot) * t;
        if (g.Kind == Sgp4GroupKind.DeepSpace) return;

        // Euler–Maclaurin integration on a fixed ±720 min grid from epoch; each lane stops on its own.
        bool halfDay = g.Kind == Sgp4GroupKind.DeepHalfDay;
        TV zero = C(0.0);
        TV atime = zero, xni = no, xli = L(g, F.Xlamo, slot);
        if (resonance.Valid)
        {
            // The reference's rule: restart from epoch unless t lies beyond the last state on the same side of epoch.
            TV keep = TV.And(TV.GreaterThan(t * resonance.Atime, zero), TV.GreaterThanOrEqual(TV.Abs(t), TV.Abs(resonance.Atime)));
            atime = TV.Select(keep, resonance.Atime, atime);
            xni = TV.Select(keep, resonance.Xni, xni);
            xli = TV.Select(keep, resonance.Xli, xli);
        }
        TV xfact = L(g, F.Xfact, slot);
        TV delt = TV.Select(TV.GreaterThan(t, zero), C(StepP), C(-StepP));
        TV xndt = zero, xldot = zero, xnddt = zero;
        TV active = TV.Equal(zero, zero);
        while (true)
        {
            TV dldot = xni + xfact;
            var (dndt, dnddt) = halfDay ? HalfDayRates(g, slot, xli, L(g, F.Argpo, slot) + L(g, F.Argpdot, slot) * atime, dldot)
                : SynchronousRates(g, slot, xli, dldot);
            xndt = TV.Select(active, dndt, xndt);
            xldot = TV.Select(active, dldot, xldot);
            xnddt = TV.Select(active, dnddt, xnddt);
            TV step = TV.And(active, TV.GreaterThanOrEqual(TV.Abs(t - atime), C(StepP)));
            if (!TV.AnyTrue(step)) break;
            xli = TV.Select(step, xli + xldot * delt + xndt * C(Step2), xli);
            xni = TV.Select(step, xni + xndt * delt + xnddt * C(Step2), xni);
            atime = TV.Select(step, atime + delt, atime);
            active = step;
        }
        resonance.Atime = atime;
        resonance.Xni = xni;
        resonance.Xli = xli;
        resonance.Valid = true;
        TV ft = t - atime;
        nm = xni + xndt * ft + xnddt * ft * ft * C(0.5);
        TV xl = xli + xldot * ft + xndt * ft * ft * C(0.5);
        mm = halfDay ? xl - C(2.0) * nodem + C(2.0) * theta : xl - nodem - argpm + theta;
        TV dn = nm - no;
        nm = no + dn;
    }

    /// <summary>
    /// The 24-hour resonance's dn/dt and d²n/dt² at xli (the reference's three terms). sin/cos of xli − fasx2,
    /// 2(xli − fasx4) and 3(xli − fasx6) come from one sin/cos of xli by angle addition and the constant phases (a few
    /// ulps, absolute, against three fresh sin/cos; a separate method so that the JIT inlines all of it).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static (TV Dndt, TV Dnddt) SynchronousRates(Sgp4Group g, int slot, TV xli, TV dldot)
    {
        TV del1 = L(g, F.Del1, slot), del2 = L(g, F.Del2, slot), del3 = L(g, F.Del3, slot);
        var (sl, cl) = TV.SinCosOutOfLine(xli);
        TV s2l = C(2.0) * sl * cl, c2l = (cl - sl) * (cl + sl);
        var (s1, c1) = Minus(sl, cl, SinFasx2, CosFasx2);
        var (s2, c2) = Minus(s2l, c2l, SinG22, CosG22); // 2·fasx4 = g22
        var (s3, c3) = Minus(s2l * cl + c2l * sl, c2l * cl - s2l * sl, Sin3Fasx6, Cos3Fasx6);
        TV dndt = del1 * s1 + del2 * s2 + del3 * s3;
        TV dnddt = (del1 * c1 + C(2.0) * del2 * c2 + C(3.0) * del3 * c3) * dldot;
        return (dndt, dnddt);
    }

    /// <summary>
    /// The 12-hour resonance's dn/dt and d²n/dt² at xli and xomi (the reference's ten terms, angles a·xomi + b·xli − G):
    /// from one sin/cos of xomi and one of xli by angle addition and the constant phases, against ten fresh sin/cos.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static (TV Dndt, TV Dnddt) HalfDayRates(Sgp4Group g, int slot, TV xli, TV xomi, TV dldot)
    {
        var (so, co) = TV.SinCosOutOfLine(xomi);
        var (sl, cl) = TV.SinCosOutOfLine(xli);
        TV s2o = C(2.0) * so * co, c2o = (co - so) * (co + so);
        TV s2l = C(2.0) * sl * cl, c2l = (cl - sl) * (cl + sl);
        TV sOl = so * cl + co * sl, cOl = co * cl - so * sl; // xomi + xli
        TV sLo = sl * co - cl * so, cLo = cl * co + sl * so; // xli − xomi
        var (s1, c1) = Minus(s2o * cl + c2o * sl, c2o * cl - s2o * sl, SinG22, CosG22);
        var (s2, c2) = Minus(sl, cl, SinG22, CosG22);
        var (s3, c3) = Minus(sOl, cOl, SinG32, CosG32);
        var (s4, c4) = Minus(sLo, cLo, SinG32, CosG32);
        var (s5, c5) = Minus(s2o * c2l + c2o * s2l, c2o * c2l - s2o * s2l, SinG44, CosG44);
        var (s6, c6) = Minus(s2l, c2l, SinG44, CosG44);
        var (s7, c7) = Minus(sOl, cOl, SinG52, CosG52);
        var (s8, c8) = Minus(sLo, cLo, SinG52, CosG52);
        var (s9, c9) = Minus(so * c2l + co * s2l, co * c2l - so * s2l, SinG54, CosG54);
        var (s10, c10) = Minus(s2l * co - c2l * so, c2l * co + s2l * so, SinG54, CosG54);
        TV d2201 = L(g, F.D2201, slot), d2211 = L(g, F.D2211, slot), d3210 = L(g, F.D3210, slot), d3222 = L(g, F.D3222, slot);
        TV d4410 = L(g, F.D4410, slot), d4422 = L(g, F.D4422, slot), d5220 = L(g, F.D5220, slot), d5232 = L(g, F.D5232, slot);
        TV d5421 = L(g, F.D5421, slot), d5433 = L(g, F.D5433, slot);
        TV dndt = d2201 * s1 + d2211 * s2 + d3210 * s3 + d3222 * s4 + d4410 * s5
                + d4422 * s6 + d5220 * s7 + d5232 * s8 + d5421 * s9 + d5433 * s10;
        TV dnddt = (d2201 * c1 + d2211 * c2 + d3210 * c3 + d3222 * c4 + d5220 * c7 + d5232 * c8
                 + C(2.0) * (d4410 * c5 + d4422 * c6 + d5421 * c9 + d5433 * c10)) * dldot;
        return (dndt, dnddt);
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void DeepSpacePeriodics(Sgp4Group g, int slot, TV t, OperationMode mode, ref TV ep, ref TV inclp, ref TV nodep, ref TV argpp, ref TV mp,
        out TV sinip, out TV cosip)
    {
        // sinip/cosip: sin/cos(inclp), also used by DeepSpaceInclinationTerms.
        // The lunar-solar terms are their own method: in one method with the application below, the JIT's inlining budget
        // ran out and left Select and arithmetic operators as calls (found in the deep-space profile, 2026-11-28).
        LunarSolarTerms(g, slot, t, out TV pe, out TV pinc, out TV pl, out TV pgh, out TV ph);
        inclp += pinc;
        ep += pe;
        // A fresh sin/cos of inclp, not sin/cos(inclm) rotated through pinc: near inclination π the reference divides by
        // 1 + cos(inclp) (xlcof), and the rotation's last-bit difference (it rotates by pinc where the reference takes
        // sin/cos of the rounded sum) grew to 6.7e-7 km there (CsCheck seed 2tDP4ww8aL22: i = 179.95°, e = 0.82).
        (sinip, cosip) = TV.SinCosOutOfLine(inclp);
        TV high = TV.GreaterThanOrEqual(inclp, C(0.2));
        TV argppOut = argpp, nodepOut = nodep, mpOut = mp;
        if (TV.AnyTrue(high))
        {
            TV ph1 = ph / sinip;
            TV pgh1 = pgh - cosip * ph1;
            argppOut = argpp + pgh1;
            nodepOut = nodep + ph1;
            mpOut = mp + pl;
        }
        TV low = TV.AndNot(TV.Equal(inclp, inclp), high); // not high, and not NaN
        if (TV.AnyTrue(low))
        {
            // Lyddane modification for low inclinations.
            var (sinop, cosop) = TV.SinCosOutOfLine(nodep);
            TV alfdp = sinip * sinop;
            TV betdp = sinip * cosop;
            TV dalf = ph * cosop + pinc * cosip * sinop;
            TV dbet = -ph * sinop + pinc * cosip * cosop;
            alfdp += dalf;
            betdp += dbet;
            TV nodem = TV.Mod2Pi(nodep);
            TV twoPi = C(TwoPi);
            if (mode == OperationMode.Afspc) nodem = TV.Select(TV.LessThan(nodem, C(0.0)), nodem + twoPi, nodem);
            TV xls = mp + argpp + cosip * nodem;
            TV dls = pl + pgh - pinc * nodem * sinip;
            xls += dls;
            TV xnoh = nodem;
            TV nodeL = TV.Atan2(alfdp, betdp);
            if (mode == OperationMode.Afspc) nodeL = TV.Select(TV.LessThan(nodeL, C(0.0)), nodeL + twoPi, nodeL);
            TV wrap = TV.GreaterThan(TV.Abs(xnoh - nodeL), C(Math.PI));
            nodeL = TV.Select(wrap, TV.Select(TV.LessThan(nodeL, xnoh), nodeL + twoPi, nodeL - twoPi), nodeL);
            TV mpL = mp + pl;
            TV argpL = xls - mpL - cosip * nodeL;
            argppOut = TV.Select(low, argpL, argppOut);
            nodepOut = TV.Select(low, nodeL, nodepOut);
            mpOut = TV.Select(low, mpL, mpOut);
        }
        argpp = argppOut;
        nodep = nodepOut;
        mp = mpOut;
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void LunarSolarTerms(Sgp4Group g, int slot, TV t, out TV pe, out TV pinc, out TV pl, out TV pgh, out TV ph)
    {
        // zf = zm + 2·e·sin zm with e = 0.01675 (sun) or 0.0549 (moon), so sin/cos(zf) are sin/cos(zm) rotated through
        // |2·e·sin zm| ≤ 0.11: by RotateWide instead of a second sin/cos (a few ulps of terms of order 1e-4 rad).
        TV zm = L(g, F.Zmos, slot) + C(Zns) * t;
        var (sinzm, coszm) = TV.SinCosOutOfLine(zm);
        var (sinzf, coszf) = RotateWide(sinzm, coszm, C(2.0 * Zes) * sinzm);
        TV f2 = C(0.5) * sinzf * sinzf - C(0.25);
        TV f3 = C(-0.5) * sinzf * coszf;
        TV ses = L(g, F.Se2, slot) * f2 + L(g, F.Se3, slot) * f3;
        TV sis = L(g, F.Si2, slot) * f2 + L(g, F.Si3, slot) * f3;
        TV sls = L(g, F.Sl2, slot) * f2 + L(g, F.Sl3, slot) * f3 + L(g, F.Sl4, slot) * sinzf;
        TV sghs = L(g, F.Sgh2, slot) * f2 + L(g, F.Sgh3, slot) * f3 + L(g, F.Sgh4, slot) * sinzf;
        TV shs = L(g, F.Sh2, slot) * f2 + L(g, F.Sh3, slot) * f3;
        zm = L(g, F.Zmol, slot) + C(Znl) * t;
        (sinzm, coszm) = TV.SinCosOutOfLine(zm);
        (sinzf, coszf) = RotateWide(sinzm, coszm, C(2.0 * Zel) * sinzm);
        f2 = C(0.5) * sinzf * sinzf - C(0.25);
        f3 = C(-0.5) * sinzf * coszf;
        TV sel = L(g, F.Ee2, slot) * f2 + L(g, F.E3, slot) * f3;
        TV sil = L(g, F.Xi2, slot) * f2 + L(g, F.Xi3, slot) * f3;
        TV sll = L(g, F.Xl2, slot) * f2 + L(g, F.Xl3, slot) * f3 + L(g, F.Xl4, slot) * sinzf;
        TV sghl = L(g, F.Xgh2, slot) * f2 + L(g, F.Xgh3, slot) * f3 + L(g, F.Xgh4, slot) * sinzf;
        TV shll = L(g, F.Xh2, slot) * f2 + L(g, F.Xh3, slot) * f3;
        pe = ses + sel;
        pinc = sis + sil;
        pl = sls + sll;
        pgh = sghs + sghl;
        ph = shs + shll;
    }
}
