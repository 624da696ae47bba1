using System.Globalization;
using Astro.Debris.Cli;

namespace Astro.Debris.Tests.Cli;

/// <summary>Runs the tool in-process with captured streams, and gives each test class a temporary folder.</summary>
public abstract class CliTestBase : IDisposable
{
    /// <summary>A temporary folder, deleted after the tests of the class.</summary>
    protected string Dir { get; } = Directory.CreateTempSubdirectory("astro-debris-cli-").FullName;

    /// <summary>Runs <c>astro-debris</c> with the arguments; returns the exit code, stdout and stderr.</summary>
    protected static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter(CultureInfo.InvariantCulture);
        var stderr = new StringWriter(CultureInfo.InvariantCulture);
        int code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Directory.Delete(Dir, recursive: true);
        GC.SuppressFinalize(this);
    }
}
