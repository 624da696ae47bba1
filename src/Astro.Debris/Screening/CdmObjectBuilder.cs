using System.Globalization;
using Astro.Debris.Time;

namespace Astro.Debris.Screening;

/// <summary>
/// The values of one object for <see cref="CdmBuilder"/>: names, frame, state at TCA, optional covariance and the
/// optional OD and additional parameters of CCSDS 508.0-B-1. Mandatory metadata have the usual defaults
/// (CATALOG_NAME = SATCAT, EPHEMERIS_NAME = NONE, COVARIANCE_METHOD = CALCULATED, MANEUVERABLE = N/A,
/// REF_FRAME = EME2000); the designator, name, international designator and state must be set.
/// </summary>
public sealed class CdmObjectBuilder
{
    /// <summary>OBJECT_DESIGNATOR (satellite catalogue number). Required.</summary>
    public string? ObjectDesignator { get; set; }

    /// <summary>CATALOG_NAME.</summary>
    public string CatalogName { get; set; } = "SATCAT";

    /// <summary>OBJECT_NAME. Required.</summary>
    public string? ObjectName { get; set; }

    /// <summary>INTERNATIONAL_DESIGNATOR (e.g. <c>1998-067A</c>; <c>UNKNOWN</c> when not known). Required.</summary>
    public string? InternationalDesignator { get; set; }

    /// <summary>OBJECT_TYPE (PAYLOAD, ROCKET BODY, DEBRIS, UNKNOWN, OTHER), or null to leave it out.</summary>
    public string? ObjectType { get; set; }

    /// <summary>OPERATOR_CONTACT_POSITION, or null.</summary>
    public string? OperatorContactPosition { get; set; }

    /// <summary>OPERATOR_ORGANIZATION, or null.</summary>
    public string? OperatorOrganization { get; set; }

    /// <summary>OPERATOR_PHONE, or null.</summary>
    public string? OperatorPhone { get; set; }

    /// <summary>OPERATOR_EMAIL, or null.</summary>
    public string? OperatorEmail { get; set; }

    /// <summary>EPHEMERIS_NAME.</summary>
    public string EphemerisName { get; set; } = "NONE";

    /// <summary>COVARIANCE_METHOD (CALCULATED or DEFAULT).</summary>
    public string CovarianceMethod { get; set; } = "CALCULATED";

    /// <summary>MANEUVERABLE (YES, NO or N/A).</summary>
    public string Maneuverable { get; set; } = "N/A";

    /// <summary>ORBIT_CENTER, or null to leave it out (EARTH by the standard).</summary>
    public string? OrbitCenter { get; set; }

    /// <summary>REF_FRAME of the state (EME2000, GCRF or ITRF).</summary>
    public string ReferenceFrame { get; set; } = "EME2000";

    /// <summary>GRAVITY_MODEL (e.g. <c>WGS-72</c> for SGP4 states), or null.</summary>
    public string? GravityModel { get; set; }

    /// <summary>ATMOSPHERIC_MODEL, or null.</summary>
    public string? AtmosphericModel { get; set; }

    /// <summary>N_BODY_PERTURBATIONS, or null.</summary>
    public string? NBodyPerturbations { get; set; }

    /// <summary>SOLAR_RAD_PRESSURE (YES/NO), or null.</summary>
    public string? SolarRadiationPressure { get; set; }

    /// <summary>EARTH_TIDES (YES/NO), or null.</summary>
    public string? EarthTides { get; set; }

    /// <summary>INTRACK_THRUST (YES/NO), or null.</summary>
    public string? IntrackThrust { get; set; }

    /// <summary>TIME_LASTOB_START, or null.</summary>
    public Epoch? TimeLastObservationStart { get; set; }

    /// <summary>TIME_LASTOB_END, or null.</summary>
    public Epoch? TimeLastObservationEnd { get; set; }

    /// <summary>RECOMMENDED_OD_SPAN in days, or null.</summary>
    public double? RecommendedOdSpanDays { get; set; }

    /// <summary>ACTUAL_OD_SPAN in days, or null.</summary>
    public double? ActualOdSpanDays { get; set; }

    /// <summary>OBS_AVAILABLE, or null.</summary>
    public int? ObservationsAvailable { get; set; }

    /// <summary>OBS_USED, or null.</summary>
    public int? ObservationsUsed { get; set; }

