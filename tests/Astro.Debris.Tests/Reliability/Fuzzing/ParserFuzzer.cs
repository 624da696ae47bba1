using System.Diagnostics;
using System.Globalization;
using System.Text;
using Astro.Debris.Elements;
using Astro.Debris.Screening;

namespace Astro.Debris.Tests.Reliability.Fuzzing;

/// <summary>One input that did something other than parse or throw <see cref="ElementsFormatException"/>.</summary>
/// <param name="Kind">"crash" (another exception type escaped), "hang" (one input took longer than the limit) or "invalid" (a parsed set violates the ElementSet invariants).</param>
/// <param name="Signature">Exception type and top frame, or the invariant broken: findings with one signature are one bug.</param>
/// <param name="Input">The input as found.</param>
/// <param name="Minimal">The input reduced while it keeps the same signature.</param>
/// <param name="Detail">Exception text.</param>
public sealed record FuzzFinding(string Kind, string Signature, string Input, string Minimal, string Detail);

/// <summary>The outcome of a fuzz run.</summary>
public sealed record FuzzReport(FuzzTarget Target, long Inputs, long Parsed, long FormatErrors, int Seeds, TimeSpan Elapsed, TimeSpan SlowestInput, IReadOnlyList<FuzzFinding> Findings)
{
    /// <summary>One line for logs and docs/validation.md.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Target}: {Inputs:N0} inputs from {Seeds} seeds in {Elapsed.TotalSeconds:F1} s ({Inputs / Math.Max(Elapsed.TotalSeconds, 1e-9):N0}/s), " +
        $"{Parsed:N0} parsed to ≥ 1 set, {FormatErrors:N0} ElementsFormatException, slowest input {SlowestInput.TotalMilliseconds:F1} ms, " +
        $"{Findings.Count} distinct finding(s)");
}

/// <summary>
/// The fuzz harness: mutates the real files of tests/data (<see cref="FuzzCorpus"/>) and feeds each input to one
/// parser, with the checksum verified or not and errors stopping or skipped, also through the format-detecting
/// <see cref="ElementsReader"/>. The only accepted outcomes are a parse result whose sets satisfy the
/// <see cref="ElementSet"/> invariants, or an <see cref="ElementsFormatException"/>; anything else is a finding,
/// reduced to a minimal input that reproduces it.
/// </summary>
public static class ParserFuzzer
{
    /// <summary>Runs a fuzz campaign.</summary>
    /// <param name="target">The parser.</param>
    /// <param name="iterations">Number of inputs.</param>
    /// <param name="seed">Random seed (the run is deterministic for a seed).</param>
    /// <param name="hangLimit">An input slower than this is a hang finding.</param>
    /// <param name="maxTime">Stop early after this long (the report says how many inputs ran).</param>
    public static FuzzReport Run(FuzzTarget target, long iterations, int seed, TimeSpan? hangLimit = null, TimeSpan? maxTime = null)
    {
        var limit = hangLimit ?? TimeSpan.FromSeconds(1);
        var seeds = FuzzCorpus.Seeds(target);
        var rng = new Random(seed);
        var mutator = new Mutator(rng, seeds, IsCdm(target) ? Mutator.CdmTokens : null);
        var findings = new Dictionary<string, FuzzFinding>();
        long parsed = 0, formatErrors = 0, n = 0;
        var total = Stopwatch.StartNew();
        var one = new Stopwatch();
        TimeSpan slowest = TimeSpan.Zero;
        for (; n < iterations; n++)
        {
            if (maxTime is { } mt && (n & 255) == 0 && total.Elapsed > mt) break;
            string input = mutator.Next(out _);
            if (target == FuzzTarget.Tle && rng.Next(4) != 0) input = Mutator.FixTleChecksums(input);
            var mode = (Mode)rng.Next(4);
            one.Restart();
            var (outcome, signature, detail) = Execute(target, input, mode);
            one.Stop();
            if (one.Elapsed > slowest) slowest = one.Elapsed;
            switch (outcome)
            {
                case Outcome.Parsed: parsed++; break;
                case Outcome.FormatError: formatErrors++; break;
                default:
                    if (!findings.ContainsKey(signature!))
                        findings[signature!] = new FuzzFinding(outcome == Outcome.Crash ? "crash" : "invalid", signature!, input,
                            Minimize(target, input, mode, signature!), detail!);
                    break;
            }
            if (one.Elapsed > limit)
            {
                string sig = $"hang:{target}:{one.Elapsed.TotalMilliseconds:F0}ms";
                findings.TryAdd(sig, new FuzzFinding("hang", sig, input, input, $"{one.Elapsed.TotalMilliseconds:F0} ms for {input.Length} chars"));
            }
        }
        return new FuzzReport(target, n, parsed, formatErrors, seeds.Length, total.Elapsed, slowest, findings.Values.ToList());
    }

