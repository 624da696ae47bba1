namespace Astro.Debris.Screening;

/// <summary>Shape of a <see cref="ScreeningVolume"/>.</summary>
public enum ScreeningVolumeShape
{
    /// <summary>An ellipsoid with the given semi-axes: (R/a)² + (T/b)² + (N/c)² ≤ 1.</summary>
    Ellipsoid = 0,

    /// <summary>A box with the given half-widths: |R| ≤ a, |T| ≤ b, |N| ≤ c.</summary>
    Box = 1,
}
