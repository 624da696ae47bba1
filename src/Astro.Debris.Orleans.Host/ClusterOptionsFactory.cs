using System.CommandLine;

namespace Astro.Debris.Orleans.Host;

/// <summary>The cluster identity shared by the silos and the coordinator.</summary>
internal static class ClusterOptionsFactory
{
    public const string ServiceId = "astro-debris-screening";

    public static Option<string> ClusterIdOption() =>
        new("--cluster-id") { Description = "Cluster id (silos and clients of one cluster share it).", DefaultValueFactory = _ => "astro-debris" };

    public static string ClusterId(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? text
            : throw new HostInputException($"--cluster-id: '{text}' must be letters, digits, '-', '_' or '.'.");
}
