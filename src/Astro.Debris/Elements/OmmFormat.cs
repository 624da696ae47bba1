namespace Astro.Debris.Elements;

/// <summary>The encodings of a CCSDS Orbit Mean-elements Message (CCSDS 502.0-B-3).</summary>
public enum OmmFormat
{
    /// <summary>Keyword = value notation (<c>EPOCH = 2020-10-13T04:52:48.472320</c>), one message per <c>CCSDS_OMM_VERS</c>.</summary>
    Kvn = 0,

    /// <summary>XML: <c>&lt;ndm&gt;&lt;omm&gt;…</c> or a bare <c>&lt;omm&gt;</c>, any namespace.</summary>
    Xml = 1,

    /// <summary>JSON: an array of flat objects (or one object); numbers as JSON numbers (CelesTrak) or strings (Space-Track).</summary>
    Json = 2,

    /// <summary>CSV with a header row of OMM keywords (extra columns ignored).</summary>
    Csv = 3,
}