    /// <summary>How an input is fed to the parser.</summary>
    public enum Mode
    {
        /// <summary>The format's own reader, default options (checksums verified, stop at the first error).</summary>
        Strict = 0,

        /// <summary>The format's own reader, checksums relaxed, malformed records skipped and reported.</summary>
        Lenient = 1,

        /// <summary><see cref="ElementsReader.Read"/> with format detection, default options.</summary>
        Detect = 2,

        /// <summary><see cref="ElementsReader.Read"/> with format detection, lenient options.</summary>
        DetectLenient = 3,
    }

    private enum Outcome { Parsed, FormatError, Crash, Invalid }

    private static readonly ElementReadOptions Lenient = new() { VerifyChecksum = false, OnError = ErrorHandling.SkipAndReport };

    /// <summary>Parses one input; returns null when the outcome is allowed, else the signature of what went wrong.</summary>
    public static string? Check(FuzzTarget target, string input, Mode mode = Mode.Strict)
    {
        var (o, sig, _) = Execute(target, input, mode);
        return o is Outcome.Parsed or Outcome.FormatError ? null : sig;
    }

    /// <summary>Parses one input with the format's reader (or the detecting reader) and the mode's options.</summary>
    public static ElementReadResult Parse(FuzzTarget target, string input, Mode mode)
    {
        var options = mode is Mode.Lenient or Mode.DetectLenient ? Lenient : ElementReadOptions.Default;
        if (mode is Mode.Detect or Mode.DetectLenient)
            return ElementsReader.Read(new StringReader(input), "<fuzz>", null, options);
        return target switch
        {
            FuzzTarget.Tle => TleReader.Read(new StringReader(input), "<fuzz>", options),
            FuzzTarget.OmmKvn => OmmReader.Parse(input, "<fuzz>", OmmFormat.Kvn, options),
            FuzzTarget.OmmXml => OmmReader.Parse(input, "<fuzz>", OmmFormat.Xml, options),
            FuzzTarget.OmmJson => OmmReader.Parse(input, "<fuzz>", OmmFormat.Json, options),
            FuzzTarget.OmmCsv => OmmReader.Parse(input, "<fuzz>", OmmFormat.Csv, options),
            _ => throw new ArgumentOutOfRangeException(nameof(target)),
        };
    }

    /// <summary>True for the CDM targets (outcomes: a <see cref="ConjunctionDataMessage"/> or <see cref="CdmFormatException"/>).</summary>
    public static bool IsCdm(FuzzTarget target) => target is FuzzTarget.CdmKvn or FuzzTarget.CdmXml;

    /// <summary>Reads one CDM input: from the string (Strict, Lenient) or through a <see cref="TextReader"/> (Detect modes).</summary>
    public static ConjunctionDataMessage ParseCdm(string input, Mode mode)
        => mode is Mode.Detect or Mode.DetectLenient ? CdmReader.Read(new StringReader(input), "<fuzz>") : CdmReader.Read(input, "<fuzz>");

