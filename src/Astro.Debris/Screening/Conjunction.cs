using Astro.Debris.Elements;
using Astro.Debris.Time;

namespace Astro.Debris.Screening;

/// <summary>
/// One close approach: a local minimum of the distance between two objects (a range-rate root going from negative to
/// positive) inside the screening window, closer than the screening threshold (and inside the screening volume, when
/// one is set). States are SGP4 TEME at TCA.
/// </summary>
/// <param name="Object1">The first object: the primary (one-versus-many) or the one with the lower catalogue index (all-versus-all).</param>
/// <param name="Index1">Index of <paramref name="Object1"/> in its input list (primaries or catalogue).</param>
/// <param name="Object2">The second object.</param>
/// <param name="Index2">Index of <paramref name="Object2"/> in its input list (secondaries or catalogue).</param>
/// <param name="Tca">Time of closest approach (UTC), refined to better than 1 ms.</param>
/// <param name="MissKm">Distance at TCA, km.</param>
/// <param name="RelativeSpeedKmPerSecond">|v2 − v1| at TCA, km/s.</param>
/// <param name="MissRtnKm">Miss vector r2 − r1 at TCA in object 1's RTN frame: X radial, Y in-track, Z cross-track, km.</param>
/// <param name="State1">Object 1's TEME state at TCA (km, km/s).</param>
/// <param name="State2">Object 2's TEME state at TCA (km, km/s).</param>
public sealed record Conjunction(
    ElementSet Object1,
    int Index1,
    ElementSet Object2,
    int Index2,
    Epoch Tca,
    double MissKm,
    double RelativeSpeedKmPerSecond,
    Vector3D MissRtnKm,
    StateVector State1,
    StateVector State2);
