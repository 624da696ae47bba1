using System.Globalization;
using Astro.Debris.Time;

namespace Astro.Debris.Elements;

/// <summary>
/// Reads two-line element sets (2-line and 3-line forms) by fixed columns, as laid out in the CelesTrak
/// format description: never split on whitespace, columns past 69 ignored, every malformed field reported
/// with its line and column.
/// </summary>
/// <remarks>
/// Accepted: CRLF/LF/CR line ends, a UTF-8 byte-order mark, blank lines between sets, <c>#</c> comment lines,
/// name lines with or without the <c>0 </c> prefix, blank-padded and Alpha-5 catalogue numbers, implied-decimal
/// exponent fields, blank eccentricity digits, day 366, lines of 68 characters when checksums are not verified.
/// Refused: ephemeris type 4 (SGP4-XP), non-ASCII characters, values out of range.
/// </remarks>
public static class TleReader
{
    private const string DefaultSourceName = "<tle>";

    /// <summary>Parses one element set from its two lines.</summary>
    /// <param name="line1">Line 1 (starts with <c>1 </c>).</param>
    /// <param name="line2">Line 2 (starts with <c>2 </c>).</param>
    /// <param name="name">The object name (the name line, with or without its <c>0 </c> prefix), or null.</param>
    /// <param name="options">Read options (only <see cref="ElementReadOptions.VerifyChecksum"/> matters here).</param>
    /// <returns>The element set.</returns>
    /// <exception cref="ElementsFormatException">A field is malformed; the source is "&lt;tle&gt;", line 1 or 2 (0 for the name).</exception>
    public static ElementSet Parse(string line1, string line2, string? name = null, ElementReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(line1);
        ArgumentNullException.ThrowIfNull(line2);
        options ??= ElementReadOptions.Default;
        string? cleanName = name is null ? null : CleanName(DefaultSourceName, 0, name);
        return ParseLines(DefaultSourceName, cleanName, line1, 1, line2, 2, options.VerifyChecksum);
    }

    /// <summary>Reads every element set of a TLE text (2-line or 3-line sets, or a mix).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">The name used in error messages (file path or a label such as "&lt;stdin&gt;").</param>
    /// <param name="options">Read options; by default checksums are verified and the first error is thrown.</param>
    /// <returns>The element sets read, and (with <see cref="ErrorHandling.SkipAndReport"/>) the errors of skipped sets.</returns>
    /// <exception cref="ElementsFormatException">A set is malformed and <see cref="ElementReadOptions.OnError"/> is <see cref="ErrorHandling.Stop"/>.</exception>
    public static ElementReadResult Read(TextReader reader, string sourceName, ElementReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= ElementReadOptions.Default;

        // Collect the meaningful lines: blank lines and '#' comment lines are skipped.
        var lines = new List<(int Number, string Text)>();
        string? raw;
        int number = 0;
        while ((raw = reader.ReadLine()) is not null)
        {
            number++;
            if (number == 1 && raw.Length > 0 && raw[0] == '\uFEFF') raw = raw[1..];
            if (string.IsNullOrWhiteSpace(raw)) continue;
            if (raw[0] == '#') continue;
            lines.Add((number, raw));
        }

        var elements = new List<ElementSet>();
        var errors = new List<ElementsFormatException>();
        int i = 0;
        while (i < lines.Count)
        {
            var (lineNo, text) = lines[i];
            try
            {
                if (IsLine1(text))
                {
                    if (i + 1 < lines.Count && IsLine2(lines[i + 1].Text))
                    {
                        i += 2;
                        elements.Add(ParseLines(sourceName, null, text, lineNo, lines[i - 1].Text, lines[i - 1].Number, options.VerifyChecksum));
                    }
                    else
                    {
                        i += 1;
                        throw new ElementsFormatException(sourceName, NextLineNumber(lines, i - 1), 1,
                            "line 2 of the element set (starting '2 ') after line 1");
                    }
                }
                else if (IsLine2(text))
                {
                    i += 1;
                    throw new ElementsFormatException(sourceName, lineNo, 1, "a name line or line 1 (starting '1 ') before line 2");
                }
                else
                {
                    // A name line: line 1 and line 2 must follow.
                    if (i + 1 < lines.Count && IsLine1(lines[i + 1].Text))
                    {
                        if (i + 2 < lines.Count && IsLine2(lines[i + 2].Text))
                        {
                            i += 3;
                            string? name = CleanName(sourceName, lineNo, text);
                            elements.Add(ParseLines(sourceName, name, lines[i - 2].Text, lines[i - 2].Number,
                                lines[i - 1].Text, lines[i - 1].Number, options.VerifyChecksum));
                        }
                        else
                        {
                            i += 2;
                            throw new ElementsFormatException(sourceName, NextLineNumber(lines, i - 1), 1,
                                "line 2 of the element set (starting '2 ') after line 1");
                        }
                    }
                    else
                    {
                        i += 1;
                        CleanName(sourceName, lineNo, text); // reports non-ASCII names first
                        throw new ElementsFormatException(sourceName, NextLineNumber(lines, i - 1), 1,
                            $"line 1 of an element set (starting '1 ') after the name line {lineNo}");
                    }
                }
            }
            catch (ElementsFormatException ex)
            {
                if (options.OnError == ErrorHandling.Stop) throw;
                errors.Add(ex);
            }
        }
        return new ElementReadResult(elements, errors);
    }

