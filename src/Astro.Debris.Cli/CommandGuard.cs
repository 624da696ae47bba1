using Astro.Debris.Elements;

namespace Astro.Debris.Cli;

/// <summary>One place that maps exceptions to the CLI's exit codes and messages (contract: 2 bad input, 1 otherwise).</summary>
internal static class CommandGuard
{
    public static int Run(TextWriter stderr, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception ex) when (ex is ElementsFormatException or CliInputException or ArgumentException
                                       or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"astro-debris: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"astro-debris: {ex.Message}");
            return ExitCodes.Failure;
        }
    }
}
