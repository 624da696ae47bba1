using System.Globalization;
using System.Text.Json;
using Astro.Debris.Probability;
using Astro.Debris.Tests.TestSupport;

namespace Astro.Debris.Tests.Probability;

/// <summary>Readers for tests/data/pc-cases (see its README for provenance).</summary>
internal static class PcData
{
    public static string PathOf(params string[] parts) => TestData.PathOf(["pc-cases", .. parts]);

    public static JsonDocument Json(params string[] parts) => JsonDocument.Parse(File.ReadAllText(PathOf(parts)));

    public static double D(string s) => s.Trim() switch
    {
        "NaN" => double.NaN,
        "Inf" => double.PositiveInfinity,
        var t => double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    public static double D(JsonElement e) => e.ValueKind == JsonValueKind.String ? D(e.GetString()!) : e.GetDouble();

    public static Vector3D Vec(JsonElement e, double scale = 1) => new(D(e[0]) * scale, D(e[1]) * scale, D(e[2]) * scale);

    public static double[,] Matrix(JsonElement e)
    {
        int n = e.GetArrayLength();
        var m = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                m[i, j] = D(e[i][j]);
        return m;
    }

    public static double[] RowMajor(double[,] m)
    {
        int n = m.GetLength(0);
        var a = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                a[i * n + j] = m[i, j];
        return a;
    }

    /// <summary>A CSV file as a list of column-name → text dictionaries (no quoted commas in these files).</summary>
    public static List<Dictionary<string, string>> Csv(params string[] parts)
    {
        var lines = File.ReadAllLines(PathOf(parts)).Where(l => l.Length > 0).ToArray();
        var header = lines[0].Split(',').Select(h => h.Trim()).ToArray();
        return lines.Skip(1).Select(l =>
        {
            var cells = l.Split(',');
            var row = new Dictionary<string, string>();
            for (int i = 0; i < header.Length && i < cells.Length; i++) row[header[i]] = cells[i];
            return row;
        }).ToList();
    }

    public static double RelativeError(double actual, double expected) =>
        expected == 0 ? Math.Abs(actual) : Math.Abs(actual - expected) / Math.Abs(expected);

    /// <summary>An object with an inertial state given in metres and m/s and an inertial covariance.</summary>
    public static EncounterObject InertialFromMeters(Vector3D rM, Vector3D vMps, double[,] cov) =>
        new(new StateVector(rM / 1000.0, vMps / 1000.0), PositionCovariance.FromMatrix(cov), CovarianceFrame.Inertial);
}
