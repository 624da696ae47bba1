namespace Astro.Debris.Elements;

/// <summary>
/// The Alpha-5 catalogue-number scheme of TLE columns 3–7: numbers 0–99,999 are written as five digits, numbers
/// 100,000–339,999 as a letter (A–Z without I and O, standing for 10–33) followed by four digits
/// (A0000 = 100,000, Z9999 = 339,999).
/// </summary>
public static class Alpha5
{
    /// <summary>The largest catalogue number a TLE can hold (Z9999).</summary>
    public const int MaxCatalogNumber = 339_999;

    private const string Letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"; // 10..33, no I, no O

    /// <summary>Formats a catalogue number as the five characters of TLE columns 3–7 (zero-padded digits or Alpha-5).</summary>
    /// <param name="catalogNumber">0 … 339,999.</param>
    /// <exception cref="ArgumentOutOfRangeException">The number is negative or above 339,999 (TLE cannot hold it; use OMM).</exception>
    public static string Format(int catalogNumber)
    {
        if (catalogNumber < 0 || catalogNumber > MaxCatalogNumber)
            throw new ArgumentOutOfRangeException(nameof(catalogNumber), catalogNumber,
                "A TLE can hold catalogue numbers 0..339999 only (Alpha-5 above 99999); use OMM for larger numbers.");
        if (catalogNumber < 100_000)
            return catalogNumber.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
        int code = catalogNumber / 10_000;
        int rest = catalogNumber % 10_000;
        return Letters[code - 10] + rest.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Parses TLE columns 3–7: up to five digits (leading blanks allowed) or a letter (not I or O) and four digits.
    /// </summary>
    /// <param name="text">The field text.</param>
    /// <exception cref="FormatException">The text is not such a number.</exception>
    public static int Parse(ReadOnlySpan<char> text)
    {
        if (!TryParse(text, out int value))
            throw new FormatException($"'{text.ToString()}' is not a TLE catalogue number (up to 5 digits, or Alpha-5: a letter A-Z without I and O, then 4 digits).");
        return value;
    }

    /// <summary>Parses like <see cref="Parse"/>, returning false instead of throwing.</summary>
    /// <param name="text">The field text.</param>
    /// <param name="catalogNumber">The number, or 0 when the text is not valid.</param>
    public static bool TryParse(ReadOnlySpan<char> text, out int catalogNumber)
    {
        catalogNumber = 0;
        text = text.TrimStart(' ');
        if (text.IsEmpty || text.Length > 5) return false;
        int value;
        int start;
        if (char.IsAsciiLetterUpper(text[0]))
        {
            int index = Letters.IndexOf(text[0]);
            if (index < 0 || text.Length != 5) return false;
            value = index + 10;
            start = 1;
        }
        else
        {
            value = 0;
            start = 0;
        }
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        catalogNumber = value;
        return true;
    }
}
