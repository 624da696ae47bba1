using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Astro.Debris.Elements;
using Astro.Debris.Screening;
using Astro.Debris.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Astro.Debris.Orleans.Host;

/// <summary>
/// <c>astro-debris-cluster screen</c>: all-versus-all screening of a catalogue on the cluster (or, with <c>--local</c>, with
/// the single-machine screener), written as a CSV in the result's order with every number at round-trip precision, so two
/// runs can be compared byte for byte.
/// </summary>
internal static class ClusterScreenCommand
{
    internal const string Header = "index1,index2,object1,object2,tca_utc,tca_jd_midnight,tca_day_fraction,miss_km,relative_speed_km_s,"
        + "radial_km,in_track_km,cross_track_km,x1_km,y1_km,z1_km,vx1_km_s,vy1_km_s,vz1_km_s,x2_km,y2_km,z2_km,vx2_km_s,vy2_km_s,vz2_km_s";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var catalog = new Argument<string>("CATALOG") { Description = "Element file (TLE or OMM; .gz accepted), screened all against all." };
        var start = new Option<string>("--start") { Description = "Window start, ISO-8601 UTC.", Required = true };
        var end = new Option<string>("--end") { Description = "Window end, ISO-8601 UTC.", Required = true };
        var threshold = new Option<double>("--threshold") { Description = "Miss-distance threshold, km.", Required = true };
        var redis = new Option<string?>("--redis") { Description = "Redis server of the cluster, HOST:PORT (not with --local)." };
        var clusterId = ClusterOptionsFactory.ClusterIdOption();
        var local = new Option<bool>("--local") { Description = "Screen in this process with the single-machine screener (same CSV)." };
        var blocks = new Option<int>("--blocks") { Description = "Object blocks K (0: from the catalogue size)." };
        var windows = new Option<int>("--windows") { Description = "Time windows W (0: from the cluster size)." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the CSV to FILE instead of stdout." };
        var noChecksum = new Option<bool>("--no-checksum") { Description = "Accept TLE lines whose checksum is wrong." };
        var cmd = new Command("screen", "Screen a catalogue all against all on the cluster; CSV of the conjunctions in TCA order.")
        {
            catalog, start, end, threshold, redis, clusterId, local, blocks, windows, output, noChecksum,
        };
        cmd.SetAction((parse, ct) => HostGuard.RunAsync(stderr, async () =>
        {
            var t0 = ParseTime("--start", parse.GetValue(start)!);
            var t1 = ParseTime("--end", parse.GetValue(end)!);
            double km = parse.GetValue(threshold);
            if (!(t1 > t0)) throw new HostInputException($"--end ({t1}) must be after --start ({t0}).");
            if (!(km > 0) || !double.IsFinite(km)) throw new HostInputException($"--threshold: {km.ToString(CultureInfo.InvariantCulture)} km must be positive.");
            bool isLocal = parse.GetValue(local);
            string? redisText = isLocal ? null : HostGuard.Redis(parse.GetValue(redis));
            var settings = new ClusterScreeningOptions { ObjectBlocks = parse.GetValue(blocks), TimeWindows = parse.GetValue(windows) };
            string id = ClusterOptionsFactory.ClusterId(parse.GetValue(clusterId));
            var elements = Read(parse.GetValue(catalog)!, new ElementReadOptions { VerifyChecksum = !parse.GetValue(noChecksum) });
            var options = new ScreeningOptions(t0, t1, km);

            IReadOnlyList<Conjunction> conjunctions;
            IReadOnlyList<ScreeningExclusion> exclusions;
            string summary;
            if (isLocal)
            {
                var r = ConjunctionScreener.ScreenAllVersusAll(elements, options, null, ct);
                (conjunctions, exclusions) = (r.Conjunctions, r.Exclusions);
                summary = string.Create(CultureInfo.InvariantCulture,
                    $"screen: {r.Count} conjunctions within {km} km on this machine; {elements.Count} objects, step {r.Statistics.StepSeconds:F1} s, {r.Statistics.TotalTime.TotalSeconds:F2} s.");
            }
            else
            {
                var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
                HostLogging.ToStderr(builder.Logging);
                builder.UseOrleansClient(client =>
                {
                    client.UseRedisClustering(redisText!);
                    client.Configure<ClusterOptions>(o => { o.ClusterId = id; o.ServiceId = ClusterOptionsFactory.ServiceId; });
                });
                using var host = builder.Build();
                // SIGTERM / Ctrl+C reach the host's console lifetime: they cancel the job (its shards are cancelled on the silos).
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct,
                    host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
                ct = stop.Token;
                await host.StartAsync(ct);
                var client = host.Services.GetRequiredService<IClusterClient>();
                var progress = new SynchronousProgress(p => stderr.WriteLine(
                    $"screen: shard {p.CompletedShards}/{p.TotalShards} (re-runs {p.Reruns}, silos {p.ActiveSilos})"));
                var r = await new ClusterScreener(client, settings).ScreenAllVersusAllAsync(elements, options, progress, ct);
                (conjunctions, exclusions) = (r.Conjunctions, r.Exclusions);
                var s = r.Statistics;
                summary = string.Create(CultureInfo.InvariantCulture,
                    $"screen: {r.Count} conjunctions within {km} km on the cluster; {elements.Count} objects, step {s.StepSeconds:F1} s; "
                    + $"{s.Shards} shards ({s.ObjectBlocks} blocks × {s.TimeWindows} windows) on {s.SilosUsed} silos, {s.ShardReruns} re-run, "
                    + $"{s.CatalogUploads} catalogue uploads, {s.DuplicatesRemoved} border duplicates; {s.TotalTime.TotalSeconds:F2} s "
                    + $"(shard compute {s.ShardComputeTime.TotalSeconds:F2} s).");
                await host.StopAsync(CancellationToken.None);
            }
            foreach (var x in exclusions)
                await stderr.WriteLineAsync($"screen: {x.Elements.CatalogNumber} excluded from {x.FirstFailure}: SGP4 error {(int)x.Error} ({x.Error}).");
            string? outPath = parse.GetValue(output);
            using (var writer = outPath is null ? null : new StreamWriter(outPath, false, new UTF8Encoding(false)))
            {
                var w = writer ?? stdout;
                Write(conjunctions, w);
                await w.FlushAsync(CancellationToken.None);
            }
            await stderr.WriteLineAsync(summary);
            return HostGuard.Success;
        }));
        return cmd;
    }

