namespace Astro.Debris.Elements;

/// <summary>The element-set file formats <see cref="ElementsReader"/> understands.</summary>
public enum ElementFormat
{
    /// <summary>Two-line element sets (2-line or 3-line with name lines).</summary>
    Tle = 0,

    /// <summary>CCSDS OMM in keyword = value notation.</summary>
    OmmKvn = 1,

    /// <summary>CCSDS OMM in XML.</summary>
    OmmXml = 2,

    /// <summary>CCSDS OMM in JSON.</summary>
    OmmJson = 3,

    /// <summary>CCSDS OMM in CSV.</summary>
    OmmCsv = 4,
}
