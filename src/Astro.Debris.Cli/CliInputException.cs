namespace Astro.Debris.Cli;

/// <summary>Bad command-line input (exit code 2).</summary>
internal sealed class CliInputException(string message) : Exception(message);
