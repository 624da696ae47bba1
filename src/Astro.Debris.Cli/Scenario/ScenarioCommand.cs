using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Astro.Debris.Cli.Scenario;

/// <summary><c>astro-debris scenario [NAME]</c>: lists the scenarios, or runs one end to end on embedded data.</summary>
internal static class ScenarioCommand
{
    private static readonly (string Name, string Description)[] Scenarios =
    [
        ("cosmos1408", "2021-11-15 ASAT test: breakup of COSMOS 1408, cloud propagated and screened against the ISS, Pc, CDMs, plots"),
    ];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var name = new Argument<string?>("NAME") { Description = "Scenario to run; omit to list them.", Arity = ArgumentArity.ZeroOrOne };
        var minSize = new Option<double>("--min-size") { Description = "Smallest fragment, m (default 0.1; works down to 0.01 and below).", DefaultValueFactory = _ => 0.1 };
        var days = new Option<double>("--days") { Description = "Screening window after the event, days (default 7).", DefaultValueFactory = _ => 7.0 };
        var output = new Option<string>("--out") { Description = "Output folder (default ./cosmos1408-out).", DefaultValueFactory = _ => "cosmos1408-out" };
        var threshold = new Option<double>("--threshold") { Description = "Miss-distance threshold, km (default 5).", DefaultValueFactory = _ => 5.0 };
        var seed = new Option<ulong>("--seed") { Description = "Breakup random seed (default 1).", DefaultValueFactory = _ => 1UL };
        var noPlots = new Option<bool>("--no-plots") { Description = "Skip the PNG plots." };
        var cmd = new Command("scenario", "Run an embedded end-to-end scenario (no download); without NAME, list them.")
        {
            name, minSize, days, output, threshold, seed, noPlots,
        };
        cmd.SetAction(parse => CommandGuard.Run(stderr, () =>
        {
            string? which = parse.GetValue(name);
            if (which is null)
            {
                foreach (var (n, d) in Scenarios) stdout.WriteLine($"{n,-12} {d}");
                return ExitCodes.Success;
            }
            if (!string.Equals(which, "cosmos1408", StringComparison.OrdinalIgnoreCase))
                throw new CliInputException($"scenario '{which}' is unknown; run 'astro-debris scenario' for the list.");
            var options = new Cosmos1408Options
            {
                MinSizeM = parse.GetValue(minSize),
                Days = parse.GetValue(days),
                OutputDirectory = parse.GetValue(output)!,
                ThresholdKm = parse.GetValue(threshold),
                Seed = parse.GetValue(seed),
                Plots = !parse.GetValue(noPlots),
            };
            var outcome = RunWithProgress(options, stderr);
            Summary(outcome, options, stderr);
            return ExitCodes.Success;
        }));
        return cmd;
    }

    private static ScenarioOutcome RunWithProgress(Cosmos1408Options options, TextWriter stderr)
    {
        bool interactive = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        if (!interactive)
        {
            var text = new TextProgress(stderr);
            var outcome = Cosmos1408Scenario.Run(options, text);
            text.Finish();
            return outcome;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
        ScenarioOutcome? result = null;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var p = new SpectreProgress(ctx);
                result = Cosmos1408Scenario.Run(options, p);
                p.Finish();
            });
        return result!;
    }

    private static void Summary(ScenarioOutcome r, Cosmos1408Options o, TextWriter stderr)
    {
        var inv = CultureInfo.InvariantCulture;
        var closest = r.Approaches.OrderBy(a => a.Conjunction.MissKm).FirstOrDefault();
        stderr.WriteLine(string.Create(inv, $"cosmos1408: {r.Breakup.Count:N0} fragments ≥ {o.MinSizeM} m, {r.FragmentsInOrbit:N0} element sets; {r.Approaches.Count} approaches to the ISS within {o.ThresholdKm} km in {o.Days} days."));
        if (closest is not null)
            stderr.WriteLine(string.Create(inv, $"cosmos1408: closest {closest.Conjunction.MissKm:F3} km at {closest.Conjunction.Tca} (fragment {closest.FragmentId}, Pc {closest.Foster.Value:E2} with the assumed covariance)."));
        stderr.WriteLine(string.Create(inv, $"cosmos1408: {r.Timings.Sum(t => t.Time.TotalSeconds):F1} s; report: {Path.Combine(o.OutputDirectory, "report.md")}"));
    }
}
