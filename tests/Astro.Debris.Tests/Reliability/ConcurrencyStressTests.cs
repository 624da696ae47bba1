using Astro.Debris.Elements;
using Astro.Debris.Propagation;
using Astro.Debris.Tests.Elements;

namespace Astro.Debris.Tests.Reliability;

/// <summary>
/// Many threads share the same <see cref="Sgp4Propagator"/>s, one <see cref="Sgp4BatchPropagator"/> and the same
/// element sets, in shuffled orders; every result must equal a single-threaded run bit for bit.
/// </summary>
public class ConcurrencyStressTests
{
    private static long Bits(double v) => BitConverter.DoubleToInt64Bits(v);

    [Fact]
    public void Shared_scalar_and_batch_propagators_give_bit_identical_results_from_many_threads()
    {
        var sets = TleReader.Read(new StreamReader(TestData.SgpVerPath), "SGP4-VER", new ElementReadOptions { VerifyChecksum = false }).Elements
            .Concat(TleReader.Read(new StringReader(string.Join('\n', TestData.CatalogText().Split('\n').Take(300))), "catalog").Elements)
            .ToArray();
        double[] minutes = [-1440, -1, 0, 1, 90, 360, 720, 1440, 4320, 10_080];
        var scalar = sets.Select(s => new Sgp4Propagator(s)).ToArray();
        var batch = new Sgp4BatchPropagator(sets, options: new Sgp4BatchOptions { MaxDegreeOfParallelism = 1 });

        // Single-threaded reference.
        var reference = new Sgp4Result[sets.Length, minutes.Length];
        for (int i = 0; i < sets.Length; i++)
            for (int k = 0; k < minutes.Length; k++)
                reference[i, k] = scalar[i].Propagate(minutes[k]);
        var first = batch.Propagate(minutes);
        for (int w = 0; w < 40; w++) batch.Propagate(minutes); // let tiered JIT promote the kernels (see docs)
        var batchReference = batch.Propagate(minutes);
        // The kernels are compiled fully optimised at once (AggressiveOptimization), so the first call (once tier-0 code
        // and its non-fused multiply-adds) already gives the bits of every later call.
        int tierDiffs = Enumerable.Range(0, first.X.Length).Count(n => Bits(first.X[n]) != Bits(batchReference.X[n]) && !double.IsNaN(first.X[n]));
        tierDiffs.Should().Be(0, "the first batch call must equal later calls bit for bit");

        const int threads = 16;
        int mismatches = 0, checks = 0;
        var details = new List<string>();
        using var start = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var rng = new Random(t);
            start.SignalAndWait();
            for (int round = 0; round < 3; round++)
            {
                // Scalar: every (set, time) in a thread-specific random order.
                foreach (int j in Enumerable.Range(0, sets.Length * minutes.Length).OrderBy(_ => rng.Next()))
                {
                    int i = j / minutes.Length, k = j % minutes.Length;
                    var r = scalar[i].Propagate(minutes[k]);
                    var e = reference[i, k];
                    Interlocked.Increment(ref checks);
                    if (r.Error != e.Error || Bits(r.Position.X) != Bits(e.Position.X) || Bits(r.Position.Y) != Bits(e.Position.Y)
                        || Bits(r.Position.Z) != Bits(e.Position.Z) || Bits(r.Velocity.X) != Bits(e.Velocity.X)
                        || Bits(r.Velocity.Y) != Bits(e.Velocity.Y) || Bits(r.Velocity.Z) != Bits(e.Velocity.Z))
                    {
                        Interlocked.Increment(ref mismatches);
                        lock (details) if (details.Count < 5) details.Add($"scalar set {sets[i].CatalogNumber} t={minutes[k]}: {r} vs {e}");
                    }
                }
                // Batch: the shared propagator, from every thread at once.
                var b = batch.Propagate(minutes);
                for (int n = 0; n < b.X.Length; n++)
                {
                    Interlocked.Increment(ref checks);
                    if (b.Errors[n] != batchReference.Errors[n] || Bits(b.X[n]) != Bits(batchReference.X[n]) || Bits(b.Y[n]) != Bits(batchReference.Y[n])
                        || Bits(b.Z[n]) != Bits(batchReference.Z[n]) || Bits(b.Vx[n]) != Bits(batchReference.Vx[n])
                        || Bits(b.Vy[n]) != Bits(batchReference.Vy[n]) || Bits(b.Vz[n]) != Bits(batchReference.Vz[n]))
                    {
                        Interlocked.Increment(ref mismatches);
                        lock (details) if (details.Count < 10) details.Add($"batch {n}: {b.X[n]} {b.Errors[n]} vs {batchReference.X[n]} {batchReference.Errors[n]}");
                    }
                }
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        checks.Should().Be(threads * 3 * 2 * sets.Length * minutes.Length);
        mismatches.Should().Be(0, string.Join("\n", details));
    }
}
