using System.Globalization;

namespace Astro.Debris.Cli;

/// <summary>CSV number formatting: invariant culture, shortest round-trip representation.</summary>
internal static class CsvFormat
{
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
