namespace Astro.Debris.Screening;

/// <summary>The two encodings of a CCSDS Conjunction Data Message.</summary>
public enum CdmFormat
{
    /// <summary>Keyword = value notation (<c>TCA = 2010-03-13T22:37:52.618</c>), one keyword per line.</summary>
    Kvn,

    /// <summary>XML (<c>&lt;cdm id="CCSDS_CDM_VERS" version="1.0"&gt;</c>), as in the NDM/XML schema.</summary>
    Xml,
}
