using System.Globalization;
using Astro.Debris.Elements;
using Astro.Debris.Time;
using CsCheck;

namespace Astro.Debris.Tests.Reliability;

/// <summary>CsCheck generators of valid element sets (TLE grid and free OMM values) and of SGP4 workloads.</summary>
internal static class Generators
{
    private const double Deg = Math.PI / 180.0;

    private static double Fixed(long units, int decimals) =>
        double.Parse((units / Math.Pow(10, decimals)).ToString("F" + decimals, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A value with <paramref name="decimals"/> decimals in [0, max], with the end points and their neighbours favoured.</summary>
    private static Gen<double> Grid(double max, int decimals)
    {
        long top = (long)Math.Round(max * Math.Pow(10, decimals));
        return Gen.Frequency(
            (6, Gen.Long[0, top]),
            (1, Gen.OneOf(0L, 1L, top - 1, top)))
            .Select(u => Fixed(u, decimals));
    }

    /// <summary>Catalogue numbers: 5-digit ones, Alpha-5 ones (100,000–339,999) and the boundaries.</summary>
    public static readonly Gen<int> TleCatalog = Gen.Frequency(
        (3, Gen.Int[0, 99_999]),
        (3, Gen.Int[100_000, Alpha5.MaxCatalogNumber]),
        (1, Gen.OneOf(0, 1, 99_999, 100_000, 180_000, 339_999)));

    /// <summary>±0.ddddd × 10^e as the TLE exponent fields hold it (normalised mantissa, e in −9..9), or 0.</summary>
    public static readonly Gen<double> ImpliedExponent = Gen.Frequency(
        (1, Gen.Const(0.0)),
        (8, Gen.Select(Gen.Int[10_000, 99_999], Gen.Frequency((3, Gen.Int[-9, 9]), (1, Gen.OneOf(-9, 9))), Gen.Bool,
            (m, e, neg) => (neg ? -1 : 1) * double.Parse("0." + m.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) * Math.Pow(10, e))));

    /// <summary>Eccentricity on the TLE grid (7 decimals), with e near 0 and near 1 favoured.</summary>
    public static readonly Gen<double> TleEccentricity = Gen.Frequency(
        (4, Gen.Long[0, 9_999_999]),
        (1, Gen.Long[0, 10]),
        (1, Gen.Long[9_999_990, 9_999_999]))
        .Select(u => Fixed(u, 7));

    private static readonly Gen<string> Designator = Gen.Frequency(
        (1, Gen.Const("")),
        (4, Gen.Select(Gen.Int[0, 99], Gen.Int[1, 999], Gen.Char['A', 'Z'].Array[1, 3],
            (y, n, p) => y.ToString("D2", CultureInfo.InvariantCulture) + n.ToString("D3", CultureInfo.InvariantCulture) + new string(p))));

    /// <summary>Names a TLE name line can hold: printable ASCII, no leading/trailing blanks.</summary>
    public static readonly Gen<string?> TleName = Gen.Frequency(
        (1, Gen.Const((string?)null)),
        (4, Gen.Char[" !\"$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcxyz{|}~"].Array[1, 24]
            .Select(a => new string(a).Trim()).Select(s => s.Length == 0 ? null : s)));

    /// <summary>Any element set a TLE can hold exactly (every value on the TLE grid).</summary>
    public static readonly Gen<ElementSet> TleElementSet =
        Gen.Select(
            Gen.Select(TleCatalog, Gen.OneOf('U', 'C', 'S'), Designator, TleName, Gen.Int[1957, 2056], Gen.Long[100_000_000, 36_599_999_999],
                (cat, cls, des, name, year, dayUnits) => (cat, cls, des, name, year, day: Fixed(dayUnits, 8))),
            Gen.Select(Gen.Long[-99_999_999, 99_999_999], ImpliedExponent, ImpliedExponent, Gen.OneOf(0, 2), Gen.Int[0, 9999], Gen.Int[0, 99_999],
                (ndot, nddot, bstar, eph, elset, rev) => (ndot: Fixed(ndot, 8), nddot, bstar, eph, elset, rev)),
            Gen.Select(Grid(180, 4), Grid(360, 4), TleEccentricity, Grid(360, 4), Grid(360, 4),
                Gen.Frequency((6, Gen.Long[1, 1_999_999_999]), (1, Gen.OneOf(1L, 99_999_99999L)), (2, Gen.Long[1_000_000_000, 1_700_000_000])),
                (i, raan, e, w, m, n) => (i, raan, e, w, m, n: Fixed(n, 8))),
            (a, b, c) => new ElementSet
            {
                CatalogNumber = a.cat,
                Classification = a.cls,
                InternationalDesignator = a.des,
                Name = a.name,
                Epoch = Epoch.FromTleEpoch(a.year, Math.Min(a.day, (a.year % 4 == 0 ? 366.99999999 : 365.99999999))),
                MeanMotionDot = b.ndot,
                MeanMotionDdot = b.nddot,
                BStar = b.bstar,
                EphemerisType = b.eph,
                ElementSetNumber = b.elset,
                RevolutionNumber = b.rev,
                Inclination = c.i * Deg,
                RightAscensionOfAscendingNode = c.raan * Deg,
                Eccentricity = c.e,
                ArgumentOfPerigee = c.w * Deg,
                MeanAnomaly = c.m * Deg,
                MeanMotion = c.n,
            });

    /// <summary>Finite doubles of any magnitude and sign, zero and the extremes included.</summary>
    public static readonly Gen<double> AnyFinite = Gen.Frequency(
        (4, Gen.Double[-1, 1]),
        (4, Gen.Select(Gen.Double[1, 10], Gen.Int[-300, 300], Gen.Bool, (m, e, neg) => (neg ? -1 : 1) * m * Math.Pow(10, e))),
        (1, Gen.OneOf(0.0, -0.0, double.Epsilon, -double.Epsilon, double.MaxValue, double.MinValue, 1e-300, 1e300)));

    /// <summary>Names an OMM can hold: any letters (non-ASCII included), digits and punctuation, no leading/trailing blanks.</summary>
    public static readonly Gen<string?> OmmName = Gen.Frequency(
        (1, Gen.Const((string?)null)),
        (4, Gen.Char["ABCXYZabcxyz0123456789 -_()/.:#+*'\"<>&,;=[]{}\\éßÅΩЖ中\u00A0"].Array[1, 24]
            .Select(a => new string(a).Trim()).Select(s => s.Length == 0 ? null : s)));

    /// <summary>Any element set an OMM can hold: free doubles (angles in radians within the OMM degree ranges), catalogue numbers to 999,999,999.</summary>
    public static readonly Gen<ElementSet> OmmElementSet =
        Gen.Select(
            Gen.Select(Gen.Frequency((3, Gen.Int[0, 999_999_999]), (1, Gen.OneOf(0, 339_999, 340_000, 999_999_999))),
                Gen.OneOf('U', 'C', 'S'), Designator, OmmName,
                Gen.Select(Gen.Int[1900, 2100], Gen.Int[1, 365], Gen.Long[0, 86_399_999_999L], (y, d, us) => Epoch.FromJulianDate(Epoch.JulianDayNumberAtMidnight(y, 1, 1) + d - 1, us / 86_400_000_000.0)),
                (cat, cls, des, name, epoch) => (cat, cls, des, name, epoch)),
            Gen.Select(AnyFinite, AnyFinite, AnyFinite, Gen.OneOf(0, 2), Gen.Int[0, 999_999_999], Gen.Int[0, 999_999_999],
                (ndot, nddot, bstar, eph, elset, rev) => (ndot, nddot, bstar, eph, elset, rev)),
            Gen.Select(Gen.Frequency((4, Gen.Double[0, Math.PI]), (1, Gen.OneOf(0.0, Math.PI, 179.99999999 * Deg))),
                Gen.Frequency((4, Gen.Double[0, 2 * Math.PI]), (1, Gen.OneOf(0.0, 2 * Math.PI, Math.BitDecrement(2 * Math.PI), 360 * Deg))),
                Gen.Frequency((4, Gen.Double[0, 1]), (1, Gen.OneOf(0.0, double.Epsilon, 1e-300, 1e-16, Math.BitDecrement(1.0)))),
                Gen.Double[0, 2 * Math.PI], Gen.Double[0, 2 * Math.PI],
                Gen.Frequency((4, Gen.Double[0.01, 20]), (1, Gen.OneOf(double.Epsilon, 1e-300, 1e300, double.MaxValue))),
                (i, raan, e, w, m, n) => (i, raan, e, w, m, n)),
            (a, b, c) => new ElementSet
            {
                CatalogNumber = a.cat,
                Classification = a.cls,
                InternationalDesignator = a.des,
                Name = a.name,
                Epoch = a.epoch,
                MeanMotionDot = b.ndot,
                MeanMotionDdot = b.nddot,
                BStar = b.bstar,
                EphemerisType = b.eph,
                ElementSetNumber = b.elset,
                RevolutionNumber = b.rev,
                Inclination = c.i,
                RightAscensionOfAscendingNode = c.raan,
                Eccentricity = c.e < 1.0 ? c.e : Math.BitDecrement(1.0),
                ArgumentOfPerigee = c.w,
                MeanAnomaly = c.m,
                MeanMotion = c.n > 0 ? c.n : double.Epsilon,
            });

    /// <summary>
    /// Element sets SGP4 will initialise (or fail on, with a code): low and high drag (decaying within the grid),
    /// near-circular to e ≈ 0.99 (perigee under the surface: codes 1, 4, 6), near-Earth and deep space
    /// (12 h and 24 h resonances included).
    /// </summary>
    public static readonly Gen<ElementSet> Sgp4ElementSet =
        Gen.Select(
            Gen.Frequency(
                (4, Gen.Double[11.0, 16.5]),                 // LEO
                (2, Gen.Double[1.0, 6.4]),                   // deep space, no resonance
                (2, Gen.Double[1.9, 2.1]),                   // 12 h (Molniya/GPS)
                (2, Gen.Double[0.95, 1.05]),                 // 24 h (GEO)
                (1, Gen.Double[16.0, 17.0])),                // decaying LEO
            Gen.Frequency((4, Gen.Double[0, 0.05]), (2, Gen.Double[0.05, 0.75]), (1, Gen.Double[0.75, 0.999])),
            Gen.Double[0, 180], Gen.Double[0, 360], Gen.Double[0, 360], Gen.Double[0, 360],
            Gen.Frequency((3, Gen.Double[-1e-4, 1e-3]), (1, Gen.Double[1e-3, 0.01]), (1, Gen.Double[0.01, 1.0])), // up to fragment-like drag
            (n, e, i, raan, w, m, bstar) => new ElementSet
            {
                CatalogNumber = 1,
                Epoch = Epoch.FromTleEpoch(2022, 221.5),
                BStar = bstar,
                Inclination = i * Deg,
                RightAscensionOfAscendingNode = raan * Deg,
                Eccentricity = e,
                ArgumentOfPerigee = w * Deg,
                MeanAnomaly = m * Deg,
                MeanMotion = n,
            });
}
