namespace Astro.Debris.Elements;

/// <summary>Helpers shared by the TLE reader and writer.</summary>
internal static class TleText
{
    /// <summary>Exact powers of ten 1e-9 … 1e9, indexed by exponent + 9 (the values a C/Python pow(10, n) gives).</summary>
    internal static readonly double[] PowersOfTen =
    {
        1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
    };

    /// <summary>Degrees to radians exactly as the SGP4 reference does: <c>deg * (π / 180)</c>.</summary>
    internal const double DegreesToRadians = Math.PI / 180.0;

    /// <summary>Radians to degrees.</summary>
    internal const double RadiansToDegrees = 180.0 / Math.PI;

    /// <summary>TLE checksum of columns 1–68: sum of the digits, '-' counting 1, modulo 10.</summary>
    internal static int Checksum(ReadOnlySpan<char> line)
    {
        int sum = 0;
        int n = Math.Min(68, line.Length);
        for (int i = 0; i < n; i++)
        {
            char c = line[i];
            if (char.IsAsciiDigit(c)) sum += c - '0';
            else if (c == '-') sum += 1;
        }
        return sum % 10;
    }

    /// <summary>Full year from the two-digit TLE year (pivot 57: 57–99 → 19xx, 00–56 → 20xx).</summary>
    internal static int FullYear(int twoDigitYear) => twoDigitYear < 57 ? 2000 + twoDigitYear : 1900 + twoDigitYear;
}