    private static Epoch ParseTime(string option, string text) =>
        Epoch.TryParse(text, out var e) ? e : throw new HostInputException($"{option}: '{text}' is not an ISO-8601 UTC time (e.g. 2022-08-10T00:00:00Z).");

    /// <summary>Reads an element file; a <c>.gz</c> file is decompressed first (format from the inner extension or the content).</summary>
    internal static IReadOnlyList<ElementSet> Read(string path, ElementReadOptions options)
    {
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) return ElementsReader.ReadFile(path, options).Elements;
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        string inner = Path.GetFileName(path)[..^3];
        return ElementsReader.Read(reader, inner, ElementsReader.FormatFromExtension(inner), options).Elements;
    }

    internal static void Write(IEnumerable<Conjunction> conjunctions, TextWriter w)
    {
        static string R(double x) => x.ToString("R", CultureInfo.InvariantCulture);
        w.WriteLine(Header);
        foreach (var c in conjunctions)
        {
            var (p1, v1, p2, v2) = (c.State1.Position, c.State1.Velocity, c.State2.Position, c.State2.Velocity);
            w.WriteLine(string.Join(',',
                c.Index1.ToString(CultureInfo.InvariantCulture), c.Index2.ToString(CultureInfo.InvariantCulture),
                c.Object1.CatalogNumber.ToString(CultureInfo.InvariantCulture), c.Object2.CatalogNumber.ToString(CultureInfo.InvariantCulture),
                c.Tca.ToString(), R(c.Tca.JulianDayMidnight), R(c.Tca.DayFraction), R(c.MissKm), R(c.RelativeSpeedKmPerSecond),
                R(c.MissRtnKm.X), R(c.MissRtnKm.Y), R(c.MissRtnKm.Z),
                R(p1.X), R(p1.Y), R(p1.Z), R(v1.X), R(v1.Y), R(v1.Z), R(p2.X), R(p2.Y), R(p2.Z), R(v2.X), R(v2.Y), R(v2.Z)));
        }
    }

    private sealed class SynchronousProgress(Action<ClusterScreeningProgress> report) : IProgress<ClusterScreeningProgress>
    {
        public void Report(ClusterScreeningProgress value) => report(value);
    }
}
