using Astro.Debris.Elements;
using Astro.Debris.Time;

namespace Astro.Debris.Propagation;

/// <summary>
/// The scalar SGP4/SDP4 propagator (Orekit's TLE propagator): built once from an element set, then evaluated at
/// any time. Immutable and safe to share across threads. Results are TEME km and km/s, with the reference error
/// code in the result — propagation never throws per call.
/// </summary>
/// <example>
/// <code>
/// var sat = new Sgp4Propagator(TleReader.Parse(line1, line2));
/// Sgp4Result r = sat.Propagate(90.0);           // 90 minutes after the element epoch
/// Sgp4Result s = sat.Propagate(Epoch.Parse("2021-11-15T02:47:00Z"));
/// </code>
/// </example>
public sealed class Sgp4Propagator
{
    private readonly Sgp4Model _model;

    /// <summary>Initialises SGP4 (near-Earth) or SDP4 (deep space, period ≥ 225 min) for an element set.</summary>
    /// <param name="elements">The mean elements (as read from a TLE or OMM).</param>
    /// <param name="gravity">Gravity constants; TLEs are fitted with <see cref="GravityModel.Wgs72"/>, the default.</param>
    /// <param name="mode">Operation mode; <see cref="OperationMode.Improved"/> by default.</param>
    /// <exception cref="ArgumentException">The element set is SGP4-XP (ephemeris type 4), which SGP4 cannot propagate.</exception>
    public Sgp4Propagator(ElementSet elements, GravityModel gravity = GravityModel.Wgs72, OperationMode mode = OperationMode.Improved)
    {
        ArgumentNullException.ThrowIfNull(elements);
        if (elements.EphemerisType == 4)
            throw new ArgumentException(
                $"Catalogue {elements.CatalogNumber}: ephemeris type 4 (SGP4-XP) elements cannot be propagated with SGP4; the result would be plausible but wrong.",
                nameof(elements));
        if (!Enum.IsDefined(gravity)) throw new ArgumentOutOfRangeException(nameof(gravity), gravity, "Unknown gravity model.");
        if (!Enum.IsDefined(mode)) throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown operation mode.");
        Elements = elements;
        GravityModel = gravity;
        OperationMode = mode;
        _model = new Sgp4Model(elements, gravity, mode);
    }

    /// <summary>The element set this propagator was built from.</summary>
    public ElementSet Elements { get; }

    /// <summary>The gravity model in use.</summary>
    public GravityModel GravityModel { get; }

    /// <summary>The operation mode in use.</summary>
    public OperationMode OperationMode { get; }

    /// <summary>The element epoch (UTC).</summary>
    public Epoch Epoch => Elements.Epoch;

    /// <summary>True when the deep-space (SDP4) branch is used: period ≥ 225 minutes.</summary>
    public bool IsDeepSpace => _model.IsDeepSpace;

    /// <summary>The error of the evaluation at epoch made during initialisation (e.g. 3 for an element set whose perturbed eccentricity is already out of range).</summary>
    public Sgp4Error InitializationError => _model.InitError;

    internal Sgp4Model Model => _model;

    /// <summary>Evaluates at a number of minutes since the element epoch (the reference's tsince).</summary>
    public Sgp4Result Propagate(double minutesSinceEpoch)
    {
        if (!double.IsFinite(minutesSinceEpoch))
            throw new ArgumentOutOfRangeException(nameof(minutesSinceEpoch), minutesSinceEpoch, "Time must be finite.");
        var error = _model.Propagate(minutesSinceEpoch, out var r, out var v);
        return new Sgp4Result(r, v, error);
    }

    /// <summary>Evaluates at a UTC instant.</summary>
    public Sgp4Result Propagate(Epoch time) => Propagate(time.MinutesSince(Elements.Epoch));
}
