using System.CommandLine;

namespace Astro.Debris.Cli;

/// <summary>The <c>astro-debris</c> command-line tool.</summary>
public static class Program
{
    /// <summary>Runs the tool; returns 0 on success, 2 on bad input, 1 otherwise.</summary>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the tool with explicit output streams (used by tests).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("astro-debris: SGP4/SDP4 propagation, breakup modelling and conjunction screening.");
        root.Subcommands.Add(PropagateCommand.Create(stdout, stderr));
        root.Subcommands.Add(BreakupCommand.Create(stdout, stderr));
        root.Subcommands.Add(ScreenCommand.Create(stdout, stderr));
        root.Subcommands.Add(PcCommand.Create(stdout, stderr));
        root.Subcommands.Add(Scenario.ScenarioCommand.Create(stdout, stderr));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"astro-debris: {error.Message}");
            stderr.WriteLine("Run 'astro-debris --help' for usage.");
            return ExitCodes.BadInput;
        }
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        return parse.Invoke(config);
    }
}
