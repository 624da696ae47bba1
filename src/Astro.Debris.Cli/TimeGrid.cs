using System.Globalization;
using Astro.Debris.Time;

namespace Astro.Debris.Cli;

/// <summary>
/// The propagation times: either absolute UTC (<c>--start/--end/--step</c>, the same instants for every object) or
/// minutes since each element set's own epoch (<c>--minutes FROM:TO:STEP</c>). Both ends are inclusive.
/// </summary>
internal sealed class TimeGrid
{
    private const int MaxSteps = 100_000_000;
    private readonly Epoch _start;
    private readonly double _fromMinutes;
    private readonly double _stepMinutes;
    private readonly int _count;
    private readonly bool _relative;

    private TimeGrid(bool relative, Epoch start, double fromMinutes, double stepMinutes, int count)
    {
        _relative = relative;
        _start = start;
        _fromMinutes = fromMinutes;
        _stepMinutes = stepMinutes;
        _count = count;
    }

    public int Count => _count;

    /// <summary>True for <c>--minutes</c> (offsets from each set's epoch), false for common UTC times.</summary>
    public bool IsRelative => _relative;

    /// <summary>Grid minutes k0 … k0+count−1 (relative grids).</summary>
    public double[] Minutes(int k0, int count)
    {
        var m = new double[count];
        for (int k = 0; k < count; k++) m[k] = _fromMinutes + (k0 + k) * _stepMinutes;
        return m;
    }

    /// <summary>Grid instants k0 … k0+count−1 (absolute grids).</summary>
    public Epoch[] Epochs(int k0, int count)
    {
        var e = new Epoch[count];
        for (int k = 0; k < count; k++) e[k] = _start.AddMinutes((k0 + k) * _stepMinutes);
        return e;
    }

    public static TimeGrid FromOptions(string? start, string? end, double? stepSeconds, string? minutes)
    {
        bool absolute = start is not null || end is not null || stepSeconds is not null;
        if (absolute && minutes is not null)
            throw new CliInputException("Give either --start/--end/--step or --minutes, not both.");
        if (minutes is not null) return FromMinutes(minutes);
        if (start is null || end is null || stepSeconds is null)
            throw new CliInputException("A time grid is required: --start UTC --end UTC --step SECONDS, or --minutes FROM:TO:STEP.");
        if (!Epoch.TryParse(start, out var t0)) throw new CliInputException($"--start: '{start}' is not an ISO-8601 UTC time (e.g. 2021-11-15T02:47:00Z).");
        if (!Epoch.TryParse(end, out var t1)) throw new CliInputException($"--end: '{end}' is not an ISO-8601 UTC time (e.g. 2021-11-15T02:47:00Z).");
        if (!(stepSeconds > 0) || !double.IsFinite(stepSeconds.Value)) throw new CliInputException($"--step: {stepSeconds} must be a positive number of seconds.");
        if (t1 < t0) throw new CliInputException($"--end ({end}) is before --start ({start}).");
        double span = t1.SecondsSince(t0);
        return new TimeGrid(false, t0, 0.0, stepSeconds.Value / 60.0, CountSteps(span, stepSeconds.Value));
    }

    private static TimeGrid FromMinutes(string text)
    {
        var parts = text.Split(':');
        if (parts.Length != 3) throw new CliInputException($"--minutes: '{text}' must be FROM:TO:STEP (e.g. 0:1440:10).");
        var v = new double[3];
        for (int i = 0; i < 3; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out v[i]) || !double.IsFinite(v[i]))
                throw new CliInputException($"--minutes: '{parts[i]}' in '{text}' is not a number.");
        }
        if (!(v[2] > 0)) throw new CliInputException($"--minutes: step {parts[2]} must be positive.");
        if (v[1] < v[0]) throw new CliInputException($"--minutes: TO ({parts[1]}) is before FROM ({parts[0]}).");
        return new TimeGrid(true, default, v[0], v[2], CountSteps(v[1] - v[0], v[2]));
    }

    private static int CountSteps(double span, double step)
    {
        // Inclusive of the end when it falls on the grid (within a nanosecond-scale tolerance).
        double n = Math.Floor(span / step * (1 + 1e-12)) + 1;
        if (n > MaxSteps) throw new CliInputException($"The time grid has {n:0} steps; at most {MaxSteps} are allowed.");
        return (int)n;
    }

    /// <summary>The (UTC time, minutes since the set's epoch) pairs for an element set with the given epoch.</summary>
    public IEnumerable<(Epoch Time, double MinutesSinceEpoch)> Times(Epoch elementEpoch) => Times(elementEpoch, 0, _count);

    /// <summary>As <see cref="Times(Epoch)"/> for grid indices k0 … k0+count−1.</summary>
    public IEnumerable<(Epoch Time, double MinutesSinceEpoch)> Times(Epoch elementEpoch, int k0, int count)
    {
        for (int k = k0; k < k0 + count; k++)
        {
            if (_relative)
            {
                double m = _fromMinutes + k * _stepMinutes;
                yield return (elementEpoch.AddMinutes(m), m);
            }
            else
            {
                var t = _start.AddMinutes(k * _stepMinutes);
                yield return (t, t.MinutesSince(elementEpoch));
            }
        }
    }
}
