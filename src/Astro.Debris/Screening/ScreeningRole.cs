namespace Astro.Debris.Screening;

/// <summary>Which input list an object index refers to.</summary>
public enum ScreeningRole
{
    /// <summary>The catalogue of an all-versus-all screen.</summary>
    Catalog = 0,

    /// <summary>The primaries of a one-versus-many screen.</summary>
    Primary = 1,

    /// <summary>The secondaries of a one-versus-many screen.</summary>
    Secondary = 2,
}
