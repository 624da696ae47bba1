using System.Globalization;
using Astro.Debris.Screening;
using Astro.Debris.Tests.Reliability.Fuzzing;
using Xunit.Abstractions;

namespace Astro.Debris.Tests.Reliability;

/// <summary>
/// Fuzzing of the element-set parsers (see docs/validation.md, "Reliability"). By default a bounded smoke run
/// (a few thousand inputs, at most a few seconds per parser) runs in CI. Long runs:
/// <c>ASTRO_FUZZ_ITERATIONS=1000000 dotnet test tests/Astro.Debris.Tests -c Release --filter "FullyQualifiedName~ParserFuzzTests"</c>
/// (optional <c>ASTRO_FUZZ_SEED</c>, and <c>ASTRO_FUZZ_REPORT=FILE</c> to append each run's summary and findings).
/// </summary>
public class ParserFuzzTests(ITestOutputHelper output)
{
    private const long SmokeIterations = 4_000;
    private static readonly TimeSpan SmokeTime = TimeSpan.FromSeconds(4);

    [Theory]
    [InlineData(FuzzTarget.Tle)]
    [InlineData(FuzzTarget.OmmKvn)]
    [InlineData(FuzzTarget.OmmXml)]
    [InlineData(FuzzTarget.OmmJson)]
    [InlineData(FuzzTarget.OmmCsv)]
    [InlineData(FuzzTarget.CdmKvn)]
    [InlineData(FuzzTarget.CdmXml)]
    public void Mutated_real_files_either_parse_or_throw_ElementsFormatException(FuzzTarget target)
    {
        string? env = Environment.GetEnvironmentVariable("ASTRO_FUZZ_ITERATIONS");
        bool longRun = long.TryParse(env, NumberStyles.Integer, CultureInfo.InvariantCulture, out long iterations) && iterations > 0;
        if (!longRun) iterations = SmokeIterations;
        int seed = int.TryParse(Environment.GetEnvironmentVariable("ASTRO_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int s)
            ? s : 20240501 + (int)target;

        var report = ParserFuzzer.Run(target, iterations, seed, maxTime: longRun ? null : SmokeTime);
        output.WriteLine(report.ToString());
        var lines = new List<string> { $"seed {seed}: {report}" };
        foreach (var f in report.Findings)
        {
            lines.Add($"  {f.Kind} {f.Signature}");
            lines.Add($"    minimal input: {ParserFuzzer.ToLiteral(f.Minimal)}");
            lines.Add($"    {f.Detail.Split('\n').FirstOrDefault()}");
        }
        foreach (var l in lines.Skip(1)) output.WriteLine(l);
        string? reportFile = Environment.GetEnvironmentVariable("ASTRO_FUZZ_REPORT");
        if (!string.IsNullOrEmpty(reportFile))
        {
            lock (typeof(ParserFuzzTests)) File.AppendAllLines(reportFile, lines);
        }

        report.Inputs.Should().BeGreaterThan(longRun ? iterations - 1 : 200, "the run must not stop early");
        report.Parsed.Should().BeGreaterThan(0, "some mutated inputs stay valid");
        report.FormatErrors.Should().BeGreaterThan(0, "most mutated inputs are malformed");
        report.Findings.Should().BeEmpty("the only outcomes allowed are element sets or ElementsFormatException:\n" + string.Join("\n", lines));
    }

    [Theory]
    [InlineData(FuzzTarget.Tle)]
    [InlineData(FuzzTarget.OmmKvn)]
    [InlineData(FuzzTarget.OmmXml)]
    [InlineData(FuzzTarget.OmmJson)]
    [InlineData(FuzzTarget.OmmCsv)]
    [InlineData(FuzzTarget.CdmKvn)]
    [InlineData(FuzzTarget.CdmXml)]
    public void Every_seed_parses_unmutated(FuzzTarget target)
    {
        var seeds = FuzzCorpus.Seeds(target);
        seeds.Length.Should().BeGreaterThan(3);
        foreach (string seed in seeds)
        {
            if (ParserFuzzer.IsCdm(target))
            {
                var m = ParserFuzzer.ParseCdm(seed, ParserFuzzer.Mode.Strict);
                ParserFuzzer.BrokenInvariant(m, seed).Should().BeNull(seed);
                CdmReader.DetectFormat(seed).Should().Be(target == FuzzTarget.CdmKvn ? CdmFormat.Kvn : CdmFormat.Xml);
                continue;
            }
            var r = ParserFuzzer.Parse(target, seed, ParserFuzzer.Mode.Lenient);
            r.Elements.Should().NotBeEmpty(seed);
        }
    }

    [Fact]
    public void Minimizer_reduces_an_input_to_what_reproduces_the_signature()
    {
        // A synthetic "bug": any input containing "NaN" — the minimiser must cut everything else away.
        string min = ParserFuzzer.Minimize("abc\nxyzNaNqrs\n123", s => s.Contains("NaN", StringComparison.Ordinal));
        min.Should().Be("NaN");
    }
}
