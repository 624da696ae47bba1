using Astro.Debris.Breakup;
using Astro.Debris.Elements;
using Astro.Debris.Propagation;
using Astro.Debris.Time;
using BenchmarkDotNet.Attributes;

namespace Astro.Debris.Benchmarks;

/// <summary>
/// State → SGP4 mean-element fitting, one core: 10,000 LEO fragment states made from COSMOS 1408's state at
/// 2021-11-15T02:47:00Z (its last pre-test TLE) plus isotropic Δv of 1–300 m/s (log-uniform magnitude, seed 1408),
/// keeping those whose perigee clears 100 km. Reported time is per fit (OperationsPerInvoke = states);
/// throughput = 1 / time. <c>Sgp4InitAtEpoch</c> is the baseline: one full propagator construction plus one
/// evaluation at t = 0 per state, i.e. what a single fixed-point iteration would cost through the public API.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
[MemoryDiagnoser]
public class FittingBenchmarks
{
    private const int Count = 10_000;
    private StateVector[] _states = [];
    private ElementSet[] _sets = [];
    private Epoch _epoch;
    private double _sink;

    [GlobalSetup]
    public void Setup()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "data", "tle", "cosmos1408", "cosmos1408_parent_pre-test.3le");
        using var reader = new StreamReader(path);
        var parentSet = TleReader.Read(reader, path).Elements[^1];
        _epoch = Epoch.Parse("2021-11-15T02:47:00Z");
        var parent = new Sgp4Propagator(parentSet).Propagate(_epoch).State;
        var rng = new Random(1408);
        var states = new List<StateVector>(Count);
        while (states.Count < Count)
        {
            double dv = Math.Pow(10.0, Math.Log10(300.0) * rng.NextDouble()) * 1e-3;
            var dir = new Vector3D(rng.NextDouble() * 2 - 1, rng.NextDouble() * 2 - 1, rng.NextDouble() * 2 - 1);
            if (dir.Norm is > 1.0 or < 1e-3) continue;
            var s = new StateVector(parent.Position, parent.Velocity + dv * dir.Normalize());
            if (FragmentClassifier.Classify(s) == FragmentOrbitClass.Orbital) states.Add(s);
        }
        _states = [.. states];
        _sets = _states.Select(s => MeanElementFitter.Default.Fit(s, _epoch).Elements!).ToArray();
    }

    /// <summary>Fits mean elements to each state (tolerance 1 mm, 1 µm/s).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public double Fit()
    {
        double acc = 0;
        var fitter = MeanElementFitter.Default;
        foreach (var s in _states) acc += fitter.Fit(s, _epoch, 1e-3).PositionResidualMeters;
        _sink = acc;
        return acc;
    }

    /// <summary>Baseline: construct a propagator and evaluate it at epoch, per state.</summary>
    [Benchmark(OperationsPerInvoke = Count, Baseline = true)]
    public double Sgp4InitAtEpoch()
    {
        double acc = 0;
        foreach (var e in _sets) acc += new Sgp4Propagator(e).Propagate(0.0).Position.X;
        _sink = acc;
        return acc;
    }

    /// <summary>The whole batch path (classification, B*, fit, numbering, names), one thread.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int ConvertBatch()
    {
        var input = new FragmentState[_states.Length];
        for (int k = 0; k < input.Length; k++) input[k] = new FragmentState(_states[k], 0.05);
        var result = FragmentElementConverter.Convert(_epoch, input);
        return result.Count(FitStatus.Converged);
    }

    [GlobalCleanup]
    public void Cleanup() => GC.KeepAlive(_sink);
}
