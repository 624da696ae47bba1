using Astro.Debris.Time;

namespace Astro.Debris.Screening;

/// <summary>
/// One object of a CDM (OBJECT1 or OBJECT2): metadata, OD parameters, additional parameters, state vector at TCA and
/// RTN covariance. Typed properties read the entries; <see cref="Entries"/> keeps every line as written, extension
/// keywords included. Units are those of CCSDS 508.0-B-1 whatever unit text the file wrote (some files write wrong
/// unit text; it is kept but not used for conversion). Build one in code with <see cref="CdmObjectBuilder"/>.
/// </summary>
public sealed class CdmObject
{
    private readonly CdmFields _fields;

    internal CdmObject(string source, IReadOnlyList<CdmEntry> entries, int sectionLine, string expectedObject, bool covarianceRequired)
    {
        var firstKey = CheckOrder(source, entries, sectionLine, expectedObject);
        _fields = new CdmFields(source, entries, expectedObject, firstKey.Line > 0 ? firstKey.Line : sectionLine);
        var f = _fields;

        Object = f.RequiredText("OBJECT");
        if (Object != expectedObject)
        {
            var e = f.Find("OBJECT")!;
            throw f.Error(e, $"OBJECT = {expectedObject}, found '{Object}'");
        }
        ObjectDesignator = f.RequiredText("OBJECT_DESIGNATOR");
        CatalogName = f.RequiredText("CATALOG_NAME");
        ObjectName = f.RequiredText("OBJECT_NAME");
        InternationalDesignator = f.RequiredText("INTERNATIONAL_DESIGNATOR");
        ObjectType = f.Text("OBJECT_TYPE");
        OperatorContactPosition = f.Text("OPERATOR_CONTACT_POSITION");
        OperatorOrganization = f.Text("OPERATOR_ORGANIZATION");
        OperatorPhone = f.Text("OPERATOR_PHONE");
        OperatorEmail = f.Text("OPERATOR_EMAIL");
        EphemerisName = f.RequiredText("EPHEMERIS_NAME");
        CovarianceMethod = f.RequiredText("COVARIANCE_METHOD");
        Maneuverable = f.RequiredText("MANEUVERABLE");
        OrbitCenter = f.Text("ORBIT_CENTER");
        ReferenceFrame = f.RequiredText("REF_FRAME");
        GravityModel = f.Text("GRAVITY_MODEL");
        AtmosphericModel = f.Text("ATMOSPHERIC_MODEL");
        NBodyPerturbations = f.Text("N_BODY_PERTURBATIONS");
        SolarRadiationPressure = f.Text("SOLAR_RAD_PRESSURE");
        EarthTides = f.Text("EARTH_TIDES");
        IntrackThrust = f.Text("INTRACK_THRUST");

        TimeLastObservationStart = f.OptionalEpoch("TIME_LASTOB_START");
        TimeLastObservationEnd = f.OptionalEpoch("TIME_LASTOB_END");
        RecommendedOdSpanDays = f.OptionalDouble("RECOMMENDED_OD_SPAN");
        ActualOdSpanDays = f.OptionalDouble("ACTUAL_OD_SPAN");
        ObservationsAvailable = f.OptionalCount("OBS_AVAILABLE");
        ObservationsUsed = f.OptionalCount("OBS_USED");
        TracksAvailable = f.OptionalCount("TRACKS_AVAILABLE");
        TracksUsed = f.OptionalCount("TRACKS_USED");
        ResidualsAcceptedPercent = f.OptionalDouble("RESIDUALS_ACCEPTED");
        WeightedRms = f.OptionalDouble("WEIGHTED_RMS");

        AreaPcSquareMeters = f.OptionalDouble("AREA_PC");
        AreaDragSquareMeters = f.OptionalDouble("AREA_DRG");
        AreaSrpSquareMeters = f.OptionalDouble("AREA_SRP");
        MassKg = f.OptionalDouble("MASS");
        CdAreaOverMass = f.OptionalDouble("CD_AREA_OVER_MASS");
        CrAreaOverMass = f.OptionalDouble("CR_AREA_OVER_MASS");
        ThrustAccelerationMetersPerSecondSquared = f.OptionalDouble("THRUST_ACCELERATION");
        SedrWattsPerKg = f.OptionalDouble("SEDR");
        HardBodyRadiusMeters = f.OptionalDouble("HBR");

        PositionKm = f.OptionalTriple("X", "Y", "Z") ?? throw f.Missing("X", " (the state vector X, Y, Z, X_DOT, Y_DOT, Z_DOT at TCA)");
        VelocityKmPerSecond = f.OptionalTriple("X_DOT", "Y_DOT", "Z_DOT") ?? throw f.Missing("X_DOT", " (the state vector X, Y, Z, X_DOT, Y_DOT, Z_DOT at TCA)");
        Covariance = ReadCovariance(f);
        if (Covariance is null && covarianceRequired)
            throw f.Missing("CR_R", " (the 6×6 RTN covariance CR_R … CNDOT_NDOT is mandatory in CDM 1.0)");

        Entries = entries;
        Comments = entries.Where(e => e.IsComment).Select(e => e.Value!).ToArray();
    }