    private static int NextLineNumber(List<(int Number, string Text)> lines, int index)
        => index + 1 < lines.Count ? lines[index + 1].Number : lines[index].Number + 1;

    private static bool IsLine1(string text) => text.Length >= 2 && text[0] == '1' && text[1] == ' ';

    private static bool IsLine2(string text) => text.Length >= 2 && text[0] == '2' && text[1] == ' ';

    private static string? CleanName(string source, int lineNo, string text)
    {
        CheckAscii(source, lineNo, text);
        string name = text.Trim();
        if (name.StartsWith("0 ", StringComparison.Ordinal)) name = name[2..].Trim();
        else if (name == "0") name = "";
        return name.Length == 0 ? null : name;
    }

    private static void CheckAscii(string source, int lineNo, string text)
    {
        for (int k = 0; k < text.Length; k++)
        {
            char c = text[k];
            if (c > '\u007E' || (c < ' ' && c != '\t' && c != '\r' && c != '\n'))
            {
                throw new ElementsFormatException(source, lineNo, k + 1,
                    $"printable ASCII text (TLE is an ASCII format), found the character U+{(int)c:X4}");
            }
        }
    }

    /// <summary>Parses a validated pair of lines; every problem becomes an <see cref="ElementsFormatException"/>.</summary>
    internal static ElementSet ParseLines(string source, string? name, string line1, int line1No, string line2, int line2No, bool verifyChecksum)
    {
        var l1 = new Line(source, line1No, line1, '1', verifyChecksum);
        var l2 = new Line(source, line2No, line2, '2', verifyChecksum);

        // ---- line 1 ----
        int catalog = l1.CatalogNumber();
        char classification = l1.Text[7] switch
        {
            ' ' or 'U' => 'U',
            'C' => 'C',
            'S' => 'S',
            _ => throw l1.Fail(8, 8, "classification: U, C, S or blank in column 8"),
        };
        l1.Blank(9);
        string designator = l1.Designator();
        l1.Blank(18);
        int yy = l1.Integer(19, 20, "epoch year: two digits in columns 19-20", allowBlank: false);
        double day = l1.Decimal(21, 32, "epoch day of year: a number 1.0 <= day < 367.0 (1.0 = 1 January 00:00 UTC) in columns 21-32", 1.0, 367.0, maxInclusive: false);
        l1.Blank(33);
        double ndot = l1.Decimal(34, 43, "first derivative of mean motion / 2: a signed decimal such as ' .00000255' or '-.00000016' in columns 34-43", -1.0, 1.0, maxInclusive: false);
        l1.Blank(44);
        double nddot = l1.ImpliedExponent(45, "second derivative of mean motion / 6");
        l1.Blank(53);
        double bstar = l1.ImpliedExponent(54, "B* drag term");
        l1.Blank(62);
        int ephemerisType = l1.Text[62] switch
        {
            ' ' => 0,
            '4' => throw l1.Fail(63, 63, "ephemeris type 0 or 2 in column 63: type 4 (SGP4-XP) is not supported, because its columns 45-61 hold AGOM and BTERM instead of nddot and B*, and SGP4 would give plausible but wrong states"),
            >= '0' and <= '9' => l1.Text[62] - '0',
            _ => throw l1.Fail(63, 63, "ephemeris type: a digit or blank in column 63"),
        };
        l1.Blank(64);
        int elementSetNumber = l1.Integer(65, 68, "element set number: up to 4 digits in columns 65-68", allowBlank: true);

        // ---- line 2 ----
        int catalog2 = l2.CatalogNumber();
        if (catalog2 != catalog)
            throw l2.Fail(3, 7, $"catalogue number {Alpha5.Format(Math.Min(catalog, Alpha5.MaxCatalogNumber))} (the same as line 1) in columns 3-7");
        l2.Blank(8);
        double inclination = l2.Decimal(9, 16, "inclination: a number of degrees 0..180 in columns 9-16", 0.0, 180.0, maxInclusive: true);
        l2.Blank(17);
        double raan = l2.Decimal(18, 25, "right ascension of the ascending node: a number of degrees 0..360 in columns 18-25", 0.0, 360.0, maxInclusive: true);
        l2.Blank(26);
        double eccentricity = l2.Eccentricity();
        l2.Blank(34);
        double argp = l2.Decimal(35, 42, "argument of perigee: a number of degrees 0..360 in columns 35-42", 0.0, 360.0, maxInclusive: true);
        l2.Blank(43);
        double meanAnomaly = l2.Decimal(44, 51, "mean anomaly: a number of degrees 0..360 in columns 44-51", 0.0, 360.0, maxInclusive: true);
        l2.Blank(52);
        double meanMotion = l2.Decimal(53, 63, "mean motion: a number of revolutions per day > 0 in columns 53-63", 0.0, double.MaxValue, maxInclusive: true);
        if (!(meanMotion > 0.0)) throw l2.Fail(53, 63, "mean motion: a number of revolutions per day > 0 in columns 53-63");
        int revolution = l2.Integer(64, 68, "revolution number: up to 5 digits in columns 64-68", allowBlank: true);

        Epoch epoch = Epoch.FromTleEpoch(TleText.FullYear(yy), day);
        return new ElementSet
        {
            CatalogNumber = catalog,
            Name = name,
            Classification = classification,
            InternationalDesignator = designator,
            Epoch = epoch,
            MeanMotionDot = ndot,
            MeanMotionDdot = nddot,
            BStar = bstar,
            EphemerisType = ephemerisType,
            ElementSetNumber = elementSetNumber,
            Inclination = inclination * TleText.DegreesToRadians,
            RightAscensionOfAscendingNode = raan * TleText.DegreesToRadians,
            Eccentricity = eccentricity,
            ArgumentOfPerigee = argp * TleText.DegreesToRadians,
            MeanAnomaly = meanAnomaly * TleText.DegreesToRadians,
            MeanMotion = meanMotion,
            RevolutionNumber = revolution,
        };
    }

