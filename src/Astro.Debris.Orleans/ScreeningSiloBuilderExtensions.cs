using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;

namespace Astro.Debris.Orleans;

/// <summary>Adds cluster screening to a silo.</summary>
public static class ScreeningSiloBuilderExtensions
{
    /// <summary>
    /// Registers what a silo needs to run shards of a <see cref="ClusterScreener"/> job: the silo-local job cache and the
    /// placement that pins one screening front grain per silo. Call it on every silo of the cluster.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <returns>The same builder.</returns>
    public static ISiloBuilder AddAstroDebrisScreening(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<SiloScreeningCache>();
        builder.AddPlacementDirector<SiloPinnedPlacement, SiloPinnedPlacementDirector>();
        return builder;
    }
}
