using Astro.Debris.Elements;
using Astro.Debris.Time;

namespace Astro.Debris.Breakup;

/// <summary>The outcome of converting a fragment cloud into element sets: one <see cref="FragmentOutcome"/> per input, in input order, and counts.</summary>
public sealed class FragmentConversionResult
{
    private readonly int[] _classCounts;
    private readonly int[] _statusCounts;

    internal FragmentConversionResult(Epoch epoch, FragmentOutcome[] outcomes)
    {
        Epoch = epoch;
        Outcomes = outcomes;
        _classCounts = new int[3];
        _statusCounts = new int[3];
        foreach (var o in outcomes)
        {
            _classCounts[(int)o.OrbitClass]++;
            if (o.Fit is not null)
            {
                _statusCounts[(int)o.Fit.Status]++;
                MaxPositionResidualMeters = Math.Max(MaxPositionResidualMeters, o.Fit.PositionResidualMeters);
                MaxVelocityResidualMetersPerSecond = Math.Max(MaxVelocityResidualMetersPerSecond, o.Fit.VelocityResidualMetersPerSecond);
            }
        }
    }

    /// <summary>The event epoch (the epoch of every element set).</summary>
    public Epoch Epoch { get; }

    /// <summary>One outcome per input fragment, in input order.</summary>
    public IReadOnlyList<FragmentOutcome> Outcomes { get; }

    /// <summary>Number of fragments of a class.</summary>
    public int Count(FragmentOrbitClass orbitClass) =>
        Enum.IsDefined(orbitClass) ? _classCounts[(int)orbitClass] : throw new ArgumentOutOfRangeException(nameof(orbitClass), orbitClass, "Unknown class.");

    /// <summary>Number of fitted (orbital) fragments whose fit ended with a status.</summary>
    public int Count(FitStatus status) =>
        Enum.IsDefined(status) ? _statusCounts[(int)status] : throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status.");

    /// <summary>Largest position residual among the fits, metres (0 when nothing was fitted; infinity when a fit failed).</summary>
    public double MaxPositionResidualMeters { get; }

    /// <summary>Largest velocity residual among the fits, m/s (0 when nothing was fitted; infinity when a fit failed).</summary>
    public double MaxVelocityResidualMetersPerSecond { get; }

    /// <summary>The element sets, in input order: converged fits only, or also the best sets of fits that did not converge.</summary>
    /// <param name="includeNotConverged">Include sets whose fit ended <see cref="FitStatus.NotConverged"/> (their residual is in <see cref="FragmentOutcome.Fit"/>).</param>
    public IEnumerable<ElementSet> ElementSets(bool includeNotConverged = false)
    {
        foreach (var o in Outcomes)
        {
            if (o.Elements is null || o.Fit is null) continue;
            if (o.Fit.Status == FitStatus.Converged || includeNotConverged) yield return o.Elements;
        }
    }
}
