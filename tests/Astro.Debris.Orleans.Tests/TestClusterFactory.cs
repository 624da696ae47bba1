using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.TestingHost;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Astro.Debris.Orleans.Tests;

/// <summary>In-process multi-silo clusters (Orleans TestingHost) with the screening registered and quick failure detection.</summary>
internal static class TestClusterFactory
{
    public static async Task<TestCluster> StartAsync(short silos)
    {
        var cluster = new TestClusterBuilder(silos).AddSiloBuilderConfigurator<SiloConfigurator>().Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddAstroDebrisScreening();
            siloBuilder.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = TimeSpan.FromSeconds(1);
                o.NumMissedProbesLimit = 2;
                o.NumVotesForDeathDeclaration = 1;
            });
        }
    }
}
