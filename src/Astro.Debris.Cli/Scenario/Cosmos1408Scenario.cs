using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using Astro.Debris.Breakup;
using Astro.Debris.Elements;
using Astro.Debris.Frames;
using Astro.Debris.Probability;
using Astro.Debris.Propagation;
using Astro.Debris.Screening;
using Astro.Debris.Time;

namespace Astro.Debris.Cli.Scenario;

/// <summary>Inputs of the COSMOS 1408 scenario (defaults documented in docs/scenario.md).</summary>
internal sealed record Cosmos1408Options
{
    public double MinSizeM { get; init; } = 0.1;
    public double Days { get; init; } = 7.0;
    public string OutputDirectory { get; init; } = "cosmos1408-out";
    public double ThresholdKm { get; init; } = 5.0;
    public ulong Seed { get; init; } = 1;
    public bool Plots { get; init; } = true;
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}

/// <summary>One approach of a fragment to the ISS, with its collision probabilities.</summary>
internal sealed record ScenarioApproach(Conjunction Conjunction, int FragmentId, double LcM, double HardBodyRadiusM, PcResult Foster, PcResult AlfanoMax);

/// <summary>What the scenario produced: counts, approaches and the time of each phase.</summary>
internal sealed record ScenarioOutcome(
    ElementSet Parent, ElementSet Iss, Epoch EventTime, BreakupSimulationResult Breakup, int FragmentsInOrbit, int DecayedByEnd,
    ScreeningResult Screening, IReadOnlyList<ScenarioApproach> Approaches, IReadOnlyList<(string Phase, TimeSpan Time)> Timings,
    IReadOnlyList<string> Files);

/// <summary>
/// The COSMOS 1408 scenario: the 2021-11-15 02:47 UTC intercept of COSMOS 1408 (NASA Standard Breakup Model,
/// catastrophic collision of a 2000 kg spacecraft with a 50 kg kill vehicle at 7 km/s), the fragment cloud
/// propagated for a number of days and screened against the ISS, with collision probabilities under an
/// assumed covariance.
/// </summary>
internal static class Cosmos1408Scenario
{
    public static readonly Epoch EventTime = Epoch.Parse("2021-11-15T02:47:00Z");
    public const double TargetMassKg = 2000.0, KillVehicleMassKg = 50.0, ImpactSpeedKmPerSecond = 7.0;

    /// <summary>Assumed 1σ position uncertainty in RTN at TCA, metres (no covariance comes with TLEs; see docs/scenario.md).</summary>
    public static readonly Vector3D IssSigmaRtnM = new(100.0, 300.0, 100.0);

    /// <inheritdoc cref="IssSigmaRtnM"/>
    public static readonly Vector3D FragmentSigmaRtnM = new(200.0, 1000.0, 200.0);

    /// <summary>ISS hard-body radius (half its 109 m truss span), metres; a fragment adds half its size.</summary>
    public const double IssHardBodyRadiusM = 55.0;

    public static ElementSet Parent() => ReadEmbedded("cosmos1408_parent_pre-test.3le")[^1];

    public static ElementSet Iss() => ReadEmbedded("iss_2021-11-15.3le")[0];

    private static IReadOnlyList<ElementSet> ReadEmbedded(string name)
    {
        var asm = typeof(Cosmos1408Scenario).Assembly;
        using var stream = asm.GetManifestResourceStream($"Astro.Debris.Cli.Scenario.Data.{name}")
            ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        using var reader = new StreamReader(stream);
        return TleReader.Read(reader, name).Elements;
    }