    private static (Outcome, string?, string?) ExecuteCdm(string input, Mode mode)
    {
        ConjunctionDataMessage message;
        try
        {
            message = ParseCdm(input, mode);
        }
        catch (CdmFormatException ex)
        {
            if (ex.GetType() != typeof(CdmFormatException) || ex.Line < 0 || ex.Column < 0)
                return (Outcome.Crash, $"bad-exception:{ex.Line}:{ex.Column}", ex.ToString());
            return (Outcome.FormatError, null, null);
        }
        catch (Exception ex)
        {
            return (Outcome.Crash, Signature(ex), ex.ToString());
        }
        string? broken;
        try
        {
            broken = BrokenInvariant(message, input);
        }
        catch (Exception ex)
        {
            return (Outcome.Invalid, "invalid:write-back " + Signature(ex), ex.ToString());
        }
        return broken is null ? (Outcome.Parsed, null, null) : (Outcome.Invalid, "invalid:" + broken, broken);
    }

    /// <summary>
    /// The invariants of a parsed CDM: every number the typed properties give is finite, no text holds a lone UTF-16
    /// surrogate (it could not be written as UTF-8), and the message writes back in its own encoding and reads back
    /// with the same entries. Null when all hold.
    /// </summary>
    public static string? BrokenInvariant(ConjunctionDataMessage m, string input)
    {
        var numbers = new List<double?> { m.MissDistanceMeters, m.RelativeSpeedMetersPerSecond, m.CollisionProbability, m.HardBodyRadiusMeters,
            m.ScreenVolumeX, m.ScreenVolumeY, m.ScreenVolumeZ };
        foreach (var o in new[] { m.Object1, m.Object2 })
        {
            numbers.AddRange([o.PositionKm.X, o.PositionKm.Y, o.PositionKm.Z, o.VelocityKmPerSecond.X, o.VelocityKmPerSecond.Y, o.VelocityKmPerSecond.Z,
                o.MassKg, o.AreaPcSquareMeters, o.HardBodyRadiusMeters, o.CdAreaOverMass, o.CrAreaOverMass]);
        }
        if (numbers.Any(v => v is { } d && !double.IsFinite(d))) return "number not finite";
        if (m.CollisionProbability is < 0 or > 1) return "probability outside [0,1]";
        var entries = m.HeaderEntries.Concat(m.RelativeMetadataEntries).Concat(m.Object1.Entries).Concat(m.Object2.Entries).ToList();
        foreach (var e in entries)
        {
            foreach (string? t in new[] { e.Keyword, e.Value, e.Units })
            {
                if (t is null) continue;
                for (int i = 0; i < t.Length; i++)
                {
                    if (char.IsHighSurrogate(t[i]) && i + 1 < t.Length && char.IsLowSurrogate(t[i + 1])) { i++; continue; }
                    if (char.IsSurrogate(t[i])) return "text with a lone surrogate";
                }
            }
        }
        var format = CdmReader.DetectFormat(input) ?? CdmFormat.Kvn;
        string written = format == CdmFormat.Kvn ? CdmWriter.WriteKvn(m) : CdmWriter.WriteXml(m);
        ConjunctionDataMessage back;
        try
        {
            back = CdmReader.Read(written, "<written>");
        }
        catch (CdmFormatException)
        {
            return "written message does not read back";
        }
        var again = back.HeaderEntries.Concat(back.RelativeMetadataEntries).Concat(back.Object1.Entries).Concat(back.Object2.Entries).ToList();
        if (again.Count != entries.Count) return "write-back changed the number of entries";
        for (int i = 0; i < again.Count; i++)
        {
            if (again[i].Keyword != entries[i].Keyword || again[i].Value != entries[i].Value) return "write-back changed an entry";
        }
        return null;
    }