    /// <summary>TRACKS_AVAILABLE, or null.</summary>
    public int? TracksAvailable { get; set; }

    /// <summary>TRACKS_USED, or null.</summary>
    public int? TracksUsed { get; set; }

    /// <summary>RESIDUALS_ACCEPTED in percent, or null.</summary>
    public double? ResidualsAcceptedPercent { get; set; }

    /// <summary>WEIGHTED_RMS, or null.</summary>
    public double? WeightedRms { get; set; }

    /// <summary>AREA_PC in m², or null.</summary>
    public double? AreaPcSquareMeters { get; set; }

    /// <summary>AREA_DRG in m², or null.</summary>
    public double? AreaDragSquareMeters { get; set; }

    /// <summary>AREA_SRP in m², or null.</summary>
    public double? AreaSrpSquareMeters { get; set; }

    /// <summary>MASS in kg, or null.</summary>
    public double? MassKg { get; set; }

    /// <summary>CD_AREA_OVER_MASS in m²/kg, or null.</summary>
    public double? CdAreaOverMass { get; set; }

    /// <summary>CR_AREA_OVER_MASS in m²/kg, or null.</summary>
    public double? CrAreaOverMass { get; set; }

    /// <summary>THRUST_ACCELERATION in m/s², or null.</summary>
    public double? ThrustAccelerationMetersPerSecondSquared { get; set; }

    /// <summary>SEDR in W/kg, or null.</summary>
    public double? SedrWattsPerKg { get; set; }

    /// <summary>Position at TCA in km, in <see cref="ReferenceFrame"/>. Required.</summary>
    public Vector3D? PositionKm { get; set; }

    /// <summary>Velocity at TCA in km/s, in <see cref="ReferenceFrame"/>. Required.</summary>
    public Vector3D? VelocityKmPerSecond { get; set; }

    /// <summary>
    /// The RTN covariance (m², m²/s, m²/s²…), or null when there is none: 508.0-B-1 makes the 6×6 covariance
    /// mandatory, so a zero matrix is then written with a comment saying so (as CSpOC does).
    /// </summary>
    public CdmCovariance? Covariance { get; set; }

    /// <summary>Comments written at the start of the object section.</summary>
    public IList<string> Comments { get; } = new List<string>();

    internal const string NoCovarianceComment = "No covariance available: zeros written because CCSDS 508.0-B-1 requires the 6x6 RTN covariance";

