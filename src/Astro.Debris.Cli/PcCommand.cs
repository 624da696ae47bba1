using System.CommandLine;
using System.Globalization;
using System.Text;
using Astro.Debris.Probability;
using Astro.Debris.Screening;

namespace Astro.Debris.Cli;

/// <summary><c>astro-debris pc</c>: collision probability of CCSDS CDMs (KVN or XML).</summary>
internal static class PcCommand
{
    internal const string Header = "file,method,hbr_m,miss_km,pc";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("CDM_FILE") { Description = "One or more CDM files (KVN or XML).", Arity = ArgumentArity.OneOrMore };
        var method = new Option<string>("--method") { Description = "foster (circle, default), square (CSpOC 'FOSTER-1992'), chan, alfano-max or monte-carlo.", DefaultValueFactory = _ => "foster" };
        var hbr = new Option<double?>("--hbr") { Description = "Combined hard-body radius, m (default: the CDM's HBR)." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the CSV to FILE instead of stdout." };
        var cmd = new Command("pc", "Collision probability of conjunction data messages.") { files, method, hbr, output };
        cmd.SetAction(parse => CommandGuard.Run(stderr, () =>
        {
            string methodText = parse.GetValue(method)!;
            var m = ParseMethod(methodText);
            double? radius = parse.GetValue(hbr);
            if (radius is { } r && !(r > 0 && double.IsFinite(r)))
                throw new CliInputException($"--hbr: {r.ToString(CultureInfo.InvariantCulture)} m must be positive.");

            // Read and compute everything first: a bad file stops the run before any output is written.
            var rows = new List<string>();
            foreach (string path in parse.GetValue(files)!)
            {
                var cdm = CdmReader.ReadFile(path);
                if (radius is null && cdm.HardBodyRadiusMeters is null && (cdm.Object1.HardBodyRadiusMeters is null || cdm.Object2.HardBodyRadiusMeters is null))
                    throw new CliInputException($"{path}: the message gives no hard-body radius; pass --hbr METRES.");
                var result = CollisionProbability.FromCdm(cdm, m, radius);
                if (!double.IsFinite(result.Value) || result.Flags != PcFlags.None)
                    stderr.WriteLine($"pc: {path}: {result.Reason ?? result.Flags.ToString()}");
                rows.Add(string.Join(',', Csv(path), methodText.ToLowerInvariant(), CsvFormat.Number(result.HardBodyRadiusMeters),
                    CsvFormat.Number(cdm.MissDistanceMeters / 1000.0), double.IsFinite(result.Value) ? CsvFormat.Number(result.Value) : ""));
            }
            string? outPath = parse.GetValue(output);
            using var writer = outPath is null ? null : new StreamWriter(outPath, false, new UTF8Encoding(false));
            var w = writer ?? stdout;
            w.WriteLine(Header);
            foreach (var row in rows) w.WriteLine(row);
            w.Flush();
            return ExitCodes.Success;
        }));
        return cmd;
    }

    internal static PcMethod ParseMethod(string text) => text.ToLowerInvariant() switch
    {
        "foster" => PcMethod.Foster,
        "square" => PcMethod.Square,
        "chan" => PcMethod.Chan,
        "alfano-max" => PcMethod.AlfanoMax,
        "monte-carlo" => PcMethod.MonteCarlo,
        _ => throw new CliInputException($"--method: '{text}' is not a method; expected foster, square, chan, alfano-max or monte-carlo."),
    };

    private static string Csv(string text) => text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
}
