using System.Globalization;
using System.Text;
using Astro.Debris.Elements;

namespace Astro.Debris.Tests.Reliability.Fuzzing;

/// <summary>
/// A structure-aware text mutator: byte-level edits (flip, insert, delete, duplicate, truncate), token edits
/// (numbers replaced by boundary values, NaN, infinities, huge exponents), line edits (delete, swap, duplicate)
/// and splices from other seeds. Deterministic for a given <see cref="Random"/> seed.
/// </summary>
internal sealed class Mutator
{
    private static readonly char[] InterestingChars =
    [
        '0', '1', '9', '-', '+', '.', 'e', 'E', ' ', '\t', '\r', '\n', '"', '\'', '<', '>', '/', '&', ',', '=', ':',
        '[', ']', '{', '}', '\\', '#', 'U', 'A', 'I', 'O', 'Z', '\0', '\u0007', '\u007F', '\u00E9', '\u00A0', '\uFEFF',
        '\uD800', '\uDC00', '\u2212', '\uFF11', '\u0660',
    ];

    private static readonly string[] InterestingTokens =
    [
        "NaN", "nan", "Infinity", "-Infinity", "inf", "\u221E", "1e309", "-1e309", "1E+400", "4.9e-324", "-0", "-0.0", "0",
        "1", "-1", "0.9999999", "1.0", "1.0000001", "0.99999999999999999", "99999999999999999999", "2147483648",
        "-2147483649", "9223372036854775808", "179.99999", "180.0001", "360", "360.00001", "-.00000001", "366.99999999",
        "367", "0.5", "1e-9", "-9", "+9", "00000-0", "99999+9", "99999-9", " 12345-9", "-99999+9", "Z9999", "A0000",
        "I0000", "O1234", "z1234", "339999", "340000", "999999999", "1000000000", "0000-01-01T00:00:00",
        "9999-12-31T23:59:60.999999", "2021-02-29T00:00:00", "2020-366T00:00:00", "2021-366T12:00:00",
        "1957-001T00:00:00", "2056-12-31T23:59:59.9999999999", "2021-11-15T02:47:00+01:00", "24:00:00", "1.#INF",
        "\u0000", "&amp;", "&#0;", "&#xD800;", "&lt;", "&unknown;", "<![CDATA[1.0]]>", "<!-- x -->",
        "<!DOCTYPE omm [<!ENTITY e \"1\">]>", "\\u0000", "\\uD800", "\\uDC00\\uD800", "\\\"", "null", "true", "[]",
        "{}", "\"\"", "\"", ",,", "==", "= ", "COMMENT", "CCSDS_OMM_VERS = 2.0", "EPOCH", "MEAN_MOTION", "ECCENTRICITY",
        "NORAD_CAT_ID", "BSTAR", "EPHEMERIS_TYPE = 4", "SGP4-XP", "[deg]", "[", "]", " ", "\t", "\r", "\n", "\r\n",
        "\uFEFF", "1 ", "2 ", "0 ",
    ];

    /// <summary>Extra tokens for CDMs (KVN and XML): section keywords, markup, units, nil values, HBR comments.</summary>
    public static readonly string[] CdmTokens =
    [
        "CCSDS_CDM_VERS = 1.0", "CCSDS_CDM_VERS = 2.0", "CCSDS_CDM_VERS = 3.0", "OBJECT = OBJECT1", "OBJECT = OBJECT2",
        "OBJECT = OBJECT3", "TCA = ", "MISS_DISTANCE = ", "COLLISION_PROBABILITY = ", "CR_R = ", "CDRG_R = ", "CTHR_THR = ",
        "X_DOT = ", "REF_FRAME = ITRF", "COMMENT HBR = 20", "COMMENT HBR = 1e309 km", "COMMENT", "HBR", " [km]", " [m**2]",
        "[", "]", "<cdm version=\"1.0\">", "</cdm>", "<ndm>", "<header>", "</header>", "<body>", "</body>",
        "<relativeMetadataData>", "</relativeMetadataData>", "<segment>", "</segment>", "<metadata>", "</metadata>",
        "<data>", "</data>", "<stateVector>", "<covarianceMatrix>", " units=\"km\"", " xsi:nil=\"true\"", "<X/>",
        "<COMMENT>HBR = 10 [m]</COMMENT>", "<MISS_DISTANCE>", "</MISS_DISTANCE>", "NaN", "2010-03-13T22:37:52.618",
        "2010-072T22:37:52.618", "9999-12-31T23:59:59.999", "0001-01-01T00:00:00",
    ];

