using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Astro.Debris.Breakup;
using Astro.Debris.Elements;
using Astro.Debris.Time;

namespace Astro.Debris.Cli;

/// <summary><c>astro-debris breakup</c>: NASA Standard Breakup Model fragments of a parent, as element sets and a table.</summary>
internal static class BreakupCommand
{
    internal const string TableHeader = "id,catalog,lc_m,area_m2,mass_kg,am_m2_kg,dv_m_s,dvx_m_s,dvy_m_s,dvz_m_s,bstar,fit_residual_m";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var parentArg = new Argument<string>("PARENT_ELEMENTS") { Description = "Element file of the parent (TLE or OMM); with several sets of the object, the latest at or before --time is used." };
        var time = new Option<string>("--time") { Description = "Event time, ISO-8601 UTC (e.g. 2021-11-15T02:47:00Z).", Required = true };
        var kind = new Option<string>("--kind") { Description = "explosion or collision.", Required = true };
        var obj = new Option<string>("--object") { Description = "Parent class: spacecraft or rocket-body (area-to-mass law).", DefaultValueFactory = _ => "spacecraft" };
        var mass = new Option<double?>("--mass") { Description = "Parent (target) mass, kg. Required: element sets carry no mass." };
        var projectileMass = new Option<double?>("--projectile-mass") { Description = "Projectile mass, kg (collision)." };
        var impactSpeed = new Option<double?>("--impact-speed") { Description = "Impact speed, km/s (collision)." };
        var scale = new Option<double?>("--scale") { Description = "Explosion scale factor S (default 1)." };
        var minSize = new Option<double>("--min-size") { Description = "Smallest characteristic length generated, m (default 0.1; the model holds down to 0.001).", DefaultValueFactory = _ => 0.1 };
        var maxDv = new Option<double?>("--max-dv") { Description = "Cap on each fragment's Δv, m/s (the collision law is broad for large fragments; default no cap)." };
        var seed = new Option<ulong>("--seed") { Description = "Random seed: the same seed gives the same cloud (default 1).", DefaultValueFactory = _ => 1UL };
        var output = new Option<string>("--output", "-o") { Description = "Fragment element sets: .tle/.3le (3-line TLE) or .xml/.json/.csv/.kvn (CCSDS OMM).", Required = true };
        var table = new Option<string?>("--table") { Description = "Fragment table CSV (one row per fragment, every fragment)." };
        var firstCatalog = new Option<int>("--first-catalog") { Description = "First synthetic catalogue number (default 80000; alpha-5 above 99999).", DefaultValueFactory = _ => FragmentConversionOptions.DefaultFirstCatalogNumber };
        var cd = new Option<double>("--cd") { Description = "Drag coefficient for B* = 0.078483·Cd·A/M (default 2.2).", DefaultValueFactory = _ => 2.2 };
        var noChecksum = new Option<bool>("--no-checksum") { Description = "Accept TLE lines whose checksum is wrong." };