    /// <summary>One element line, padded to 69 columns, with field readers that fail with line and column.</summary>
    private sealed class Line
    {
        private readonly string _source;
        private readonly int _number;
        private readonly char _lineChar;

        public Line(string source, int number, string raw, char lineChar, bool verifyChecksum)
        {
            _source = source;
            _number = number;
            _lineChar = lineChar;
            CheckAscii(source, number, raw);
            string text = raw.TrimEnd();
            if (text.Length < 68)
            {
                // A truncated line: padding it would read the missing columns as blank fields (B* 0, the mean motion
                // cut to its first digits, revolution number 0), so it is an error with checksums relaxed too.
                throw new ElementsFormatException(source, number, text.Length + 1,
                    $"a complete line {lineChar} of 69 columns (68 when checksums are not verified); the line ends at column {text.Length} (truncated?)");
            }
            if (text.Length > 69) text = text[..69];
            if (text.Length < 69) text = text.PadRight(69);
            Text = text;
            if (text[0] != lineChar) throw Fail(1, 1, $"line number '{lineChar}' in column 1");
            Blank(2);
            if (verifyChecksum)
            {
                char c = text[68];
                int expected = TleText.Checksum(text);
                if (c == ' ')
                    throw Fail(69, 69, $"checksum digit {expected} in column 69 (the line has only 68 columns; relax checksum verification to accept it)");
                if (!char.IsAsciiDigit(c) || c - '0' != expected)
                    throw Fail(69, 69, $"checksum digit {expected} in column 69 (sum of the digits in columns 1-68, '-' counting 1, modulo 10)");
            }
        }