    /// <summary>Checks that an object section holds object keywords only, OBJECT first and metadata before data.</summary>
    /// <returns>The OBJECT entry.</returns>
    internal static CdmEntry CheckOrder(string source, IReadOnlyList<CdmEntry> entries, int sectionLine, string name)
    {
        bool dataStarted = false;
        CdmEntry? dataEntry = null;
        CdmEntry? firstKey = null;
        foreach (var e in entries)
        {
            if (e.IsComment) continue;
            firstKey ??= e;
            if (!CdmKeywords.TryGet(e.Keyword, out var info)) continue;
            if (info.Section != CdmSectionKind.Object)
                throw new CdmFormatException(source, e.Line, e.Column, e.Keyword,
                    $"{e.Keyword} belongs to {CdmKeywords.Describe(info.Section)}, which must come before the object sections; found it in {name}");
            if (info.Block == CdmKeywords.MetadataBlock)
            {
                if (dataStarted)
                    throw new CdmFormatException(source, e.Line, e.Column, e.Keyword,
                        $"the {name} metadata ({e.Keyword}) before its data; data began with {dataEntry!.Keyword} at line {dataEntry.Line}");
            }
            else if (!dataStarted)
            {
                dataStarted = true;
                dataEntry = e;
            }
        }
        if (firstKey is null || firstKey.Keyword != CdmKeywords.ObjectKey)
            throw new CdmFormatException(source, firstKey?.Line ?? sectionLine, firstKey?.Column ?? 1, CdmKeywords.ObjectKey,
                $"OBJECT = {name} as the first keyword of the object section");
        return firstKey;
    }

    private static CdmCovariance? ReadCovariance(CdmFields f)
    {
        // Blocks of rows: R..NDOT (21 terms; mandatory in 1.0, optional in 2.0), then the
        // optional DRG (7), SRP (8) and THR (9) rows. Each block is all or nothing, and a row needs the ones before it.
        (int First, int Last)[] blocks = { (0, 5), (6, 6), (7, 7), (8, 8) };
        int dimension = 0;
        string? absentBlock = null;
        foreach (var (first, last) in blocks)
        {
            string blockName = first == 0 ? "the 6×6 RTN covariance (21 terms CR_R … CNDOT_NDOT)" : $"the covariance row C{CdmKeywords.RtnAxes[first]}_* ({first + 1} terms)";
            int present = 0, total = 0;
            string? missing = null;
            CdmEntry? firstPresent = null;
            // Terms between the DRG, SRP and THR rows (CDRG_DRG, CSRP_DRG …) have the same keywords in the CDM 2.0 XYZ
            // covariance, so only the RTN columns (C*_R … C*_NDOT) tell whether a row of the RTN covariance is there.
            int distinct = 0;
            for (int r = first; r <= last; r++)
            {
                for (int c = 0; c <= r; c++)
                {
                    string k = CdmKeywords.RtnCovarianceKeyword(r, c);
                    total++;
                    var e = f.Find(k);
                    if (e?.Value is not null)
                    {
                        present++;
                        firstPresent ??= e;
                        if (c < 6) distinct++;
                    }
                    else missing ??= k;
                }
            }
            if (distinct == 0)
            {
                absentBlock ??= blockName;
                continue;
            }
            if (absentBlock is not null) throw f.Error(firstPresent!, $"{absentBlock} before {firstPresent!.Keyword}");
            if (present < total) throw f.Missing(missing!, $": {blockName} is incomplete");
            dimension = last + 1;
        }
        if (dimension == 0) return null;
        var values = new double[dimension * (dimension + 1) / 2];
        int k2 = 0;
        for (int r = 0; r < dimension; r++)
        {
            for (int c = 0; c <= r; c++) values[k2++] = f.RequiredDouble(CdmKeywords.RtnCovarianceKeyword(r, c));
        }
        return new CdmCovariance(dimension, values);
    }

