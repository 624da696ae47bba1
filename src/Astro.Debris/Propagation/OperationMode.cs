namespace Astro.Debris.Propagation;

/// <summary>SGP4 operation mode, as in the reference implementation.</summary>
public enum OperationMode
{
    /// <summary>'i', improved mode (the reference default; what tcppver.out encodes).</summary>
    Improved = 0,

    /// <summary>'a', AFSPC compatibility: wraps the node into [0, 2π) in the Lyddane branch of the lunar-solar periodics.</summary>
    Afspc = 1,
}
