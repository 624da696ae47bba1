using System.Globalization;
using Astro.Debris.Elements;
using Astro.Debris.Tests.TestSupport;

namespace Astro.Debris.Tests.Propagation;

/// <summary>SGP4-VER.TLE and tcppver.out (Vallado et al. 2006), loaded once.</summary>
internal static class Sgp4VerificationData
{
    public sealed record Row(double Minutes, double[] State);

    public sealed record Case(ElementSet Elements, IReadOnlyList<Row> Rows);

    private static readonly Lazy<IReadOnlyList<Case>> Cases = new(Load);

    public static IReadOnlyList<Case> All => Cases.Value;

    private static IReadOnlyList<Case> Load()
    {
        ElementReadResult sets;
        using (var reader = TestData.Open("sgp4-verification", "SGP4-VER.TLE"))
            sets = TleReader.Read(reader, "SGP4-VER.TLE", new ElementReadOptions { VerifyChecksum = false });
        if (sets.HasErrors) throw new InvalidOperationException(sets.Errors[0].Message);

        var cases = new List<Case>();
        List<Row>? rows = null;
        using var output = TestData.Open("sgp4-verification", "tcppver.out");
        for (string? line = output.ReadLine(); line != null; line = output.ReadLine())
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length == 0) continue;
            if (f.Length == 2 && f[1] == "xx")
            {
                rows = [];
                cases.Add(new Case(sets.Elements[cases.Count], rows));
                continue;
            }
            var numbers = f.Take(7).Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            rows!.Add(new Row(numbers[0], numbers[1..]));
        }
        return cases;
    }
}
