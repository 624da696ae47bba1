namespace Astro.Debris.Propagation;

/// <summary>
/// Where a batch propagation writes: one span per component, laid out time-major — the value for time k and
/// object i is at index <c>k * ObjectCount + i</c>. Leave the velocity spans empty for positions only.
/// Errors 1–4 leave NaN in that object's state at that time; code 6 keeps the (sub-surface) state, as the reference.
/// </summary>
public readonly ref struct Sgp4BatchDestination
{
    /// <summary>Positions and velocities (km, km/s) plus error codes.</summary>
    public Sgp4BatchDestination(Span<double> x, Span<double> y, Span<double> z, Span<double> vx, Span<double> vy, Span<double> vz, Span<Sgp4Error> errors)
    {
        X = x; Y = y; Z = z; Vx = vx; Vy = vy; Vz = vz; Errors = errors;
    }

    /// <summary>Positions only (km) plus error codes.</summary>
    public Sgp4BatchDestination(Span<double> x, Span<double> y, Span<double> z, Span<Sgp4Error> errors)
    {
        X = x; Y = y; Z = z; Vx = default; Vy = default; Vz = default; Errors = errors;
    }

    /// <summary>X, km.</summary>
    public Span<double> X { get; }
    /// <summary>Y, km.</summary>
    public Span<double> Y { get; }
    /// <summary>Z, km.</summary>
    public Span<double> Z { get; }
    /// <summary>X velocity, km/s (empty: not computed).</summary>
    public Span<double> Vx { get; }
    /// <summary>Y velocity, km/s (empty: not computed).</summary>
    public Span<double> Vy { get; }
    /// <summary>Z velocity, km/s (empty: not computed).</summary>
    public Span<double> Vz { get; }
    /// <summary>Error codes.</summary>
    public Span<Sgp4Error> Errors { get; }

    /// <summary>Frame of the outputs (TEME by default).</summary>
    public OutputFrame Frame { get; init; }

    /// <summary>True when velocities are requested.</summary>
    public bool HasVelocity => !Vx.IsEmpty || !Vy.IsEmpty || !Vz.IsEmpty;
}