    /// <summary>Every entry of the object section (metadata and data) in order, comments and extension keywords included.</summary>
    public IReadOnlyList<CdmEntry> Entries { get; }

    /// <summary>The comments of the object section, in order.</summary>
    public IReadOnlyList<string> Comments { get; }

    /// <summary>The entry of a keyword (the first if several), or null.</summary>
    /// <param name="keyword">The keyword, e.g. <c>OPERATOR_PHONE</c> or a CDM 2.0 keyword such as <c>RCS</c>.</param>
    /// <returns>The entry, or null.</returns>
    public CdmEntry? Find(string keyword) => _fields.Find(keyword);

    /// <summary>OBJECT: <c>OBJECT1</c> or <c>OBJECT2</c>.</summary>
    public string Object { get; }

    /// <summary>OBJECT_DESIGNATOR: the satellite catalogue number as written (e.g. <c>000020580</c>).</summary>
    public string ObjectDesignator { get; }

    /// <summary>CATALOG_NAME (e.g. <c>SATCAT</c>).</summary>
    public string CatalogName { get; }

    /// <summary>OBJECT_NAME.</summary>
    public string ObjectName { get; }

    /// <summary>INTERNATIONAL_DESIGNATOR (e.g. <c>1990-037B</c>), as written.</summary>
    public string InternationalDesignator { get; }

    /// <summary>OBJECT_TYPE (PAYLOAD, ROCKET BODY, DEBRIS, UNKNOWN, OTHER), or null.</summary>
    public string? ObjectType { get; }

    /// <summary>OPERATOR_CONTACT_POSITION, or null.</summary>
    public string? OperatorContactPosition { get; }

    /// <summary>OPERATOR_ORGANIZATION, or null.</summary>
    public string? OperatorOrganization { get; }

    /// <summary>OPERATOR_PHONE, or null.</summary>
    public string? OperatorPhone { get; }

    /// <summary>OPERATOR_EMAIL, or null.</summary>
    public string? OperatorEmail { get; }

    /// <summary>EPHEMERIS_NAME (<c>NONE</c> when no operator ephemeris was used).</summary>
    public string EphemerisName { get; }

    /// <summary>COVARIANCE_METHOD (CALCULATED or DEFAULT).</summary>
    public string CovarianceMethod { get; }

    /// <summary>MANEUVERABLE (YES, NO or N/A).</summary>
    public string Maneuverable { get; }

    /// <summary>ORBIT_CENTER (EARTH when absent, by the standard), or null when not written.</summary>
    public string? OrbitCenter { get; }

    /// <summary>REF_FRAME of the state vector: <c>EME2000</c>, <c>GCRF</c> or <c>ITRF</c>.</summary>
    public string ReferenceFrame { get; }

    /// <summary>GRAVITY_MODEL (e.g. <c>EGM-96: 36D 36O</c>), or null.</summary>
    public string? GravityModel { get; }

