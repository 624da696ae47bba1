using System.Globalization;
using Astro.Debris.Time;

namespace Astro.Debris.Screening;

/// <summary>
/// Builds a new CDM (version 1.0, CCSDS 508.0-B-1) from values, for example from a screening result: set the
/// properties, then call <see cref="Build"/>. The message holds every mandatory keyword of the standard; numbers are
/// written in round-trip form ("R"), times with microseconds (UTC, no zone letter).
/// </summary>
/// <example>
/// <code>
/// var cdm = new CdmBuilder
/// {
///     Originator = "ASTRO-DEBRIS", MessageId = "25544_conj_49863_20211115", Tca = tca, MissDistanceMeters = 412.5,
///     RelativePositionRtnMeters = rtn, RelativeVelocityRtnMetersPerSecond = vrtn,
///     Object1 = new CdmObjectBuilder { ObjectDesignator = "25544", ObjectName = "ISS (ZARYA)", InternationalDesignator = "1998-067A", PositionKm = r1, VelocityKmPerSecond = v1 },
///     Object2 = new CdmObjectBuilder { ObjectDesignator = "49863", ObjectName = "COSMOS 1408 DEB", InternationalDesignator = "1982-092AB", PositionKm = r2, VelocityKmPerSecond = v2 },
/// }.Build();
/// string kvn = CdmWriter.WriteKvn(cdm);
/// </code>
/// </example>
public sealed class CdmBuilder
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>CREATION_DATE; null means the current UTC time when <see cref="Build"/> runs.</summary>
    public Epoch? CreationDate { get; set; }

    /// <summary>ORIGINATOR. Required.</summary>
    public string? Originator { get; set; }

    /// <summary>MESSAGE_FOR, or null.</summary>
    public string? MessageFor { get; set; }

    /// <summary>MESSAGE_ID. Required.</summary>
    public string? MessageId { get; set; }

    /// <summary>Comments written in the header.</summary>
    public IList<string> HeaderComments { get; } = new List<string>();

    /// <summary>Comments written at the start of the relative metadata/data section.</summary>
    public IList<string> RelativeComments { get; } = new List<string>();

    /// <summary>TCA. Required.</summary>
    public Epoch? Tca { get; set; }

    /// <summary>MISS_DISTANCE in m. Required.</summary>
    public double? MissDistanceMeters { get; set; }

    /// <summary>RELATIVE_SPEED in m/s, or null.</summary>
    public double? RelativeSpeedMetersPerSecond { get; set; }

    /// <summary>RELATIVE_POSITION_R/T/N in m (object 2 relative to object 1, in object 1's RTN frame), or null.</summary>
    public Vector3D? RelativePositionRtnMeters { get; set; }

    /// <summary>RELATIVE_VELOCITY_R/T/N in m/s, or null.</summary>
    public Vector3D? RelativeVelocityRtnMetersPerSecond { get; set; }

    /// <summary>START_SCREEN_PERIOD, or null.</summary>
    public Epoch? StartScreenPeriod { get; set; }

    /// <summary>STOP_SCREEN_PERIOD, or null.</summary>
    public Epoch? StopScreenPeriod { get; set; }

    /// <summary>SCREEN_VOLUME_FRAME (RTN or TVN), or null.</summary>
    public string? ScreenVolumeFrame { get; set; }

    /// <summary>SCREEN_VOLUME_SHAPE (ELLIPSOID or BOX), or null.</summary>
    public string? ScreenVolumeShape { get; set; }

    /// <summary>SCREEN_VOLUME_X in m, or null.</summary>
    public double? ScreenVolumeX { get; set; }

    /// <summary>SCREEN_VOLUME_Y in m, or null.</summary>
    public double? ScreenVolumeY { get; set; }

    /// <summary>SCREEN_VOLUME_Z in m, or null.</summary>
    public double? ScreenVolumeZ { get; set; }

    /// <summary>SCREEN_ENTRY_TIME, or null.</summary>
    public Epoch? ScreenEntryTime { get; set; }

    /// <summary>SCREEN_EXIT_TIME, or null.</summary>
    public Epoch? ScreenExitTime { get; set; }

    /// <summary>COLLISION_PROBABILITY (0..1), or null.</summary>
    public double? CollisionProbability { get; set; }

    /// <summary>COLLISION_PROBABILITY_METHOD (e.g. FOSTER-1992), or null.</summary>
    public string? CollisionProbabilityMethod { get; set; }

    /// <summary>The combined hard-body radius in m, written as the comment <c>HBR = value [m]</c> (as CARA does), or null.</summary>
    public double? HardBodyRadiusMeters { get; set; }

    /// <summary>OBJECT1 (the primary). Required.</summary>
    public CdmObjectBuilder? Object1 { get; set; }

    /// <summary>OBJECT2 (the secondary). Required.</summary>
    public CdmObjectBuilder? Object2 { get; set; }

    /// <summary>Builds the message.</summary>
    /// <returns>An immutable message.</returns>
    /// <exception cref="ArgumentException">A required value is missing, a number is not finite, or a text is blank or spans lines.</exception>
    public ConjunctionDataMessage Build()
    {
        const string p = "this";
        var header = new List<CdmEntry> { new(CdmKeywords.Version, "1.0") };
        foreach (var c in HeaderComments) header.Add(CdmEntry.Comment(c));
        header.Add(new CdmEntry("CREATION_DATE", Format(CreationDate ?? Epoch.FromDateTime(DateTime.UtcNow))));
        header.Add(new CdmEntry("ORIGINATOR", Required(Originator, "ORIGINATOR")));
        if (MessageFor is not null) header.Add(new CdmEntry("MESSAGE_FOR", Required(MessageFor, "MESSAGE_FOR")));
        header.Add(new CdmEntry("MESSAGE_ID", Required(MessageId, "MESSAGE_ID")));

        var rel = new List<CdmEntry>();
        foreach (var c in RelativeComments) rel.Add(CdmEntry.Comment(c));
        if (HardBodyRadiusMeters is double hbr)
        {
            if (!(hbr > 0) || !double.IsFinite(hbr)) throw new ArgumentException("HardBodyRadiusMeters must be positive and finite.", p);
            rel.Add(CdmEntry.Comment("HBR = " + Format(hbr, "HBR", p) + " [m]"));
        }
        rel.Add(new CdmEntry("TCA", Format(Tca ?? throw new ArgumentException("TCA is required.", p))));
        double miss = MissDistanceMeters ?? throw new ArgumentException("MISS_DISTANCE is required.", p);
        if (miss < 0) throw new ArgumentException("MISS_DISTANCE must not be negative.", p);
        rel.Add(new CdmEntry("MISS_DISTANCE", Format(miss, "MISS_DISTANCE", p), "m"));
        if (RelativeSpeedMetersPerSecond is double speed) rel.Add(new CdmEntry("RELATIVE_SPEED", Format(speed, "RELATIVE_SPEED", p), "m/s"));
        if (RelativePositionRtnMeters is Vector3D rp)
        {
            rel.Add(new CdmEntry("RELATIVE_POSITION_R", Format(rp.X, "RELATIVE_POSITION_R", p), "m"));
            rel.Add(new CdmEntry("RELATIVE_POSITION_T", Format(rp.Y, "RELATIVE_POSITION_T", p), "m"));
            rel.Add(new CdmEntry("RELATIVE_POSITION_N", Format(rp.Z, "RELATIVE_POSITION_N", p), "m"));
        }
        if (RelativeVelocityRtnMetersPerSecond is Vector3D rv)
        {
            rel.Add(new CdmEntry("RELATIVE_VELOCITY_R", Format(rv.X, "RELATIVE_VELOCITY_R", p), "m/s"));
            rel.Add(new CdmEntry("RELATIVE_VELOCITY_T", Format(rv.Y, "RELATIVE_VELOCITY_T", p), "m/s"));
            rel.Add(new CdmEntry("RELATIVE_VELOCITY_N", Format(rv.Z, "RELATIVE_VELOCITY_N", p), "m/s"));
        }
        if (StartScreenPeriod is Epoch s0) rel.Add(new CdmEntry("START_SCREEN_PERIOD", Format(s0)));
        if (StopScreenPeriod is Epoch s1) rel.Add(new CdmEntry("STOP_SCREEN_PERIOD", Format(s1)));
        if (ScreenVolumeFrame is not null) rel.Add(new CdmEntry("SCREEN_VOLUME_FRAME", Required(ScreenVolumeFrame, "SCREEN_VOLUME_FRAME")));
        if (ScreenVolumeShape is not null) rel.Add(new CdmEntry("SCREEN_VOLUME_SHAPE", Required(ScreenVolumeShape, "SCREEN_VOLUME_SHAPE")));
        if (ScreenVolumeX is double sx) rel.Add(new CdmEntry("SCREEN_VOLUME_X", Format(sx, "SCREEN_VOLUME_X", p), "m"));
        if (ScreenVolumeY is double sy) rel.Add(new CdmEntry("SCREEN_VOLUME_Y", Format(sy, "SCREEN_VOLUME_Y", p), "m"));
        if (ScreenVolumeZ is double sz) rel.Add(new CdmEntry("SCREEN_VOLUME_Z", Format(sz, "SCREEN_VOLUME_Z", p), "m"));
        if (ScreenEntryTime is Epoch t0) rel.Add(new CdmEntry("SCREEN_ENTRY_TIME", Format(t0)));
        if (ScreenExitTime is Epoch t1) rel.Add(new CdmEntry("SCREEN_EXIT_TIME", Format(t1)));
        if (CollisionProbability is double pc)
        {
            if (!(pc >= 0 && pc <= 1)) throw new ArgumentException("COLLISION_PROBABILITY must be in [0, 1].", p);
            rel.Add(new CdmEntry("COLLISION_PROBABILITY", Format(pc, "COLLISION_PROBABILITY", p)));
        }
        if (CollisionProbabilityMethod is not null)
            rel.Add(new CdmEntry("COLLISION_PROBABILITY_METHOD", Required(CollisionProbabilityMethod, "COLLISION_PROBABILITY_METHOD")));

        var o1 = (Object1 ?? throw new ArgumentException("Object1 is required.", p)).ToEntries("OBJECT1", p);
        var o2 = (Object2 ?? throw new ArgumentException("Object2 is required.", p)).ToEntries("OBJECT2", p);
        return new ConjunctionDataMessage("<CdmBuilder>", new CdmSection(header, 0), new CdmSection(rel, 0),
            new CdmSection(o1, 0), new CdmSection(o2, 0), 0);
    }

    private static string Required(string? value, string key)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new ArgumentException($"{key} is required and must not be blank.", "this");
        return value;
    }

    internal static string Format(double value, string what, string paramName)
    {
        if (!double.IsFinite(value)) throw new ArgumentException($"{what} must be finite, got {value}.", paramName);
        return value.ToString("R", Inv);
    }

    /// <summary>A CDM time: ISO-8601 UTC with microseconds and no zone letter.</summary>
    internal static string Format(Epoch t)
    {
        string s = t.ToString();
        return s.EndsWith('Z') ? s[..^1] : s;
    }
}
