using System.CommandLine;
using System.Globalization;
using System.Text;
using Astro.Debris.Elements;
using Astro.Debris.Frames;
using Astro.Debris.Screening;
using Astro.Debris.Time;

namespace Astro.Debris.Cli;

/// <summary><c>astro-debris screen</c>: conjunctions one-vs-many (with --secondary) or all-vs-all, as CSV sorted by miss.</summary>
internal static class ScreenCommand
{
    internal const string Header = "object1,object2,tca_utc,miss_km,relative_speed_km_s,radial_km,in_track_km,cross_track_km";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var primary = new Argument<string>("PRIMARY_ELEMENTS") { Description = "Element file of the primary object(s); alone, screened all against all." };
        var secondary = new Option<string?>("--secondary") { Description = "Element file screened against the primaries (one-vs-many)." };
        var start = new Option<string>("--start") { Description = "Window start, ISO-8601 UTC.", Required = true };
        var end = new Option<string>("--end") { Description = "Window end, ISO-8601 UTC.", Required = true };
        var threshold = new Option<double>("--threshold") { Description = "Miss-distance threshold, km.", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "Write the CSV to FILE instead of stdout." };
        var cdmDir = new Option<string?>("--cdm-dir") { Description = "Write one CCSDS CDM (KVN) per conjunction into DIR." };
        var threads = new Option<int>("--threads") { Description = "Degree of parallelism (default: all cores).", DefaultValueFactory = _ => -1 };
        var noChecksum = new Option<bool>("--no-checksum") { Description = "Accept TLE lines whose checksum is wrong." };
        var cmd = new Command("screen", "Find close approaches (TCA, miss, RTN miss, relative speed) over a UTC window.")
        {
            primary, secondary, start, end, threshold, output, cdmDir, threads, noChecksum,
        };
        cmd.SetAction(parse => CommandGuard.Run(stderr, () =>
        {
            var t0 = ParseTime("--start", parse.GetValue(start)!);
            var t1 = ParseTime("--end", parse.GetValue(end)!);
            double km = parse.GetValue(threshold);
            if (!(t1 > t0)) throw new CliInputException($"--end ({t1}) must be after --start ({t0}).");
            if (!(km > 0) || !double.IsFinite(km)) throw new CliInputException($"--threshold: {km.ToString(CultureInfo.InvariantCulture)} km must be positive.");
            var readOptions = new ElementReadOptions { VerifyChecksum = !parse.GetValue(noChecksum) };
            var primaries = ElementsReader.ReadFile(parse.GetValue(primary)!, readOptions).Elements;
            string? secondaryPath = parse.GetValue(secondary);
            var secondaries = secondaryPath is null ? null : ElementsReader.ReadFile(secondaryPath, readOptions).Elements;
            var options = new ScreeningOptions(t0, t1, km) { MaxDegreeOfParallelism = parse.GetValue(threads) };

            var progress = new StderrProgress(stderr);
            var result = secondaries is null
                ? ConjunctionScreener.ScreenAllVersusAll(primaries, options, progress)
                : ConjunctionScreener.ScreenOneVersusMany(primaries, secondaries, options, progress);
            progress.Done();
            foreach (var x in result.Exclusions)
                stderr.WriteLine($"screen: {x.Role.ToString().ToLowerInvariant()} {x.Elements.CatalogNumber} excluded from {x.FirstFailure}: SGP4 error {(int)x.Error} ({x.Error}).");

            string? outPath = parse.GetValue(output);
            using (var writer = outPath is null ? null : new StreamWriter(outPath, false, new UTF8Encoding(false)))
            {
                var w = writer ?? stdout;
                Write(result.Conjunctions, w);
                w.Flush();
            }
            string? dir = parse.GetValue(cdmDir);
            if (dir is not null)
            {
                Directory.CreateDirectory(dir);
                foreach (var c in result.Conjunctions)
                    CdmWriter.WriteFile(ToCdm(c), Path.Combine(dir, FileName(c)), CdmFormat.Kvn);
            }
            var s = result.Statistics;
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"screen: {result.Count} conjunctions within {km} km; {s.ObjectsPropagated} objects propagated, {s.PrefilteredOut} removed by the perigee/apogee filter, {result.Exclusions.Count} excluded; step {s.StepSeconds:F1} s; {s.TotalTime.TotalSeconds:F2} s (propagation {s.PropagationTime.TotalSeconds:F2}, grid {s.BroadPhaseTime.TotalSeconds:F2}, refinement {s.RefinementTime.TotalSeconds:F2})."));
            return ExitCodes.Success;
        }));
        return cmd;
    }

    private static Epoch ParseTime(string option, string text) =>
        Epoch.TryParse(text, out var e) ? e : throw new CliInputException($"{option}: '{text}' is not an ISO-8601 UTC time (e.g. 2021-11-15T02:47:00Z).");

    internal static void Write(IEnumerable<Conjunction> conjunctions, TextWriter w)
    {
        w.WriteLine(Header);
        foreach (var c in conjunctions.OrderBy(c => c.MissKm).ThenBy(c => c.Tca).ThenBy(c => c.Object1.CatalogNumber).ThenBy(c => c.Object2.CatalogNumber))
        {
            w.WriteLine(string.Join(',',
                c.Object1.CatalogNumber.ToString(CultureInfo.InvariantCulture), c.Object2.CatalogNumber.ToString(CultureInfo.InvariantCulture),
                c.Tca.ToString(), CsvFormat.Number(c.MissKm), CsvFormat.Number(c.RelativeSpeedKmPerSecond),
                CsvFormat.Number(c.MissRtnKm.X), CsvFormat.Number(c.MissRtnKm.Y), CsvFormat.Number(c.MissRtnKm.Z)));
        }
    }

    internal static string FileName(Conjunction c) =>
        $"{c.Object1.CatalogNumber}_conj_{c.Object2.CatalogNumber}_{c.Tca.ToDateTime().ToString("yyyyMMdd_HHmmss_fff", CultureInfo.InvariantCulture)}.cdm";

    /// <summary>
    /// A CDM for a screening event: states converted TEME → GCRF, relative state in object 1's RTN; no covariance (TLEs
    /// carry none) unless <paramref name="customize"/> adds one, with Pc, HBR or comments, before the message is built.
    /// </summary>
    internal static ConjunctionDataMessage ToCdm(Conjunction c, Action<CdmBuilder>? customize = null)
    {
        var s1 = Teme.ToGcrf(c.State1, c.Tca);
        var s2 = Teme.ToGcrf(c.State2, c.Tca);
        var rtn = RtnFrame.FromState(c.State1);
        var builder = new CdmBuilder
        {
            Originator = "ASTRO-DEBRIS",
            MessageId = $"{c.Object1.CatalogNumber}_conj_{c.Object2.CatalogNumber}_{c.Tca.ToDateTime().ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)}",
            Tca = c.Tca,
            MissDistanceMeters = c.MissKm * 1000.0,
            RelativeSpeedMetersPerSecond = c.RelativeSpeedKmPerSecond * 1000.0,
            RelativePositionRtnMeters = c.MissRtnKm * 1000.0,
            RelativeVelocityRtnMetersPerSecond = rtn.ToRtn(c.State2.Velocity - c.State1.Velocity) * 1000.0,
            Object1 = CdmObject(c.Object1, s1),
            Object2 = CdmObject(c.Object2, s2),
        };
        builder.RelativeComments.Add("Screened with Astro.Debris from SGP4 element sets; states converted TEME -> GCRF (IAU-76/FK5).");
        customize?.Invoke(builder);
        return builder.Build();
    }

    internal static CdmObjectBuilder CdmObject(ElementSet set, StateVector gcrf) => new()
    {
        ObjectDesignator = set.CatalogNumber.ToString(CultureInfo.InvariantCulture),
        ObjectName = string.IsNullOrWhiteSpace(set.Name) ? "UNKNOWN" : set.Name.Trim(),
        InternationalDesignator = CdmDesignator(set.InternationalDesignator),
        ObjectType = "UNKNOWN",
        ReferenceFrame = "GCRF",
        PositionKm = gcrf.Position,
        VelocityKmPerSecond = gcrf.Velocity,
    };

    /// <summary>TLE form "98067A" → CDM form "1998-067A" (TLE years 57–99 are 1957–1999); "UNKNOWN" when empty.</summary>
    internal static string CdmDesignator(string tle)
    {
        tle = tle.Trim();
        if (tle.Length < 5 || !int.TryParse(tle.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int yy)) return "UNKNOWN";
        return $"{(yy >= 57 ? 1900 + yy : 2000 + yy)}-{tle[2..5]}{tle[5..]}";
    }

    /// <summary>Phase and percentage lines on stderr, at most one per 10 %.</summary>
    private sealed class StderrProgress(TextWriter stderr) : IProgress<ScreeningProgress>
    {
        private readonly object _gate = new();
        private ScreeningPhase? _phase;
        private int _decile = -1;

        public void Report(ScreeningProgress value)
        {
            lock (_gate)
            {
                int decile = (int)Math.Floor(Math.Clamp(value.Fraction, 0, 1) * 10);
                if (value.Phase == _phase && decile <= _decile) return;
                _phase = value.Phase;
                _decile = decile;
                stderr.WriteLine($"screen: {value.Phase.ToString().ToLowerInvariant()} {decile * 10}%");
            }
        }

        public void Done() { }
    }
}
