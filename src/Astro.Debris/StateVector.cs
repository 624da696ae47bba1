namespace Astro.Debris;

/// <summary>A position and velocity pair (Orekit's PV coordinates). Units follow the frame: km and km/s for TEME/ECEF/GCRF.</summary>
/// <param name="Position">Position.</param>
/// <param name="Velocity">Velocity.</param>
public readonly record struct StateVector(Vector3D Position, Vector3D Velocity);
