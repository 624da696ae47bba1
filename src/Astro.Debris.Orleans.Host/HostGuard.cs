using Astro.Debris.Elements;

namespace Astro.Debris.Orleans.Host;

/// <summary>Maps exceptions to the CLI contract's exit codes (0 success, 2 bad input, 1 otherwise) and one-line messages.</summary>
internal static class HostGuard
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;

    public static async Task<int> RunAsync(TextWriter stderr, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception ex) when (ex is ElementsFormatException or HostInputException or ArgumentException
                                       or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"astro-debris-cluster: {ex.Message}");
            return BadInput;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("astro-debris-cluster: cancelled.");
            return Failure;
        }
        catch (Exception ex)
        {
            // Cluster failures (no silo, Redis unreachable, a shard failing on every attempt): the message, not a stack trace.
            string inner = ex.InnerException is { } i ? $" ({i.GetType().Name}: {i.Message})" : "";
            await stderr.WriteLineAsync($"astro-debris-cluster: {ex.GetType().Name}: {ex.Message}{inner}");
            return Failure;
        }
    }

    public static string Redis(string? text, string option = "--redis")
    {
        if (string.IsNullOrWhiteSpace(text)) throw new HostInputException($"{option} is required (HOST:PORT of the Redis server, e.g. 127.0.0.1:6390).");
        int colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text[(colon + 1)..], out int port) || port is < 1 or > 65535)
            throw new HostInputException($"{option}: '{text}' is not HOST:PORT (e.g. 127.0.0.1:6390).");
        return text;
    }

    public static int Port(int value, string option) =>
        value is >= 1 and <= 65535 ? value : throw new HostInputException($"{option}: {value} is not a TCP port (1-65535).");
}
