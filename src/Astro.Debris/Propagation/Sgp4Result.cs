namespace Astro.Debris.Propagation;

/// <summary>
/// The outcome of one SGP4 evaluation: a TEME state in km and km/s, and the reference error code.
/// For errors 1–4 no state exists and <see cref="Position"/> and <see cref="Velocity"/> are NaN;
/// for error 6 (decayed) they hold the state the reference computes (below the surface).
/// </summary>
/// <param name="Position">TEME position, km.</param>
/// <param name="Velocity">TEME velocity, km/s.</param>
/// <param name="Error">Error code (0 = none).</param>
public readonly record struct Sgp4Result(Vector3D Position, Vector3D Velocity, Sgp4Error Error)
{
    /// <summary>True when <see cref="Error"/> is <see cref="Sgp4Error.None"/>.</summary>
    public bool IsSuccess => Error == Sgp4Error.None;

    /// <summary>The state as a <see cref="StateVector"/>.</summary>
    public StateVector State => new(Position, Velocity);

    internal static Sgp4Result Failed(Sgp4Error error) =>
        new(new Vector3D(double.NaN, double.NaN, double.NaN), new Vector3D(double.NaN, double.NaN, double.NaN), error);
}
