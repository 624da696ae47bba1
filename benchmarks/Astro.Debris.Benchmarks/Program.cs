using BenchmarkDotNet.Running;

namespace Astro.Debris.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release -- --filter '*Sgp4*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
