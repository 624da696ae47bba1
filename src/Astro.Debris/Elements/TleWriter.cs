using System.Globalization;
using System.Text;

namespace Astro.Debris.Elements;

/// <summary>
/// Writes element sets as two-line element sets (fixed columns, valid checksums, Alpha-5 catalogue numbers above 99,999).
/// </summary>
/// <remarks>
/// Values are rounded to the TLE resolution (angles 1e-4°, eccentricity 1e-7, mean motion 1e-8 rev/day, epoch 1e-8 day,
/// 5 significant digits for nddot and B*). Sets read from a TLE are written back to text that reads to the identical
/// <see cref="ElementSet"/>. Right ascension, argument of perigee and mean anomaly outside 0..360° are wrapped into it;
/// the revolution number is written modulo 100,000 and the element set number modulo 10,000, as the fields wrap.
/// </remarks>
public static class TleWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Formats one element set as its two lines (69 characters each, no line ends).</summary>
    /// <param name="elements">The element set.</param>
    /// <returns>Line 1 and line 2.</returns>
    /// <exception cref="ArgumentException">A value cannot be written in a TLE (catalogue number above 339,999, ephemeris
    /// type 4, mean motion of 100 rev/day or more, |ndot/2| ≥ 1, an exponent beyond ±9, epoch outside 1957–2056…).</exception>
    public static (string Line1, string Line2) Format(ElementSet elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        if (elements.CatalogNumber < 0 || elements.CatalogNumber > Alpha5.MaxCatalogNumber)
            throw new ArgumentException($"Catalogue number {elements.CatalogNumber} cannot be written in a TLE (0..339999 with Alpha-5); write OMM instead.", nameof(elements));
        string catalog = Alpha5.Format(elements.CatalogNumber);
        char classification = elements.Classification;
        if (!char.IsAsciiLetterUpper(classification))
            throw new ArgumentException($"Classification '{classification}' is not an upper-case ASCII letter (U, C or S).", nameof(elements));
        string designator = elements.InternationalDesignator ?? "";
        if (designator.Length > 8 || designator.Any(c => !char.IsAsciiLetterOrDigit(c)))
            throw new ArgumentException($"International designator '{designator}' does not fit TLE columns 10-17 (up to 8 ASCII letters and digits, e.g. 98067A).", nameof(elements));
        if (elements.EphemerisType < 0 || elements.EphemerisType > 9 || elements.EphemerisType == 4)
            throw new ArgumentException($"Ephemeris type {elements.EphemerisType} cannot be written (0..9, and 4 = SGP4-XP is not supported).", nameof(elements));

        var (yearText, dayText) = FormatEpoch(elements);

        var l1 = new StringBuilder(69);
        l1.Append("1 ").Append(catalog).Append(classification).Append(' ')
          .Append(designator.PadRight(8)).Append(' ')
          .Append(yearText).Append(dayText).Append(' ')
          .Append(FormatNdot(elements.MeanMotionDot)).Append(' ')
          .Append(FormatImpliedExponent(elements.MeanMotionDdot, "MeanMotionDdot", " 00000-0")).Append(' ')
          .Append(FormatImpliedExponent(elements.BStar, "BStar", " 00000+0")).Append(' ')
          .Append((char)('0' + elements.EphemerisType)).Append(' ')
          .Append(Mod(elements.ElementSetNumber, 10_000).ToString(Inv).PadLeft(4));
        l1.Append((char)('0' + TleText.Checksum(l1.ToString())));

        double inclination = elements.Inclination * TleText.RadiansToDegrees;
        string inc = inclination.ToString("F4", Inv);
        if (!(inclination >= -0.00005) || double.Parse(inc, Inv) > 180.0)
            throw new ArgumentException($"Inclination {inclination}° is outside 0..180°.", nameof(elements));
        if (inc == "-0.0000") inc = "0.0000";
        if (!(elements.Eccentricity >= 0.0 && elements.Eccentricity < 1.0))
            throw new ArgumentException($"Eccentricity {elements.Eccentricity} is outside [0, 1).", nameof(elements));
        string ecc = elements.Eccentricity.ToString("F7", Inv);
        if (!ecc.StartsWith("0.", StringComparison.Ordinal))
            throw new ArgumentException($"Eccentricity {elements.Eccentricity} rounds to 1 at 7 decimals.", nameof(elements));
        if (!(elements.MeanMotion > 0.0))
            throw new ArgumentException($"Mean motion {elements.MeanMotion} rev/day must be positive.", nameof(elements));
        string n = elements.MeanMotion.ToString("F8", Inv);
        if (n.Length > 11 || n == "0.00000000")
            throw new ArgumentException($"Mean motion {elements.MeanMotion} rev/day does not fit TLE columns 53-63 (0 < n < 100).", nameof(elements));

        var l2 = new StringBuilder(69);
        l2.Append("2 ").Append(catalog).Append(' ')
          .Append(inc.PadLeft(8)).Append(' ')
          .Append(FormatAngle(elements.RightAscensionOfAscendingNode)).Append(' ')
          .Append(ecc, 2, 7).Append(' ')
          .Append(FormatAngle(elements.ArgumentOfPerigee)).Append(' ')
          .Append(FormatAngle(elements.MeanAnomaly)).Append(' ')
          .Append(n.PadLeft(11))
          .Append(Mod(elements.RevolutionNumber, 100_000).ToString(Inv).PadLeft(5));
        l2.Append((char)('0' + TleText.Checksum(l2.ToString())));
        return (l1.ToString(), l2.ToString());
    }

    /// <summary>
    /// Writes element sets as TLE text: for each set an optional name line (when <see cref="ElementSet.Name"/> is not
    /// null and <paramref name="writeNames"/> is true), then line 1 and line 2; lines end with '\n'.
    /// </summary>
    /// <param name="elements">The element sets.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="writeNames">Write name lines (3-line form) for sets that have a name.</param>
    /// <param name="zeroPrefixNames">Prefix name lines with <c>0 </c> (the Space-Track 3LE style). Names that would read back
    /// differently without it (starting "0 ", "1 ", "2 " or "#", or the name "0") get the prefix in any case.</param>
    /// <exception cref="ArgumentException">A set cannot be written in a TLE (see <see cref="Format"/>).</exception>
    public static void Write(IEnumerable<ElementSet> elements, TextWriter writer, bool writeNames = true, bool zeroPrefixNames = false)
    {
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var set in elements)
        {
            var (line1, line2) = Format(set);
            if (writeNames && !string.IsNullOrWhiteSpace(set.Name))
            {
                string name = set.Name.Trim();
                if (name.Any(c => c < ' ' || c > '~'))
                    throw new ArgumentException($"Name '{name}' is not printable ASCII, which a TLE requires.", nameof(elements));
                // A name the reader would take for something else ("0 X" loses its "0 ", "1 X"/"2 X" look like
                // element lines, "#X" like a comment) gets the "0 " prefix, which the reader removes exactly once.
                writer.Write(zeroPrefixNames || NeedsZeroPrefix(name) ? "0 " + name : name);
                writer.Write('\n');
            }
            writer.Write(line1);
            writer.Write('\n');
            writer.Write(line2);
            writer.Write('\n');
        }
    }

    private static bool NeedsZeroPrefix(string name) =>
        name == "0" || name[0] == '#' || (name.Length >= 2 && name[1] == ' ' && name[0] is '0' or '1' or '2');

    private static int Mod(int value, int modulus) => ((value % modulus) + modulus) % modulus;

    private static (string Year, string Day) FormatEpoch(ElementSet elements)
    {
        var (year, dayOfYear) = elements.Epoch.ToTleEpoch();
        string day = dayOfYear.ToString("F8", Inv);
        if (double.Parse(day, Inv) >= 367.0)
        {
            year += 1;
            day = "1.00000000";
        }
        if (year < 1957 || year > 2056)
            throw new ArgumentException($"Epoch year {year} cannot be written in a TLE (two-digit years cover 1957..2056).", nameof(elements));
        return ((year % 100).ToString("D2", Inv), day.PadLeft(12, '0'));
    }

    private static string FormatAngle(double radians)
    {
        double degrees = radians * TleText.RadiansToDegrees;
        if (!double.IsFinite(degrees)) throw new ArgumentException($"Angle {radians} rad is not finite.", nameof(radians));
        if (degrees < 0.0 || degrees > 360.0)
        {
            degrees %= 360.0;
            if (degrees < 0.0) degrees += 360.0;
        }
        string s = degrees.ToString("F4", Inv);
        if (s == "-0.0000") s = "0.0000";
        return s.PadLeft(8);
    }

    private static string FormatNdot(double value)
    {
        string s = Math.Abs(value).ToString("F8", Inv);
        if (!double.IsFinite(value) || !s.StartsWith("0.", StringComparison.Ordinal))
            throw new ArgumentException($"MeanMotionDot {value} rev/day² does not fit TLE columns 34-43 (|value| < 1).", nameof(value));
        char sign = value < 0 && s != "0.00000000" ? '-' : ' ';
        return sign + s[1..];
    }

    /// <summary>Formats ±0.ddddd × 10^±e into 8 columns, e.g. 2.8098e-5 → ' 28098-4'.</summary>
    private static string FormatImpliedExponent(double value, string field, string zero)
    {
        if (!double.IsFinite(value)) throw new ArgumentException($"{field} {value} is not finite.", nameof(value));
        if (value == 0.0) return zero;
        double abs = Math.Abs(value);
        string e = abs.ToString("E4", Inv); // d.ddddE±xxx
        string digits = string.Concat(e.AsSpan(0, 1), e.AsSpan(2, 4));
        int exponent = int.Parse(e.AsSpan(7), NumberStyles.AllowLeadingSign, Inv) + 1;
        if (exponent > 9)
            throw new ArgumentException($"{field} {value} is too large for a TLE exponent field (|value| < 1e9).", nameof(value));
        if (exponent < -9)
        {
            // Below 0.1e-9: denormalise the mantissa at exponent -9, or write zero.
            long m = (long)Math.Round(abs / 1e-14, MidpointRounding.AwayFromZero);
            if (m == 0) return zero;
            digits = m.ToString("D5", Inv);
            exponent = -9;
        }
        char sign = value < 0 ? '-' : ' ';
        return string.Create(Inv, $"{sign}{digits}{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent)}");
    }
}
