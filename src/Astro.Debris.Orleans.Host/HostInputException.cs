namespace Astro.Debris.Orleans.Host;

/// <summary>A command-line value that cannot be used (exit code 2).</summary>
internal sealed class HostInputException(string message) : Exception(message);
