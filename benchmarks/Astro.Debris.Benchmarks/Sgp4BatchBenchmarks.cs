using Astro.Debris.Elements;
using Astro.Debris.Propagation;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Astro.Debris.Benchmarks;

/// <summary>
/// SIMD batch SGP4/SDP4 over the 2022 catalogue × 1440 one-minute steps (t = 0 … 1439 min after each set's epoch),
/// near-Earth and deep-space groups separately, for each vector width on one core and Vector512 on two cores,
/// against the scalar reference path in the same run (the baseline of each category).
/// Reported time is per propagation (OperationsPerInvoke = objects × 1440).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class Sgp4BatchBenchmarks
{
    private const int Steps = 1440;
    private const int Block = 10; // 10-minute blocks: outputs (about 12 MB) stream through cache, as a screener consumes them
    private const int Near = 21_485;
    private const int Deep = 4_490;
    private ElementSet[] _near = [];
    private ElementSet[] _deep = [];
    private Sgp4Propagator[] _nearScalar = [];
    private Sgp4Propagator[] _deepScalar = [];
    private readonly Dictionary<(bool, SimdWidth, int), Sgp4BatchPropagator> _batches = [];
    private readonly Dictionary<bool, Sgp4BatchPropagator> _timeSplit = [];
    private double[] _x = [], _y = [], _z = [], _vx = [], _vy = [], _vz = [];
    private Sgp4Error[] _e = [];

    [GlobalSetup]
    public void Setup()
    {
        var all = CatalogData.Load();
        var props = all.Select(e => new Sgp4Propagator(e)).ToArray();
        _near = all.Where((_, i) => !props[i].IsDeepSpace).ToArray();
        _deep = all.Where((_, i) => props[i].IsDeepSpace).ToArray();
        _nearScalar = props.Where(p => !p.IsDeepSpace).ToArray();
        _deepScalar = props.Where(p => p.IsDeepSpace).ToArray();
        if (_near.Length != Near || _deep.Length != Deep) throw new InvalidOperationException("Catalogue split changed; update the constants.");
        foreach (bool deep in new[] { false, true })
            foreach (var w in new[] { SimdWidth.Vector512, SimdWidth.Vector256, SimdWidth.Vector128, SimdWidth.Scalar })
                foreach (int cores in new[] { 1, 2 })
                    _batches[(deep, w, cores)] = new Sgp4BatchPropagator(deep ? _deep : _near,
                        options: new Sgp4BatchOptions { Width = w, MaxDegreeOfParallelism = cores });
        foreach (bool deep in new[] { false, true })
            _timeSplit[deep] = new Sgp4BatchPropagator(deep ? _deep : _near,
                options: new Sgp4BatchOptions { Width = SimdWidth.Vector512, MaxDegreeOfParallelism = 2, Split = ParallelSplit.Times });
        int n = Near * Block;
        _x = new double[n]; _y = new double[n]; _z = new double[n];
        _vx = new double[n]; _vy = new double[n]; _vz = new double[n];
        _e = new Sgp4Error[n];
    }

    private double Batch(bool deep, SimdWidth width, int cores) => Run(_batches[(deep, width, cores)]);

    private double Run(Sgp4BatchPropagator b)
    {
        var minutes = new double[Block];
        for (int start = 0; start < Steps; start += Block)
        {
            for (int k = 0; k < Block; k++) minutes[k] = start + k;
            b.Propagate(minutes, new Sgp4BatchDestination(_x, _y, _z, _vx, _vy, _vz, _e));
        }
        return _x[0];
    }

    private static double Scalar(Sgp4Propagator[] sats)
    {
        double acc = 0;
        foreach (var sat in sats)
            for (int k = 0; k < Steps; k++)
                acc += sat.Propagate(k).Position.X;
        return acc;
    }

    [BenchmarkCategory("NearEarth"), Benchmark(Baseline = true, OperationsPerInvoke = Near * Steps)]
    public double NearScalarReference() => Scalar(_nearScalar);

    [BenchmarkCategory("NearEarth"), Benchmark(OperationsPerInvoke = Near * Steps)]
    public double NearVector512() => Batch(false, SimdWidth.Vector512, 1);

    [BenchmarkCategory("NearEarth"), Benchmark(OperationsPerInvoke = Near * Steps)]
    public double NearVector256() => Batch(false, SimdWidth.Vector256, 1);

    [BenchmarkCategory("NearEarth"), Benchmark(OperationsPerInvoke = Near * Steps)]
    public double NearVector128() => Batch(false, SimdWidth.Vector128, 1);

    [BenchmarkCategory("NearEarth"), Benchmark(OperationsPerInvoke = Near * Steps)]
    public double NearBatchScalarLanes() => Batch(false, SimdWidth.Scalar, 1);

    [BenchmarkCategory("NearEarth"), Benchmark(OperationsPerInvoke = Near * Steps)]
    public double NearVector512TwoCores() => Batch(false, SimdWidth.Vector512, 2);

    [BenchmarkCategory("NearEarth"), Benchmark(OperationsPerInvoke = Near * Steps)]
    public double NearVector512TwoCoresTimeBlocks() => Run(_timeSplit[false]);

    [BenchmarkCategory("DeepSpace"), Benchmark(Baseline = true, OperationsPerInvoke = Deep * Steps)]
    public double DeepScalarReference() => Scalar(_deepScalar);

    [BenchmarkCategory("DeepSpace"), Benchmark(OperationsPerInvoke = Deep * Steps)]
    public double DeepVector512() => Batch(true, SimdWidth.Vector512, 1);

    [BenchmarkCategory("DeepSpace"), Benchmark(OperationsPerInvoke = Deep * Steps)]
    public double DeepVector256() => Batch(true, SimdWidth.Vector256, 1);

    [BenchmarkCategory("DeepSpace"), Benchmark(OperationsPerInvoke = Deep * Steps)]
    public double DeepVector128() => Batch(true, SimdWidth.Vector128, 1);

    [BenchmarkCategory("DeepSpace"), Benchmark(OperationsPerInvoke = Deep * Steps)]
    public double DeepBatchScalarLanes() => Batch(true, SimdWidth.Scalar, 1);

    [BenchmarkCategory("DeepSpace"), Benchmark(OperationsPerInvoke = Deep * Steps)]
    public double DeepVector512TwoCores() => Batch(true, SimdWidth.Vector512, 2);

    [BenchmarkCategory("DeepSpace"), Benchmark(OperationsPerInvoke = Deep * Steps)]
    public double DeepVector512TwoCoresTimeBlocks() => Run(_timeSplit[true]);
}