        public string Text { get; }

        public ElementsFormatException Fail(int from, int to, string expected)
        {
            string found = Text.Substring(from - 1, to - from + 1);
            return new ElementsFormatException(_source, _number, from, $"{expected}, found '{found}'");
        }

        public void Blank(int column)
        {
            if (Text[column - 1] != ' ')
                throw Fail(column, column, $"a blank separator in column {column} of line {_lineChar}");
        }

        public int CatalogNumber()
        {
            if (!Alpha5.TryParse(Text.AsSpan(2, 5), out int value))
                throw Fail(3, 7, "catalogue number: up to 5 digits (leading blanks allowed) or Alpha-5 (a letter A-Z without I and O, then 4 digits) in columns 3-7");
            return value;
        }

        public string Designator()
        {
            string s = Text.Substring(9, 8).Trim();
            foreach (char c in s)
            {
                if (!char.IsAsciiLetterOrDigit(c))
                    throw Fail(10, 17, "international designator: launch year, launch number and piece (e.g. '98067A  ') or blanks in columns 10-17");
            }
            return s;
        }

        public int Integer(int from, int to, string what, bool allowBlank)
        {
            var span = Text.AsSpan(from - 1, to - from + 1).TrimStart(' ');
            if (span.IsEmpty)
            {
                if (allowBlank) return 0;
                throw Fail(from, to, what);
            }
            int value = 0;
            foreach (char c in span)
            {
                if (!char.IsAsciiDigit(c)) throw Fail(from, to, what);
                value = value * 10 + (c - '0');
            }
            return value;
        }

        public double Decimal(int from, int to, string what, double min, double max, bool maxInclusive)
        {
            var span = Text.AsSpan(from - 1, to - from + 1).Trim(' ');
            if (span.IsEmpty
                || !double.TryParse(span, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value)
                || !(value >= min) || (maxInclusive ? value > max : value >= max))
            {
                throw Fail(from, to, what);
            }
            return value;
        }

        public double Eccentricity()
        {
            Span<char> digits = stackalloc char[9];
            digits[0] = '0';
            digits[1] = '.';
            for (int k = 0; k < 7; k++)
            {
                char c = Text[26 + k];
                if (c == ' ') c = '0';
                else if (!char.IsAsciiDigit(c))
                    throw Fail(27, 33, "eccentricity: 7 digits with an implied leading decimal point (0 <= e < 1) in columns 27-33");
                digits[2 + k] = c;
            }
            return double.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }

        /// <summary>An 8-column field 'sddddd±e' meaning ±0.ddddd × 10^±e (e.g. ' 28098-4' = 0.28098e-4).</summary>
        public double ImpliedExponent(int from, string what)
        {
            int to = from + 7;
            var f = Text.AsSpan(from - 1, 8);
            if (f.IsWhiteSpace()) return 0.0;
            string expected = $"{what}: sign, 5 mantissa digits with an implied leading decimal point, exponent sign and digit (e.g. ' 28098-4' = 0.28098e-4) in columns {from}-{to}";
            char sign = f[0];
            if (sign != ' ' && sign != '+' && sign != '-') throw Fail(from, to, expected);
            Span<char> mantissa = stackalloc char[7];
            mantissa[0] = '0';
            mantissa[1] = '.';
            for (int k = 0; k < 5; k++)
            {
                char c = f[1 + k];
                if (c == ' ') c = '0';
                else if (!char.IsAsciiDigit(c)) throw Fail(from, to, expected);
                mantissa[2 + k] = c;
            }
            char expSign = f[6];
            char expDigit = f[7];
            if ((expSign != '+' && expSign != '-' && expSign != ' ') || !char.IsAsciiDigit(expDigit)) throw Fail(from, to, expected);
            int exponent = expDigit - '0';
            if (expSign == '-') exponent = -exponent;
            double value = double.Parse(mantissa, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * TleText.PowersOfTen[exponent + 9];
            return sign == '-' ? -value : value;
        }
    }
}