    private readonly Random _rng;
    private readonly string[] _seeds;
    private readonly string[] _tokens;

    public Mutator(Random rng, string[] seeds, string[]? extraTokens = null)
    {
        _rng = rng;
        _seeds = seeds;
        _tokens = extraTokens is null ? InterestingTokens : [.. InterestingTokens, .. extraTokens];
    }

    /// <summary>A seed with 1–5 stacked mutations (or, rarely, the seed itself).</summary>
    public string Next(out int seedIndex)
    {
        seedIndex = _rng.Next(_seeds.Length);
        var sb = new StringBuilder(_seeds[seedIndex]);
        if (_rng.Next(64) == 0) return sb.ToString();
        int n = 1 + (_rng.Next(8) switch { < 4 => 0, < 6 => 1, 6 => 2, _ => 4 });
        for (int k = 0; k < n; k++) Mutate(sb);
        return sb.ToString();
    }

    private char RandomChar() => _rng.Next(4) switch
    {
        0 => InterestingChars[_rng.Next(InterestingChars.Length)],
        1 => (char)_rng.Next(0x20, 0x7F),
        2 => (char)_rng.Next('0', '9' + 1),
        _ => (char)_rng.Next(0, 0x10000),
    };

    private string RandomToken() => _rng.Next(3) switch
    {
        0 => _tokens[_rng.Next(_tokens.Length)],
        1 => RandomNumber(),
        _ => new string(RandomChar(), 1 + _rng.Next(3)),
    };

    private string RandomNumber()
    {
        double v = _rng.Next(5) switch
        {
            0 => _rng.NextDouble(),
            1 => (_rng.NextDouble() - 0.5) * 1000,
            2 => Math.Pow(10, _rng.Next(-330, 330)) * (_rng.Next(2) == 0 ? 1 : -1),
            3 => _rng.Next(),
            _ => BitConverter.Int64BitsToDouble(_rng.NextInt64()),
        };
        return _rng.Next(2) == 0 ? v.ToString("R", CultureInfo.InvariantCulture) : v.ToString("E3", CultureInfo.InvariantCulture);
    }

