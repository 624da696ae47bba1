using Astro.Debris.Elements;
using Astro.Debris.Time;

namespace Astro.Debris.Breakup;

/// <summary>
/// Turns a fragment cloud — TEME states at the event epoch with area-to-mass ratios — into SGP4 element sets:
/// classifies each state (<see cref="FragmentClassifier"/>), fits mean elements to the orbital ones
/// (<see cref="MeanElementFitter"/>), sets B* from A/m (<see cref="BStar"/>) and gives each set a synthetic catalogue
/// number, a name and the event epoch. Sub-orbital and escaping fragments are counted, not fitted; fits that do not
/// converge are reported with their residuals, never dropped. Independent of the breakup model's types.
/// </summary>
/// <example>
/// <code>
/// var states = fragments.Select(f => new FragmentState(f.StateTeme, f.AreaToMassRatio)).ToList();
/// var result = FragmentElementConverter.Convert(eventEpoch, states, new FragmentConversionOptions { FirstCatalogNumber = 270000 });
/// TleWriter.Write(result.ElementSets(), Console.Out);
/// Console.Error.WriteLine($"{result.Count(FragmentOrbitClass.SubOrbital)} sub-orbital, {result.Count(FitStatus.NotConverged)} not converged");
/// </code>
/// </example>
public static class FragmentElementConverter
{
    /// <summary>Converts fragments into element sets.</summary>
    /// <param name="eventEpoch">The epoch of the states; it becomes every element set's epoch.</param>
    /// <param name="fragments">The fragments (TEME km, km/s; A/m m²/kg).</param>
    /// <param name="options">Options, or null for <see cref="FragmentConversionOptions.Default"/>.</param>
    /// <returns>One outcome per fragment, in input order, with counts per class and per fit status. Identical for any
    /// <see cref="FragmentConversionOptions.MaxDegreeOfParallelism"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fragments"/> is null.</exception>
    /// <exception cref="ArgumentException">A fragment has a non-finite state, a zero position or an invalid A/m (the
    /// message gives its index), or the catalogue numbers needed do not fit between
    /// <see cref="FragmentConversionOptions.FirstCatalogNumber"/> and <see cref="FragmentConversionOptions.MaxCatalogNumber"/>.</exception>
    public static FragmentConversionResult Convert(Epoch eventEpoch, IReadOnlyList<FragmentState> fragments, FragmentConversionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fragments);
        options ??= FragmentConversionOptions.Default;
        int n = fragments.Count;

        // Pass 1 (sequential, cheap): validate, classify, B*, catalogue numbers — so numbering never depends on threads.
        var cls = new FragmentOrbitClass[n];
        var ecc = new double[n];
        var perigee = new double[n];
        var bstar = new double[n];
        var numbers = new int[n];
        int orbital = 0;
        for (int k = 0; k < n; k++)
        {
            var f = fragments[k];
            try
            {
                cls[k] = FragmentClassifier.Classify(f.StateTeme, options.ReentryAltitudeKm, out ecc[k], out perigee[k]);
                bstar[k] = BStar.FromAreaToMass(f.AreaToMassRatio, options.DragCoefficient);
            }
            catch (ArgumentOutOfRangeException ex)
            {
                throw new ArgumentException($"Fragment {k}: {ex.Message}", nameof(fragments), ex);
            }
            numbers[k] = options.CatalogNumberAssignment == CatalogNumberAssignment.ByInputIndex ? k
                : cls[k] == FragmentOrbitClass.Orbital ? orbital : -1;
            if (cls[k] == FragmentOrbitClass.Orbital) orbital++;
        }
        long needed = options.CatalogNumberAssignment == CatalogNumberAssignment.ByInputIndex ? n : orbital;
        long last = options.FirstCatalogNumber + needed - 1;
        if (needed > 0 && last > options.MaxCatalogNumber)
            throw new ArgumentException(
                $"{needed} catalogue numbers from {options.FirstCatalogNumber} would reach {last}, beyond the maximum {options.MaxCatalogNumber}"
                + (options.MaxCatalogNumber == Alpha5.MaxCatalogNumber ? " (the largest a TLE can hold, with Alpha-5)" : "")
                + ": choose a lower first number, or raise MaxCatalogNumber when writing OMM only.", nameof(options));

        // Pass 2: fit orbital fragments; each fit is independent and deterministic.
        var outcomes = new FragmentOutcome[n];
        void Work(int k)
        {
            var f = fragments[k];
            int? number = numbers[k] >= 0 ? options.FirstCatalogNumber + numbers[k] : null;
            FitResult? fit = null;
            ElementSet? set = null;
            if (cls[k] == FragmentOrbitClass.Orbital)
            {
                fit = options.Fitter.Fit(f.StateTeme, eventEpoch, bstar[k]);
                if (fit.Elements is not null)
                {
                    set = fit.Elements with
                    {
                        CatalogNumber = number!.Value,
                        Name = options.NamePrefix is null ? null : $"{options.NamePrefix} {(k + 1).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)}",
                        InternationalDesignator = options.InternationalDesignator,
                    };
                }
            }
            outcomes[k] = new FragmentOutcome(k, cls[k], ecc[k], perigee[k], bstar[k], number, fit, set, f.CharacteristicLengthMeters);
        }

        if (options.MaxDegreeOfParallelism == 1 || n < 64)
        {
            for (int k = 0; k < n; k++) Work(k);
        }
        else
        {
            Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, Work);
        }
        return new FragmentConversionResult(eventEpoch, outcomes);
    }
}