    /// <summary>ATMOSPHERIC_MODEL, or null.</summary>
    public string? AtmosphericModel { get; }

    /// <summary>N_BODY_PERTURBATIONS (e.g. <c>MOON,SUN</c>), or null.</summary>
    public string? NBodyPerturbations { get; }

    /// <summary>SOLAR_RAD_PRESSURE (YES/NO), or null.</summary>
    public string? SolarRadiationPressure { get; }

    /// <summary>EARTH_TIDES (YES/NO), or null.</summary>
    public string? EarthTides { get; }

    /// <summary>INTRACK_THRUST (YES/NO), or null.</summary>
    public string? IntrackThrust { get; }

    /// <summary>TIME_LASTOB_START (UTC), or null.</summary>
    public Epoch? TimeLastObservationStart { get; }

    /// <summary>TIME_LASTOB_END (UTC), or null.</summary>
    public Epoch? TimeLastObservationEnd { get; }

    /// <summary>RECOMMENDED_OD_SPAN in days, or null (also for a literal NaN).</summary>
    public double? RecommendedOdSpanDays { get; }

    /// <summary>ACTUAL_OD_SPAN in days, or null.</summary>
    public double? ActualOdSpanDays { get; }

    /// <summary>OBS_AVAILABLE, or null.</summary>
    public int? ObservationsAvailable { get; }

    /// <summary>OBS_USED, or null.</summary>
    public int? ObservationsUsed { get; }

    /// <summary>TRACKS_AVAILABLE, or null.</summary>
    public int? TracksAvailable { get; }

    /// <summary>TRACKS_USED, or null.</summary>
    public int? TracksUsed { get; }

    /// <summary>RESIDUALS_ACCEPTED in percent, or null.</summary>
    public double? ResidualsAcceptedPercent { get; }

    /// <summary>WEIGHTED_RMS (dimensionless), or null.</summary>
    public double? WeightedRms { get; }

    /// <summary>AREA_PC in m² (area for the collision probability), or null.</summary>
    public double? AreaPcSquareMeters { get; }

    /// <summary>AREA_DRG in m², or null.</summary>
    public double? AreaDragSquareMeters { get; }

    /// <summary>AREA_SRP in m², or null.</summary>
    public double? AreaSrpSquareMeters { get; }

    /// <summary>MASS in kg, or null.</summary>
    public double? MassKg { get; }

    /// <summary>CD_AREA_OVER_MASS: Cd·A/m in m²/kg, or null.</summary>
    public double? CdAreaOverMass { get; }

    /// <summary>CR_AREA_OVER_MASS: Cr·A/m in m²/kg, or null.</summary>
    public double? CrAreaOverMass { get; }

    /// <summary>THRUST_ACCELERATION in m/s², or null.</summary>
    public double? ThrustAccelerationMetersPerSecondSquared { get; }

    /// <summary>SEDR (specific energy dissipation rate) in W/kg, or null.</summary>
    public double? SedrWattsPerKg { get; }

    /// <summary>The CDM 2.0 HBR keyword of this object in m, or null (CDM 1.0 messages carry the combined HBR in a comment:
    /// see <see cref="ConjunctionDataMessage.HardBodyRadiusMeters"/>).</summary>
    public double? HardBodyRadiusMeters { get; }

    /// <summary>Position at TCA (X, Y, Z) in km, in <see cref="ReferenceFrame"/>.</summary>
    public Vector3D PositionKm { get; }

    /// <summary>Velocity at TCA (X_DOT, Y_DOT, Z_DOT) in km/s, in <see cref="ReferenceFrame"/>.</summary>
    public Vector3D VelocityKmPerSecond { get; }

    /// <summary>The RTN covariance (mandatory in CDM 1.0); null only in a CDM 2.x message that gives none (e.g. only the
    /// alternate XYZ form, whose entries stay in <see cref="Entries"/>). An all-zero matrix (<see cref="CdmCovariance.IsZero"/>)
    /// is how CSpOC says it has no covariance.</summary>
    public CdmCovariance? Covariance { get; }
}