    private void Mutate(StringBuilder sb)
    {
        int len = sb.Length;
        int pos = len == 0 ? 0 : _rng.Next(len);
        switch (_rng.Next(14))
        {
            case 0: // replace one character
            case 1:
                if (len > 0) sb[pos] = RandomChar();
                else sb.Append(RandomChar());
                break;
            case 2: // insert characters
                sb.Insert(pos, RandomChar().ToString(), 1 + _rng.Next(2));
                break;
            case 3: // delete a range
                if (len > 0) sb.Remove(pos, Math.Min(len - pos, 1 + _rng.Next(_rng.Next(2) == 0 ? 4 : 64)));
                break;
            case 4: // duplicate a range
                if (len > 0)
                {
                    int count = Math.Min(len - pos, 1 + _rng.Next(80));
                    string chunk = sb.ToString(pos, count);
                    int times = _rng.Next(20) == 0 ? 200 : 1 + _rng.Next(3);
                    for (int t = 0; t < times; t++) sb.Insert(pos, chunk);
                }
                break;
            case 5: // truncate
                if (len > 0) sb.Length = pos;
                break;
            case 6: // insert a token
                sb.Insert(pos, RandomToken());
                break;
            case 7: // replace a run of number-like characters with another number or token
            case 8:
                ReplaceNumber(sb, pos);
                break;
            case 9: // line edits
            case 10:
                LineEdit(sb);
                break;
            case 11: // splice: part of another seed
                {
                    string other = _seeds[_rng.Next(_seeds.Length)];
                    int a = _rng.Next(other.Length);
                    int b = Math.Min(other.Length, a + 1 + _rng.Next(400));
                    sb.Insert(pos, other.AsSpan(a, b - a));
                    break;
                }
            case 12: // swap two characters
                if (len > 1)
                {
                    int q = _rng.Next(len);
                    (sb[pos], sb[q]) = (sb[q], sb[pos]);
                }
                break;
            default: // replace an ASCII character by a case change or a neighbour
                if (len > 0)
                {
                    char c = sb[pos];
                    sb[pos] = char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c)
                        : char.IsAsciiLetterLower(c) ? char.ToUpperInvariant(c)
                        : (char)(c + (_rng.Next(2) == 0 ? 1 : -1));
                }
                break;
        }
    }

    private static bool IsNumberChar(char c) => char.IsAsciiDigit(c) || c is '.' or '-' or '+' or 'e' or 'E';

    private void ReplaceNumber(StringBuilder sb, int pos)
    {
        // Find the next digit at or after pos, then the extent of the number-like run around it.
        int len = sb.Length;
        int i = pos;
        while (i < len && !char.IsAsciiDigit(sb[i])) i++;
        if (i >= len) { sb.Insert(pos, RandomToken()); return; }
        int a = i, b = i;
        while (a > 0 && IsNumberChar(sb[a - 1])) a--;
        while (b < len && IsNumberChar(sb[b])) b++;
        string replacement = _rng.Next(3) == 0 ? _tokens[_rng.Next(_tokens.Length)] : RandomNumber();
        // Keep fixed-column formats aligned half of the time (TLE fields): pad or cut to the old width.
        if (_rng.Next(2) == 0)
        {
            int w = b - a;
            replacement = replacement.Length >= w ? replacement[..w] : replacement.PadLeft(w);
        }
        sb.Remove(a, b - a).Insert(a, replacement);
    }

    private void LineEdit(StringBuilder sb)
    {
        var lines = sb.ToString().Split('\n').ToList();
        if (lines.Count == 0) return;
        int i = _rng.Next(lines.Count);
        switch (_rng.Next(5))
        {
            case 0: lines.RemoveAt(i); break;
            case 1: lines.Insert(i, lines[i]); break;
            case 2:
                {
                    int j = _rng.Next(lines.Count);
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    break;
                }
            case 3: // line from another seed
                {
                    var other = _seeds[_rng.Next(_seeds.Length)].Split('\n');
                    lines.Insert(i, other[_rng.Next(other.Length)]);
                    break;
                }
            default: // blank the line or pad it
                lines[i] = _rng.Next(2) == 0 ? "" : lines[i] + new string(' ', _rng.Next(1, 80));
                break;
        }
        sb.Clear().AppendJoin('\n', lines);
    }

    /// <summary>Recomputes the TLE checksum of every line that starts "1 " or "2 " and is at least 68 long,
    /// so that mutations reach the field parsers instead of stopping at column 69.</summary>
    public static string FixTleChecksums(string text)
    {
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string l = lines[i].TrimEnd('\r');
            if (l.Length >= 68 && (l.StartsWith("1 ", StringComparison.Ordinal) || l.StartsWith("2 ", StringComparison.Ordinal)))
            {
                string body = l[..68];
                int sum = TleText.Checksum(body);
                lines[i] = body + (char)('0' + sum) + (lines[i].EndsWith('\r') ? "\r" : "");
            }
        }
        return string.Join('\n', lines);
    }
}
