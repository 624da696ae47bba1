namespace Astro.Debris.Propagation;

/// <summary>Earth gravity constants used by SGP4.</summary>
public enum GravityModel
{
    /// <summary>WGS-72 with xke computed from μ and the radius (the reference default; TLEs are fitted with WGS-72).</summary>
    Wgs72 = 0,

    /// <summary>WGS-72 with the historical rounded xke = 0.0743669161 ("wgs72old").</summary>
    Wgs72Old = 1,

    /// <summary>WGS-84 constants (not what TLEs are fitted with; offered for comparison studies).</summary>
    Wgs84 = 2,
}