    public static ScenarioOutcome Run(Cosmos1408Options o, IScenarioProgress progress, CancellationToken cancellationToken = default)
    {
        if (!(o.MinSizeM >= BreakupModel.ModelMinimumCharacteristicLengthM && o.MinSizeM < 1.0))
            throw new CliInputException($"--min-size: {o.MinSizeM.ToString(CultureInfo.InvariantCulture)} m is outside the model's range [0.001 m, 1 m).");
        if (!(o.Days > 0 && o.Days <= 60))
            throw new CliInputException($"--days: {o.Days.ToString(CultureInfo.InvariantCulture)} must be in (0, 60].");
        if (!(o.ThresholdKm > 0 && o.ThresholdKm <= 100))
            throw new CliInputException($"--threshold: {o.ThresholdKm.ToString(CultureInfo.InvariantCulture)} km must be in (0, 100].");

        var timings = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();
        void Lap(string phase) { timings.Add((phase, clock.Elapsed)); clock.Restart(); }

        // 1. Inputs.
        var parent = Parent();
        var iss = Iss();
        Lap("read embedded element sets");

        // 2. Breakup and fits.
        progress.Start("breakup + fits", 1);
        var breakupEvent = BreakupEvent.Collision(ParentObjectType.Spacecraft, TargetMassKg, KillVehicleMassKg, ImpactSpeedKmPerSecond, o.MinSizeM, o.Seed);
        var conversion = FragmentConversionOptions.Default with
        {
            MaxDegreeOfParallelism = o.MaxDegreeOfParallelism,
            InternationalDesignator = "82092",
            NamePrefix = "C1408 FRAG",
        };
        var sim = BreakupSimulation.Run(parent, EventTime, breakupEvent, conversion, maxDegreeOfParallelism: o.MaxDegreeOfParallelism);
        var fragments = sim.ElementSets().ToList();
        progress.Advance(1);
        Lap("breakup model + element-set fits");

        // 3. Screening against the ISS.
        var end = EventTime.AddDays(o.Days);
        var screenOptions = new ScreeningOptions(EventTime, end, o.ThresholdKm) { MaxDegreeOfParallelism = o.MaxDegreeOfParallelism };
        progress.Start("screening vs ISS", 1000);
        double done = 0;
        var screenProgress = new SyncProgress<ScreeningProgress>(p =>
        {
            double f = Math.Clamp(p.Fraction, 0, 1);
            if (f > done) { progress.Advance((int)(1000 * f) - (int)(1000 * done)); done = f; }
        });
        var screening = ConjunctionScreener.ScreenOneVersusMany([iss], fragments, screenOptions, screenProgress, cancellationToken);
        Lap("screening (propagation, sweep, TCA refinement)");

        // 4. Collision probability for each approach.
        var idByCatalog = new Dictionary<int, int>();
        foreach (var outcome in sim.Conversion.Outcomes)
            if (outcome.CatalogNumber is int c) idByCatalog[c] = outcome.Index;
        var approaches = new List<ScenarioApproach>(screening.Count);
        var fragmentArray = sim.Breakup.Fragments.Span;
        foreach (var c in screening.Conjunctions)
        {
            int index = idByCatalog[c.Object2.CatalogNumber];
            double lc = fragmentArray[index].CharacteristicLengthM;
            double hbr = IssHardBodyRadiusM + lc / 2;
            var primary = new EncounterObject(c.State1, PositionCovariance.FromSigmas(IssSigmaRtnM.X, IssSigmaRtnM.Y, IssSigmaRtnM.Z), CovarianceFrame.Rtn);
            var secondary = new EncounterObject(c.State2, PositionCovariance.FromSigmas(FragmentSigmaRtnM.X, FragmentSigmaRtnM.Y, FragmentSigmaRtnM.Z), CovarianceFrame.Rtn);
            var plane = EncounterPlane.FromStates(primary, secondary);
            approaches.Add(new ScenarioApproach(c, index + 1, lc, hbr,
                CollisionProbability.Foster(plane, hbr), CollisionProbability.AlfanoMaximum(c.MissKm * 1000.0, hbr)));
        }
        Lap("collision probability");

        // 5. The cloud at the end of the window (for the second Gabbard diagram and the altitude histogram).
        var atEnd = StatesAt(fragments, end, o.MaxDegreeOfParallelism);
        int decayed = atEnd.Count(s => s is null);
        Lap("cloud at the end of the window");

        // 6. Files.
        progress.Start("writing files and plots", 1);
        Directory.CreateDirectory(o.OutputDirectory);
        var files = ScenarioFiles.Write(o, parent, iss, sim, fragments, atEnd, screening, approaches);
        progress.Advance(1);
        Lap("files and plots");

        var outcome2 = new ScenarioOutcome(parent, iss, EventTime, sim, fragments.Count, decayed, screening, approaches, timings, files);
        files.Add(ScenarioFiles.WriteReport(o, outcome2));
        return outcome2;
    }

    /// <summary>Osculating TEME states of the sets at one instant (null where SGP4 reports an error).</summary>
    internal static StateVector?[] StatesAt(IReadOnlyList<ElementSet> sets, Epoch time, int threads)
    {
        var result = new StateVector?[sets.Count];
        if (sets.Count == 0) return result;
        var batch = new Sgp4BatchPropagator(sets, options: new Sgp4BatchOptions { MaxDegreeOfParallelism = threads });
        var states = batch.Propagate([time]);
        for (int i = 0; i < sets.Count; i++)
        {
            var r = states[0, i];
            result[i] = r.IsSuccess ? r.State : null;
        }
        return result;
    }

    /// <summary>Reports progress synchronously on the caller's thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        private readonly object _gate = new();
        public void Report(T value) { lock (_gate) report(value); }
    }
}
