using System.CommandLine;
using System.Globalization;
using System.Text;
using Astro.Debris.Elements;
using Astro.Debris.Frames;
using Astro.Debris.Propagation;
using Astro.Debris.Time;

namespace Astro.Debris.Cli;

/// <summary><c>astro-debris propagate</c>: element sets to TEME/ECEF/geodetic CSV over a time grid.</summary>
internal static class PropagateCommand
{
    internal enum OutputFrame { Teme, Ecef, Geodetic }

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var elements = new Argument<string>("ELEMENTS") { Description = "Element file: TLE (2- or 3-line) or OMM (KVN, XML, JSON, CSV)." };
        var start = new Option<string?>("--start") { Description = "Start time, ISO-8601 UTC (e.g. 2021-11-15T02:47:00Z)." };
        var end = new Option<string?>("--end") { Description = "End time, ISO-8601 UTC (inclusive)." };
        var step = new Option<double?>("--step") { Description = "Step in seconds (with --start/--end)." };
        var minutes = new Option<string?>("--minutes") { Description = "FROM:TO:STEP in minutes since each element set's own epoch (inclusive)." };
        var frame = new Option<string>("--frame") { Description = "Output frame: teme, ecef or geodetic.", DefaultValueFactory = _ => "teme" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the CSV to FILE instead of stdout." };
        var noChecksum = new Option<bool>("--no-checksum") { Description = "Accept TLE lines whose checksum is wrong." };
        var skipBad = new Option<bool>("--skip-bad") { Description = "Skip malformed element sets (each is reported on stderr) instead of stopping." };

        var cmd = new Command("propagate", "Propagate element sets with SGP4/SDP4 and write states as CSV.")
        {
            elements, start, end, step, minutes, frame, output, noChecksum, skipBad,
        };
        cmd.SetAction(parse => CommandGuard.Run(stderr, () =>
        {
            var grid = TimeGrid.FromOptions(parse.GetValue(start), parse.GetValue(end), parse.GetValue(step), parse.GetValue(minutes));
            var outFrame = ParseFrame(parse.GetValue(frame)!);
            var options = new ElementReadOptions
            {
                VerifyChecksum = !parse.GetValue(noChecksum),
                OnError = parse.GetValue(skipBad) ? ErrorHandling.SkipAndReport : ErrorHandling.Stop,
            };
            string path = parse.GetValue(elements)!;
            var read = ElementsReader.ReadFile(path, options);
            foreach (var error in read.Errors) stderr.WriteLine($"skipped: {error.Message}");

            string? outPath = parse.GetValue(output);
            using var writer = outPath is null ? null : new StreamWriter(outPath, false, new UTF8Encoding(false));
            var w = writer ?? stdout;
            int rows = Write(read.Elements, grid, outFrame, w, stderr);
            w.Flush();
            stderr.WriteLine($"propagate: {read.Elements.Count} element sets, {rows} rows{(read.HasErrors ? $", {read.Errors.Count} sets skipped" : "")}.");
            return ExitCodes.Success;
        }));
        return cmd;
    }

    private static OutputFrame ParseFrame(string text) => text.ToLowerInvariant() switch
    {
        "teme" => OutputFrame.Teme,
        "ecef" => OutputFrame.Ecef,
        "geodetic" => OutputFrame.Geodetic,
        _ => throw new CliInputException($"--frame: '{text}' is not a frame; expected teme, ecef or geodetic."),
    };

    /// <summary>Files with at least this many element sets go through the SIMD batch propagator.</summary>
    internal const int BatchThreshold = 64;

    /// <summary>Largest number of (object, time) states held in memory at once on the batch path.</summary>
    private const int BatchChunkStates = 1 << 21;

    internal static int Write(IReadOnlyList<ElementSet> sets, TimeGrid grid, OutputFrame frame, TextWriter w, TextWriter stderr)
    {
        w.WriteLine(frame == OutputFrame.Geodetic
            ? "catalog,time_utc,minutes,lat_deg,lon_deg,alt_km,error"
            : "catalog,time_utc,minutes,x_km,y_km,z_km,vx_km_s,vy_km_s,vz_km_s,error");
        var usable = new List<ElementSet>(sets.Count);
        foreach (var set in sets)
        {
            if (set.EphemerisType == 4)
                stderr.WriteLine($"catalog {set.CatalogNumber}: ephemeris type 4 (SGP4-XP) cannot be propagated with SGP4; skipped.");
            else
                usable.Add(set);
        }
        var line = new StringBuilder(200);
        int rows = 0;
        if (usable.Count < BatchThreshold)
        {
            foreach (var set in usable)
            {
                var sat = new Sgp4Propagator(set);
                foreach (var (time, tsince) in grid.Times(set.Epoch))
                    rows += WriteRow(w, line, set, time, tsince, sat.Propagate(tsince), frame);
            }
            return rows;
        }

        // Batch path: chunks of objects so that memory stays bounded; rows keep the per-object order.
        int perChunk = Math.Max(1, Math.Min(usable.Count, BatchChunkStates / Math.Max(1, grid.Count)));
        for (int first = 0; first < usable.Count; first += perChunk)
        {
            var chunk = usable.GetRange(first, Math.Min(perChunk, usable.Count - first));
            var batch = new Sgp4BatchPropagator(chunk);
            for (int k0 = 0; k0 < grid.Count; k0 += BatchChunkStates)
            {
                int kCount = Math.Min(grid.Count - k0, BatchChunkStates);
                var result = grid.IsRelative
                    ? batch.Propagate(grid.Minutes(k0, kCount))
                    : batch.Propagate(grid.Epochs(k0, kCount));
                for (int i = 0; i < chunk.Count; i++)
                {
                    int k = 0;
                    foreach (var (time, tsince) in grid.Times(chunk[i].Epoch, k0, kCount))
                        rows += WriteRow(w, line, chunk[i], time, tsince, result[k++, i], frame);
                }
            }
        }
        return rows;
    }

    private static int WriteRow(TextWriter w, StringBuilder line, ElementSet set, Epoch time, double tsince, Sgp4Result r, OutputFrame frame)
    {
        line.Clear();
        line.Append(set.CatalogNumber.ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(time.ToString()).Append(',')
            .Append(CsvFormat.Number(tsince)).Append(',');
        bool hasState = r.Error is Sgp4Error.None or Sgp4Error.Decayed;
        if (frame == OutputFrame.Geodetic)
        {
            if (hasState)
            {
                var ecef = Teme.ToEcef(r.State, time);
                var g = GeodeticPoint.FromEcef(ecef.Position);
                line.Append(CsvFormat.Number(g.Latitude * 180.0 / Math.PI)).Append(',')
                    .Append(CsvFormat.Number(g.Longitude * 180.0 / Math.PI)).Append(',')
                    .Append(CsvFormat.Number(g.AltitudeKm)).Append(',');
            }
            else line.Append(",,,");
        }
        else
        {
            if (hasState)
            {
                var s = frame == OutputFrame.Ecef ? Teme.ToEcef(r.State, time) : r.State;
                line.Append(CsvFormat.Number(s.Position.X)).Append(',')
                    .Append(CsvFormat.Number(s.Position.Y)).Append(',')
                    .Append(CsvFormat.Number(s.Position.Z)).Append(',')
                    .Append(CsvFormat.Number(s.Velocity.X)).Append(',')
                    .Append(CsvFormat.Number(s.Velocity.Y)).Append(',')
                    .Append(CsvFormat.Number(s.Velocity.Z)).Append(',');
            }
            else line.Append(",,,,,,");
        }
        line.Append((int)r.Error);
        w.WriteLine(line);
        return 1;
    }
}
