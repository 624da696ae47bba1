using System.CommandLine;
using Astro.Debris.Orleans.Host;

// astro-debris-cluster: a silo of a screening cluster (Redis clustering), and the job's coordinator.
var root = new RootCommand("Conjunction screening on an Orleans cluster (Astro.Debris). See docs/scale-out.md.")
{
    SiloCommand.Create(Console.Out, Console.Error),
    ClusterScreenCommand.Create(Console.Out, Console.Error),
};
return await root.Parse(args).InvokeAsync();
