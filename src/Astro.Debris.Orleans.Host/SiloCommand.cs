using System.CommandLine;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Astro.Debris.Orleans.Host;

/// <summary><c>astro-debris-cluster silo</c>: runs one silo of the screening cluster until Ctrl+C / SIGTERM.</summary>
internal static class SiloCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var redis = new Option<string>("--redis") { Description = "Redis server holding the membership table, HOST:PORT.", Required = true };
        var clusterId = ClusterOptionsFactory.ClusterIdOption();
        var address = new Option<string>("--address") { Description = "IP address the silo listens on and advertises.", DefaultValueFactory = _ => "127.0.0.1" };
        var siloPort = new Option<int>("--silo-port") { Description = "Silo-to-silo port.", DefaultValueFactory = _ => 11111 };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "Client gateway port.", DefaultValueFactory = _ => 30000 };
        var probe = new Option<double>("--probe-timeout") { Description = "Membership probe time-out, s: a silo that misses 3 probes is declared dead.", DefaultValueFactory = _ => 2.0 };
        var cmd = new Command("silo", "Run a silo of the screening cluster (Redis clustering) until stopped.")
        {
            redis, clusterId, address, siloPort, gatewayPort, probe,
        };
        cmd.SetAction((parse, ct) => HostGuard.RunAsync(stderr, async () =>
        {
            string redisText = HostGuard.Redis(parse.GetValue(redis));
            if (!IPAddress.TryParse(parse.GetValue(address), out var ip)) throw new HostInputException($"--address: '{parse.GetValue(address)}' is not an IP address.");
            int sp = HostGuard.Port(parse.GetValue(siloPort), "--silo-port"), gp = HostGuard.Port(parse.GetValue(gatewayPort), "--gateway-port");
            double probeSeconds = parse.GetValue(probe);
            if (!(probeSeconds > 0) || !double.IsFinite(probeSeconds)) throw new HostInputException($"--probe-timeout: {probeSeconds} s must be positive.");
            string id = ClusterOptionsFactory.ClusterId(parse.GetValue(clusterId));

            var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
            HostLogging.ToStderr(builder.Logging);
            builder.UseOrleans(silo =>
            {
                silo.UseRedisClustering(redisText);
                silo.Configure<ClusterOptions>(o => { o.ClusterId = id; o.ServiceId = ClusterOptionsFactory.ServiceId; });
                silo.ConfigureEndpoints(ip, sp, gp, listenOnAnyHostAddress: false);
                silo.Configure<ClusterMembershipOptions>(o =>
                {
                    o.ProbeTimeout = TimeSpan.FromSeconds(probeSeconds);
                    o.NumMissedProbesLimit = 3;
                    o.NumVotesForDeathDeclaration = 1;
                });
                silo.AddAstroDebrisScreening();
            });
            using var host = builder.Build();
            host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() =>
            {
                stdout.WriteLine($"silo ready: {ip}:{sp} (gateway {gp}), cluster '{id}', Redis {redisText}");
                stdout.Flush();
            });
            // Runs until SIGTERM / Ctrl+C (the host's console lifetime), then leaves the cluster gracefully.
            try { await host.RunAsync(ct); }
            catch (OperationCanceledException) { }
            return HostGuard.Success;
        }));
        return cmd;
    }
}