        var cmd = new Command("breakup", "Break up an object with the NASA Standard Breakup Model; write every orbital fragment as an SGP4 element set.")
        {
            parentArg, time, kind, obj, mass, projectileMass, impactSpeed, scale, minSize, maxDv, seed, output, table, firstCatalog, cd, noChecksum,
        };
        cmd.SetAction(parse => CommandGuard.Run(stderr, () =>
        {
            var eventTime = ParseTime(parse.GetValue(time)!);
            var breakup = BuildEvent(parse.GetValue(kind)!, parse.GetValue(obj)!, parse.GetValue(mass), parse.GetValue(projectileMass),
                parse.GetValue(impactSpeed), parse.GetValue(scale), parse.GetValue(minSize), parse.GetValue(seed), parse.GetValue(maxDv));
            string outPath = parse.GetValue(output)!;
            var outFormat = ElementsReader.FormatFromExtension(outPath) ?? ElementFormat.Tle;

            string parentPath = parse.GetValue(parentArg)!;
            var read = ElementsReader.ReadFile(parentPath, new ElementReadOptions { VerifyChecksum = !parse.GetValue(noChecksum) });
            var parent = SelectParent(read.Elements, eventTime, parentPath, stderr);

            var options = new FragmentConversionOptions
            {
                DragCoefficient = parse.GetValue(cd),
                FirstCatalogNumber = parse.GetValue(firstCatalog),
                MaxCatalogNumber = outFormat == ElementFormat.Tle ? Alpha5.MaxCatalogNumber : FragmentConversionOptions.AbsoluteMaxCatalogNumber,
                InternationalDesignator = TleDesignator(parent.InternationalDesignator),
                MaxDegreeOfParallelism = Environment.ProcessorCount,
            };
            var clock = Stopwatch.StartNew();
            var result = BreakupSimulation.Run(parent, eventTime, breakup, options, maxDegreeOfParallelism: Environment.ProcessorCount);
            clock.Stop();

            var sets = result.ElementSets().ToList();
            using (var w = new StreamWriter(outPath, false, new UTF8Encoding(false)))
            {
                if (outFormat == ElementFormat.Tle) TleWriter.Write(sets, w);
                else OmmWriter.Write(sets, ToOmm(outFormat), w);
            }
            string? tablePath = parse.GetValue(table);
            if (tablePath is not null)
            {
                using var t = new StreamWriter(tablePath, false, new UTF8Encoding(false));
                WriteTable(result, t);
            }
            Report(result, sets.Count, outPath, tablePath, clock.Elapsed, stderr);
            return ExitCodes.Success;
        }));
        return cmd;
    }

    private static Epoch ParseTime(string text) =>
        Epoch.TryParse(text, out var e) ? e : throw new CliInputException($"--time: '{text}' is not an ISO-8601 UTC time (e.g. 2021-11-15T02:47:00Z).");

    internal static BreakupEvent BuildEvent(string kind, string objectType, double? mass, double? projectileMass, double? impactSpeed,
        double? scale, double minSize, ulong seed, double? maxDeltaV = null)
    {
        try
        {
            var e = BuildUncapped(kind, objectType, mass, projectileMass, impactSpeed, scale, minSize, seed);
            if (maxDeltaV is null) return e;
            e = e with { MaximumDeltaVMetersPerSecond = maxDeltaV };
            e.Validate();
            return e;
        }
        catch (ArgumentException ex) when (ex.ParamName is not null && OptionNames.TryGetValue(ex.ParamName, out var option))
        {
            // Name the option the user typed, not the library property.
            string message = ex.Message.Replace($" (Parameter '{ex.ParamName}')", "", StringComparison.Ordinal);
            throw new CliInputException($"{option}: {message}");
        }
    }

    private static readonly Dictionary<string, string> OptionNames = new(StringComparer.Ordinal)
    {
        [nameof(BreakupEvent.TargetMassKg)] = "--mass",
        [nameof(BreakupEvent.ProjectileMassKg)] = "--projectile-mass",
        [nameof(BreakupEvent.ImpactSpeedKmPerSecond)] = "--impact-speed",
        [nameof(BreakupEvent.ScaleFactor)] = "--scale",
        [nameof(BreakupEvent.MinimumCharacteristicLengthM)] = "--min-size",
        [nameof(BreakupEvent.MaximumDeltaVMetersPerSecond)] = "--max-dv",
    };

    private static BreakupEvent BuildUncapped(string kind, string objectType, double? mass, double? projectileMass, double? impactSpeed,
        double? scale, double minSize, ulong seed)
    {
        var type = objectType.ToLowerInvariant() switch
        {
            "spacecraft" => ParentObjectType.Spacecraft,
            "rocket-body" => ParentObjectType.RocketBody,
            _ => throw new CliInputException($"--object: '{objectType}' is not a class; expected spacecraft or rocket-body."),
        };
        if (mass is null) throw new CliInputException("--mass is required: element sets carry no mass (give the parent's mass in kg).");
        switch (kind.ToLowerInvariant())
        {
            case "explosion":
                if (projectileMass is not null || impactSpeed is not null)
                    throw new CliInputException("--projectile-mass and --impact-speed apply to --kind collision only.");
                return BreakupEvent.Explosion(type, mass.Value, minSize, seed, scale ?? 1.0);
            case "collision":
                if (scale is not null) throw new CliInputException("--scale applies to --kind explosion only.");
                if (projectileMass is null || impactSpeed is null)
                    throw new CliInputException("--kind collision needs --projectile-mass KG and --impact-speed KM_S.");
                return BreakupEvent.Collision(type, mass.Value, projectileMass.Value, impactSpeed.Value, minSize, seed);
            default:
                throw new CliInputException($"--kind: '{kind}' is not a breakup kind; expected explosion or collision.");
        }
    }

    /// <summary>The parent: one object only; its latest set at or before the event, else its earliest set.</summary>
    internal static ElementSet SelectParent(IReadOnlyList<ElementSet> sets, Epoch eventTime, string path, TextWriter stderr)
    {
        if (sets.Count == 0) throw new CliInputException($"{path}: no element set found.");
        var numbers = sets.Select(s => s.CatalogNumber).Distinct().ToList();
        if (numbers.Count > 1)
            throw new CliInputException($"{path}: holds {numbers.Count} objects ({string.Join(", ", numbers.Take(5))}{(numbers.Count > 5 ? ", …" : "")}); give a file with the parent's element sets only.");
        var before = sets.Where(s => s.Epoch <= eventTime).OrderBy(s => s.Epoch).LastOrDefault();
        if (before is not null) return before;
        var first = sets.OrderBy(s => s.Epoch).First();
        stderr.WriteLine($"breakup: no element set at or before {eventTime}; using the earliest, epoch {first.Epoch} (propagated backwards).");
        return first;
    }

    private static string TleDesignator(string designator)
    {
        var s = new string(designator.Where(char.IsAsciiLetterOrDigit).ToArray());
        return s.Length <= 8 ? s : s[..8];
    }

    private static OmmFormat ToOmm(ElementFormat f) => f switch
    {
        ElementFormat.OmmKvn => OmmFormat.Kvn,
        ElementFormat.OmmXml => OmmFormat.Xml,
        ElementFormat.OmmJson => OmmFormat.Json,
        _ => OmmFormat.Csv,
    };

    /// <summary>One row per fragment (1-based id); catalog is empty for fragments without an element set in the output.</summary>
    internal static void WriteTable(BreakupSimulationResult result, TextWriter w)
    {
        w.WriteLine(TableHeader);
        var fragments = result.Breakup.Fragments.Span;
        var line = new StringBuilder(256);
        for (int k = 0; k < fragments.Length; k++)
        {
            var f = fragments[k];
            var o = result.Conversion.Outcomes[k];
            bool emitted = o.Elements is not null && o.Fit is { IsConverged: true };
            line.Clear();
            line.Append((k + 1).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(emitted ? o.CatalogNumber!.Value.ToString(CultureInfo.InvariantCulture) : "").Append(',')
                .Append(CsvFormat.Number(f.CharacteristicLengthM)).Append(',')
                .Append(CsvFormat.Number(f.AreaM2)).Append(',')
                .Append(CsvFormat.Number(f.MassKg)).Append(',')
                .Append(CsvFormat.Number(f.AreaToMassRatio)).Append(',')
                .Append(CsvFormat.Number(f.DeltaVMetersPerSecond.Norm)).Append(',')
                .Append(CsvFormat.Number(f.DeltaVMetersPerSecond.X)).Append(',')
                .Append(CsvFormat.Number(f.DeltaVMetersPerSecond.Y)).Append(',')
                .Append(CsvFormat.Number(f.DeltaVMetersPerSecond.Z)).Append(',')
                .Append(CsvFormat.Number(o.BStar)).Append(',')
                .Append(o.Fit is null || !double.IsFinite(o.Fit.PositionResidualMeters) ? "" : CsvFormat.Number(o.Fit.PositionResidualMeters));
            w.WriteLine(line);
        }
    }

    private static void Report(BreakupSimulationResult r, int written, string outPath, string? tablePath, TimeSpan elapsed, TextWriter stderr)
    {
        var c = r.Conversion;
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"breakup: parent {r.Parent.CatalogNumber} (epoch {r.Parent.Epoch}), event {r.EventTime}, {(r.Breakup.IsCatastrophic ? "catastrophic" : "non-catastrophic")} {r.Breakup.Event.Kind.ToString().ToLowerInvariant()}, EMR {r.Breakup.EnergyToMassRatioJoulesPerKg / 1000.0:F1} J/g."));
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"breakup: {r.Count} fragments (expected {r.Breakup.ExpectedCount:F1} above {r.Breakup.Event.MinimumCharacteristicLengthM} m), fragment mass {r.Breakup.TotalFragmentMassKg:F1} of {r.Breakup.TotalParentMassKg:F1} kg."));
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"breakup: {c.Count(FragmentOrbitClass.Orbital)} orbital, {c.Count(FragmentOrbitClass.SubOrbital)} sub-orbital, {c.Count(FragmentOrbitClass.Escape)} escape; fits {c.Count(FitStatus.Converged)} converged, {c.Count(FitStatus.NotConverged)} not converged, {c.Count(FitStatus.Failed)} failed."));
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"breakup: {written} element sets -> {outPath}{(tablePath is null ? "" : $", table -> {tablePath}")} ({elapsed.TotalSeconds:F2} s)."));
    }
}