    internal List<CdmEntry> ToEntries(string label, string paramName)
    {
        var list = new List<CdmEntry>();
        foreach (var c in Comments) list.Add(CdmEntry.Comment(c));
        void Text(string key, string? value, bool required = false)
        {
            if (value is null)
            {
                if (required) throw new ArgumentException($"{label}: {key} is required.", paramName);
                return;
            }
            if (string.IsNullOrWhiteSpace(value)) throw new ArgumentException($"{label}: {key} must not be blank.", paramName);
            list.Add(new CdmEntry(key, value));
        }
        void Number(string key, double? value, string? units)
        {
            if (value is not double v) return;
            list.Add(new CdmEntry(key, CdmBuilder.Format(v, $"{label} {key}", paramName), units));
        }
        void Count(string key, int? value)
        {
            if (value is not int v) return;
            if (v < 0) throw new ArgumentException($"{label}: {key} must not be negative.", paramName);
            list.Add(new CdmEntry(key, v.ToString(CultureInfo.InvariantCulture)));
        }
        void Time(string key, Epoch? value)
        {
            if (value is Epoch t) list.Add(new CdmEntry(key, CdmBuilder.Format(t)));
        }

        list.Add(new CdmEntry(CdmKeywords.ObjectKey, label));
        Text("OBJECT_DESIGNATOR", ObjectDesignator, true);
        Text("CATALOG_NAME", CatalogName, true);
        Text("OBJECT_NAME", ObjectName, true);
        Text("INTERNATIONAL_DESIGNATOR", InternationalDesignator, true);
        Text("OBJECT_TYPE", ObjectType);
        Text("OPERATOR_CONTACT_POSITION", OperatorContactPosition);
        Text("OPERATOR_ORGANIZATION", OperatorOrganization);
        Text("OPERATOR_PHONE", OperatorPhone);
        Text("OPERATOR_EMAIL", OperatorEmail);
        Text("EPHEMERIS_NAME", EphemerisName, true);
        Text("COVARIANCE_METHOD", CovarianceMethod, true);
        Text("MANEUVERABLE", Maneuverable, true);
        Text("ORBIT_CENTER", OrbitCenter);
        Text("REF_FRAME", ReferenceFrame, true);
        Text("GRAVITY_MODEL", GravityModel);
        Text("ATMOSPHERIC_MODEL", AtmosphericModel);
        Text("N_BODY_PERTURBATIONS", NBodyPerturbations);
        Text("SOLAR_RAD_PRESSURE", SolarRadiationPressure);
        Text("EARTH_TIDES", EarthTides);
        Text("INTRACK_THRUST", IntrackThrust);

        Time("TIME_LASTOB_START", TimeLastObservationStart);
        Time("TIME_LASTOB_END", TimeLastObservationEnd);
        Number("RECOMMENDED_OD_SPAN", RecommendedOdSpanDays, "d");
        Number("ACTUAL_OD_SPAN", ActualOdSpanDays, "d");
        Count("OBS_AVAILABLE", ObservationsAvailable);
        Count("OBS_USED", ObservationsUsed);
        Count("TRACKS_AVAILABLE", TracksAvailable);
        Count("TRACKS_USED", TracksUsed);
        Number("RESIDUALS_ACCEPTED", ResidualsAcceptedPercent, "%");
        Number("WEIGHTED_RMS", WeightedRms, null);

        Number("AREA_PC", AreaPcSquareMeters, "m**2");
        Number("AREA_DRG", AreaDragSquareMeters, "m**2");
        Number("AREA_SRP", AreaSrpSquareMeters, "m**2");
        Number("MASS", MassKg, "kg");
        Number("CD_AREA_OVER_MASS", CdAreaOverMass, "m**2/kg");
        Number("CR_AREA_OVER_MASS", CrAreaOverMass, "m**2/kg");
        Number("THRUST_ACCELERATION", ThrustAccelerationMetersPerSecondSquared, "m/s**2");
        Number("SEDR", SedrWattsPerKg, "W/kg");

        var r = PositionKm ?? throw new ArgumentException($"{label}: PositionKm is required.", paramName);
        var v = VelocityKmPerSecond ?? throw new ArgumentException($"{label}: VelocityKmPerSecond is required.", paramName);
        Number("X", r.X, "km");
        Number("Y", r.Y, "km");
        Number("Z", r.Z, "km");
        Number("X_DOT", v.X, "km/s");
        Number("Y_DOT", v.Y, "km/s");
        Number("Z_DOT", v.Z, "km/s");

        var cov = Covariance;
        if (cov is null)
        {
            list.Add(CdmEntry.Comment(NoCovarianceComment));
            cov = new CdmCovariance(6, new double[21]);
        }
        for (int row = 0; row < cov.Dimension; row++)
        {
            for (int col = 0; col <= row; col++)
            {
                Number(CdmKeywords.RtnCovarianceKeyword(row, col), cov[row, col], CovarianceUnits(row, col));
            }
        }
        return list;
    }

    /// <summary>Units of a covariance element: position m, velocity m/s, DRG and SRP m²/kg, THR m/s².</summary>
    private static string CovarianceUnits(int row, int col)
    {
        static (int M, int Kg, int S) Of(int i) => i switch
        {
            < 3 => (1, 0, 0),
            < 6 => (1, 0, -1),
            6 or 7 => (2, -1, 0),
            _ => (1, 0, -2),
        };
        var (m1, kg1, s1) = Of(row);
        var (m2, kg2, s2) = Of(col);
        int m = m1 + m2, kg = kg1 + kg2, s = s1 + s2;
        string num = "m**" + m.ToString(CultureInfo.InvariantCulture);
        var den = new List<string>();
        if (kg < 0) den.Add(kg == -1 ? "kg" : "kg**" + (-kg).ToString(CultureInfo.InvariantCulture));
        if (s < 0) den.Add(s == -1 ? "s" : "s**" + (-s).ToString(CultureInfo.InvariantCulture));
        return den.Count switch
        {
            0 => num,
            1 => num + "/" + den[0],
            _ => num + "/(" + string.Join("*", den) + ")",
        };
    }
}
