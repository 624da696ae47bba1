using System.Globalization;
using System.Text.RegularExpressions;
using Astro.Debris.Time;

namespace Astro.Debris.Screening;

/// <summary>
/// A CCSDS Conjunction Data Message (CCSDS 508.0-B-1, CDM 1.0; CDM 2.0 keywords are kept too): header, relative
/// metadata/data at the time of closest approach (TCA) and the two objects. Immutable. Typed properties read the
/// entries; <see cref="HeaderEntries"/>, <see cref="RelativeMetadataEntries"/> and each object's
/// <see cref="CdmObject.Entries"/> keep every line as written (comments, units, extension keywords), so
/// <see cref="CdmWriter"/> writes back the same message. Read one with <see cref="CdmReader"/>, build one with
/// <see cref="CdmBuilder"/>.
/// </summary>
/// <remarks>
/// Units are those of the standard (m, m/s, km, km/s, m², …) whatever unit text a file wrote. Comments belong to the
/// section of the keyword that follows them (a comment just before <c>OBJECT = OBJECT1</c> is an OBJECT1 comment);
/// comments at the end of the message belong to the last section.
/// </remarks>
public sealed partial class ConjunctionDataMessage
{
    private readonly CdmFields _header;
    private readonly CdmFields _relative;

    internal ConjunctionDataMessage(string source, CdmSection header, CdmSection relative, CdmSection? object1,
        CdmSection? object2, int endLine)
    {
        CheckSection(source, header.Entries, CdmSectionKind.Header);
        CheckSection(source, relative.Entries, CdmSectionKind.Relative);
        if (object1 is not null) CdmObject.CheckOrder(source, object1.Entries, object1.Line, "OBJECT1");
        if (object2 is not null) CdmObject.CheckOrder(source, object2.Entries, object2.Line, "OBJECT2");
        var firstKey = header.Entries.FirstOrDefault(e => !e.IsComment);
        if (firstKey is null || firstKey.Keyword != CdmKeywords.Version)
            throw new CdmFormatException(source, firstKey?.Line ?? 1, firstKey?.Column ?? 1, CdmKeywords.Version,
                "CCSDS_CDM_VERS as the first keyword of the message");
        _header = new CdmFields(source, header.Entries, "the header", header.Line);
        _relative = new CdmFields(source, relative.Entries, "the relative metadata/data section", relative.Line);
        var h = _header;
        var r = _relative;

        Version = h.RequiredText(CdmKeywords.Version);
        var vm = VersionPattern().Match(Version);
        if (!vm.Success || vm.Groups[1].Value is not ("1" or "2"))
            throw h.Error(h.Find(CdmKeywords.Version)!, $"a CDM version 1.x or 2.x for CCSDS_CDM_VERS, found '{Version}'");
        CreationDate = h.RequiredEpoch("CREATION_DATE");
        bool version1 = vm.Groups[1].Value == "1";
        Originator = h.RequiredText("ORIGINATOR");
        MessageFor = h.Text("MESSAGE_FOR");
        MessageId = h.RequiredText("MESSAGE_ID");

        Tca = r.RequiredEpoch("TCA");
        MissDistanceMeters = r.RequiredDouble("MISS_DISTANCE");
        RelativeSpeedMetersPerSecond = r.OptionalDouble("RELATIVE_SPEED");
        RelativePositionRtnMeters = r.OptionalTriple("RELATIVE_POSITION_R", "RELATIVE_POSITION_T", "RELATIVE_POSITION_N");
        RelativeVelocityRtnMetersPerSecond = r.OptionalTriple("RELATIVE_VELOCITY_R", "RELATIVE_VELOCITY_T", "RELATIVE_VELOCITY_N");
        StartScreenPeriod = r.OptionalEpoch("START_SCREEN_PERIOD");
        StopScreenPeriod = r.OptionalEpoch("STOP_SCREEN_PERIOD");
        ScreenVolumeFrame = r.Text("SCREEN_VOLUME_FRAME");
        ScreenVolumeShape = r.Text("SCREEN_VOLUME_SHAPE");
        ScreenVolumeX = r.OptionalDouble("SCREEN_VOLUME_X");
        ScreenVolumeY = r.OptionalDouble("SCREEN_VOLUME_Y");
        ScreenVolumeZ = r.OptionalDouble("SCREEN_VOLUME_Z");
        ScreenEntryTime = r.OptionalEpoch("SCREEN_ENTRY_TIME");
        ScreenExitTime = r.OptionalEpoch("SCREEN_EXIT_TIME");
        CollisionProbability = r.OptionalDouble("COLLISION_PROBABILITY");
        if (CollisionProbability is < 0 or > 1)
            throw r.Error(r.Find("COLLISION_PROBABILITY")!, $"a probability in [0, 1] for COLLISION_PROBABILITY, found {r.Text("COLLISION_PROBABILITY")}");
        CollisionProbabilityMethod = r.Text("COLLISION_PROBABILITY_METHOD");

        if (object1 is null || object2 is null)
            throw new CdmFormatException(source, endLine, 1, CdmKeywords.ObjectKey,
                $"an OBJECT = {(object1 is null ? "OBJECT1" : "OBJECT2")} section; the message ends at line {Math.Max(1, endLine - 1)}");
        Object1 = new CdmObject(source, object1.Entries, object1.Line, "OBJECT1", covarianceRequired: version1);
        Object2 = new CdmObject(source, object2.Entries, object2.Line, "OBJECT2", covarianceRequired: version1);
        HeaderEntries = header.Entries;
        RelativeMetadataEntries = relative.Entries;
        Comments = header.Entries.Concat(relative.Entries).Where(e => e.IsComment).Select(e => e.Value!).ToArray();
        HardBodyRadiusMeters = FindHbr(HeaderEntries.Concat(RelativeMetadataEntries).Concat(Object1.Entries).Concat(Object2.Entries));
    }