    private static (Outcome, string?, string?) Execute(FuzzTarget target, string input, Mode mode)
    {
        if (IsCdm(target)) return ExecuteCdm(input, mode);
        ElementReadResult result;
        try
        {
            result = Parse(target, input, mode);
        }
        catch (ElementsFormatException ex)
        {
            if (ex.GetType() != typeof(ElementsFormatException) || ex.Line < 0 || ex.Column < 0)
                return (Outcome.Crash, $"bad-exception:{ex.Line}:{ex.Column}", ex.ToString());
            return (Outcome.FormatError, null, null);
        }
        catch (Exception ex)
        {
            return (Outcome.Crash, Signature(ex), ex.ToString());
        }
        foreach (var e in result.Elements)
        {
            string? broken = BrokenInvariant(e);
            if (broken is not null) return (Outcome.Invalid, "invalid:" + broken, e.ToString());
        }
        return result.Elements.Count > 0 ? (Outcome.Parsed, null, null) : (Outcome.FormatError, null, null);
    }

    /// <summary>The documented invariants of a parsed <see cref="ElementSet"/>; null when all hold.</summary>
    public static string? BrokenInvariant(ElementSet e)
    {
        if (!(e.Eccentricity >= 0.0 && e.Eccentricity < 1.0)) return "eccentricity outside [0,1)";
        if (!(e.MeanMotion > 0.0) || !double.IsFinite(e.MeanMotion)) return "mean motion not finite and positive";
        if (!(e.Inclination >= 0.0 && e.Inclination <= Math.PI + 1e-15)) return "inclination outside [0,180°]";
        foreach (double a in new[] { e.RightAscensionOfAscendingNode, e.ArgumentOfPerigee, e.MeanAnomaly })
            if (!(a >= 0.0 && a <= 2 * Math.PI + 1e-15)) return "angle outside [0,360°]";
        foreach (double v in new[] { e.BStar, e.MeanMotionDot, e.MeanMotionDdot })
            if (!double.IsFinite(v)) return "drag term not finite";
        if (e.CatalogNumber < 0) return "negative catalogue number";
        if (e.EphemerisType == 4) return "SGP4-XP accepted";
        if (!double.IsFinite(e.Epoch.JulianDayMidnight) || !double.IsFinite(e.Epoch.DayFraction)) return "epoch not finite";
        if (e.Name is { } name && name.Any(char.IsSurrogate)) return "name with a lone surrogate";
        return null;
    }

    private static string Signature(Exception ex)
    {
        var frame = new StackTrace(ex, false).GetFrames().FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("Astro.Debris", StringComparison.Ordinal) == true);
        var m = frame?.GetMethod();
        return $"{ex.GetType().Name} at {m?.DeclaringType?.Name}.{m?.Name}";
    }

    /// <summary>
    /// Reduces an input while <see cref="Execute"/> keeps giving the same signature: removes whole lines, then
    /// halving chunks of characters, then single characters (a simple delta-debugging pass, to a fixed point).
    /// </summary>
    public static string Minimize(FuzzTarget target, string input, Mode mode, string signature, int budget = 20_000)
        => Minimize(input, s => Execute(target, s, mode).Item2 == signature, budget);

    /// <summary>Reduces an input while <paramref name="reproduces"/> holds (lines first, then chunks, then characters).</summary>
    public static string Minimize(string input, Func<string, bool> reproduces, int budget = 20_000)
    {
        bool Same(string s) => budget-- > 0 && reproduces(s);

        string best = input;
        bool progress = true;
        while (progress && budget > 0)
        {
            progress = false;
            // Lines.
            var lines = best.Split('\n');
            for (int i = 0; i < lines.Length && lines.Length > 1; i++)
            {
                string candidate = string.Join('\n', lines.Where((_, k) => k != i));
                if (Same(candidate)) { best = candidate; lines = best.Split('\n'); i--; progress = true; }
            }
            // Chunks of decreasing size.
            for (int chunk = Math.Max(1, best.Length / 2); chunk >= 1; chunk /= 2)
            {
                for (int start = 0; start + chunk <= best.Length;)
                {
                    string candidate = best.Remove(start, chunk);
                    if (Same(candidate)) { best = candidate; progress = true; }
                    else start += chunk;
                }
            }
        }
        return best;
    }

    /// <summary>An input as a C# string literal (for regression tests and the docs).</summary>
    public static string ToLiteral(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in s)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' || c > '~' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }
}
