using Microsoft.Extensions.Logging;

namespace Astro.Debris.Orleans.Host;

/// <summary>Orleans logs warnings and errors on stderr (stdout carries only results, per the CLI contract).</summary>
internal static class HostLogging
{
    public static void ToStderr(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.SetMinimumLevel(LogLevel.Warning);
    }
}