    private static void CheckSection(string source, IReadOnlyList<CdmEntry> entries, CdmSectionKind kind)
    {
        foreach (var e in entries)
        {
            if (e.IsComment || !CdmKeywords.TryGet(e.Keyword, out var info) || info.Section == kind) continue;
            string where = kind == CdmSectionKind.Header ? "the header" : "the relative metadata/data section";
            string expected = info.Section switch
            {
                CdmSectionKind.Header => $"{e.Keyword} belongs to the header, which must come before the relative metadata/data (TCA, MISS_DISTANCE …); found it in {where}",
                CdmSectionKind.Object => $"OBJECT = OBJECT1 before the object keyword {e.Keyword} (found in {where})",
                _ => $"{e.Keyword} belongs to the relative metadata/data section; found it in {where}",
            };
            throw new CdmFormatException(source, e.Line, e.Column, e.Keyword, expected);
        }
    }

    [GeneratedRegex(@"^\s*([0-9]+)\.[0-9]+\s*$")]
    private static partial Regex VersionPattern();

    // "HBR = 20", "HBR = 10 [m]", "HBR                        = 15.0", "HBR = 0.02 km".
    [GeneratedRegex(@"^\s*HBR\s*[=:]\s*([-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?)\s*(?:\[\s*([A-Za-z]+)\s*\]|([A-Za-z]+))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HbrPattern();

    private static double? FindHbr(IEnumerable<CdmEntry> entries)
    {
        foreach (var e in entries)
        {
            if (!e.IsComment) continue;
            var m = HbrPattern().Match(e.Value!);
            if (!m.Success) continue;
            double v = double.Parse(m.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            string unit = m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Success ? m.Groups[3].Value : "m";
            double scale = unit.ToLowerInvariant() switch { "m" => 1.0, "km" => 1000.0, _ => double.NaN };
            double meters = v * scale;
            if (double.IsFinite(meters) && meters > 0) return meters;
        }
        return null;
    }

    /// <summary>The header entries in order, starting with CCSDS_CDM_VERS.</summary>
    public IReadOnlyList<CdmEntry> HeaderEntries { get; }

    /// <summary>The relative metadata/data entries in order (TCA, MISS_DISTANCE, … and their comments).</summary>
    public IReadOnlyList<CdmEntry> RelativeMetadataEntries { get; }

    /// <summary>The entry of a header or relative metadata/data keyword, or null (object keywords: <see cref="CdmObject.Find"/>).</summary>
    /// <param name="keyword">The keyword, e.g. <c>SCREEN_VOLUME_X</c> or a CDM 2.0 keyword such as <c>CONJUNCTION_ID</c>.</param>
    /// <returns>The entry, or null.</returns>
    public CdmEntry? Find(string keyword) => _header.Find(keyword) ?? _relative.Find(keyword);

    /// <summary>CCSDS_CDM_VERS as written (e.g. <c>1.0</c>).</summary>
    public string Version { get; }

    /// <summary>CREATION_DATE (UTC).</summary>
    public Epoch CreationDate { get; }

    /// <summary>ORIGINATOR (e.g. <c>CSpOC</c>, <c>CARA</c>).</summary>
    public string Originator { get; }

    /// <summary>MESSAGE_FOR (the spacecraft the message is meant for), or null.</summary>
    public string? MessageFor { get; }

    /// <summary>MESSAGE_ID.</summary>
    public string MessageId { get; }

    /// <summary>TCA: the time of closest approach (UTC).</summary>
    public Epoch Tca { get; }

    /// <summary>MISS_DISTANCE in m.</summary>
    public double MissDistanceMeters { get; }

    /// <summary>RELATIVE_SPEED in m/s, or null.</summary>
    public double? RelativeSpeedMetersPerSecond { get; }

    /// <summary>RELATIVE_POSITION_R/T/N in m (object 2 relative to object 1, in object 1's RTN frame), or null.</summary>
    public Vector3D? RelativePositionRtnMeters { get; }

    /// <summary>RELATIVE_VELOCITY_R/T/N in m/s (object 2 relative to object 1, in object 1's RTN frame), or null.</summary>
    public Vector3D? RelativeVelocityRtnMetersPerSecond { get; }

    /// <summary>START_SCREEN_PERIOD (UTC), or null.</summary>
    public Epoch? StartScreenPeriod { get; }

    /// <summary>STOP_SCREEN_PERIOD (UTC), or null.</summary>
    public Epoch? StopScreenPeriod { get; }

    /// <summary>SCREEN_VOLUME_FRAME (RTN or TVN), or null.</summary>
    public string? ScreenVolumeFrame { get; }

    /// <summary>SCREEN_VOLUME_SHAPE (ELLIPSOID or BOX; SPHERE in CDM 2.0), or null.</summary>
    public string? ScreenVolumeShape { get; }

    /// <summary>SCREEN_VOLUME_X in m, or null.</summary>
    public double? ScreenVolumeX { get; }

    /// <summary>SCREEN_VOLUME_Y in m, or null.</summary>
    public double? ScreenVolumeY { get; }

    /// <summary>SCREEN_VOLUME_Z in m, or null.</summary>
    public double? ScreenVolumeZ { get; }

    /// <summary>SCREEN_ENTRY_TIME (UTC), or null.</summary>
    public Epoch? ScreenEntryTime { get; }

    /// <summary>SCREEN_EXIT_TIME (UTC), or null.</summary>
    public Epoch? ScreenExitTime { get; }

    /// <summary>COLLISION_PROBABILITY (0..1), or null.</summary>
    public double? CollisionProbability { get; }

    /// <summary>COLLISION_PROBABILITY_METHOD (e.g. <c>FOSTER-1992</c>, <c>ALFANO-2005</c>), or null.</summary>
    public string? CollisionProbabilityMethod { get; }

    /// <summary>The comments of the header and of the relative metadata/data section, in order.</summary>
    public IReadOnlyList<string> Comments { get; }

    /// <summary>
    /// The combined hard-body radius in m from the first comment anywhere in the message of the form
    /// <c>HBR = &lt;number&gt;</c> with optional unit <c>m</c> or <c>km</c> (bare or in brackets; metres when absent), as
    /// CARA writes it (<c>COMMENT HBR = 20</c>, <c>COMMENT HBR = 10 [m]</c>); null when there is none.
    /// </summary>
    public double? HardBodyRadiusMeters { get; }

    /// <summary>OBJECT1 (the primary).</summary>
    public CdmObject Object1 { get; }

    /// <summary>OBJECT2 (the secondary).</summary>
    public CdmObject Object2 { get; }
}
