namespace Astro.Debris.Screening;

/// <summary>The three kinds of CDM section.</summary>
internal enum CdmSectionKind
{
    Header,
    Relative,
    Object,
}

/// <summary>Where a known keyword belongs: its section, its XML block element and a sub-category (covariance kinds).</summary>
internal readonly record struct CdmKeywordInfo(CdmSectionKind Section, string Block, string Category);

/// <summary>
/// The keywords of CCSDS 508.0-B-1 (CDM 1.0) and of the CDM 2.0 draft (508.0-P-1.0.2), with their section and XML
/// block. Keywords not listed here are kept as they are (extensions) and placed next to their neighbours.
/// </summary>
internal static class CdmKeywords
{
    public const string Version = "CCSDS_CDM_VERS";
    public const string Comment = "COMMENT";
    public const string ObjectKey = "OBJECT";

    public const string HeaderBlock = "header";
    public const string RelativeBlock = "relativeMetadataData";
    public const string RelativeStateBlock = "relativeStateVector";
    public const string MetadataBlock = "metadata";
    public const string DataBlock = "data";
    public const string OdBlock = "odParameters";
    public const string AdditionalBlock = "additionalParameters";
    public const string StateBlock = "stateVector";
    public const string CovarianceBlock = "covarianceMatrix";
    public const string UserBlock = "userDefinedParameters";

    /// <summary>Row and column names of the RTN covariance, in order: R, T, N, RDOT, TDOT, NDOT, DRG, SRP, THR.</summary>
    public static readonly string[] RtnAxes = { "R", "T", "N", "RDOT", "TDOT", "NDOT", "DRG", "SRP", "THR" };

    private static readonly string[] XyzAxes = { "X", "Y", "Z", "XDOT", "YDOT", "ZDOT", "DRG", "SRP", "THR" };

    private static readonly Dictionary<string, CdmKeywordInfo> Known = Build();

    /// <summary>The keyword of a lower-triangle RTN covariance element (row ≥ column), e.g. (1, 0) → <c>CT_R</c>.</summary>
    public static string RtnCovarianceKeyword(int row, int column) => $"C{RtnAxes[row]}_{RtnAxes[column]}";

    public static bool TryGet(string keyword, out CdmKeywordInfo info) => Known.TryGetValue(keyword, out info);

    /// <summary>A human name of a section kind, for messages.</summary>
    public static string Describe(CdmSectionKind kind) => kind switch
    {
        CdmSectionKind.Header => "the header",
        CdmSectionKind.Relative => "the relative metadata/data section",
        _ => "an object section (after OBJECT = OBJECT1 or OBJECT2)",
    };

    private static Dictionary<string, CdmKeywordInfo> Build()
    {
        var d = new Dictionary<string, CdmKeywordInfo>(StringComparer.Ordinal);
        void Add(CdmSectionKind s, string block, string category, params string[] keys)
        {
            foreach (var k in keys) d.TryAdd(k, new CdmKeywordInfo(s, block, category));
        }

        Add(CdmSectionKind.Header, HeaderBlock, "", Version, "CREATION_DATE", "ORIGINATOR", "MESSAGE_FOR", "MESSAGE_ID", "CLASSIFICATION");
        Add(CdmSectionKind.Relative, RelativeBlock, "",
            "CONJUNCTION_ID", "TCA", "MISS_DISTANCE", "MAHALANOBIS_DISTANCE", "RELATIVE_SPEED", "APPROACH_ANGLE",
            "START_SCREEN_PERIOD", "STOP_SCREEN_PERIOD", "SCREEN_TYPE", "SCREEN_VOLUME_FRAME", "SCREEN_VOLUME_SHAPE",
            "SCREEN_VOLUME_RADIUS", "SCREEN_VOLUME_X", "SCREEN_VOLUME_Y", "SCREEN_VOLUME_Z", "SCREEN_ENTRY_TIME",
            "SCREEN_EXIT_TIME", "SCREEN_PC_THRESHOLD", "COLLISION_PERCENTILE", "COLLISION_PROBABILITY",
            "COLLISION_PROBABILITY_METHOD", "COLLISION_MAX_PROBABILITY", "COLLISION_MAX_PC_METHOD",
            "SEFI_COLLISION_PROBABILITY", "SEFI_COLLISION_PROBABILITY_METHOD", "SEFI_FRAGMENTATION_MODEL",
            "PREVIOUS_MESSAGE_ID", "PREVIOUS_MESSAGE_EPOCH", "NEXT_MESSAGE_EPOCH");
        Add(CdmSectionKind.Relative, RelativeStateBlock, "",
            "RELATIVE_POSITION_R", "RELATIVE_POSITION_T", "RELATIVE_POSITION_N",
            "RELATIVE_VELOCITY_R", "RELATIVE_VELOCITY_T", "RELATIVE_VELOCITY_N");
        Add(CdmSectionKind.Object, MetadataBlock, "",
            ObjectKey, "OBJECT_DESIGNATOR", "CATALOG_NAME", "OBJECT_NAME", "INTERNATIONAL_DESIGNATOR", "OBJECT_TYPE",
            "OPS_STATUS", "OPERATOR_CONTACT_POSITION", "OPERATOR_ORGANIZATION", "OPERATOR_PHONE", "OPERATOR_EMAIL",
            "EPHEMERIS_NAME", "ODM_MSG_LINK", "ADM_MSG_LINK", "OBS_BEFORE_NEXT_MESSAGE", "COVARIANCE_METHOD",
            "COVARIANCE_SOURCE", "MANEUVERABLE", "ORBIT_CENTER", "REF_FRAME", "ALT_COV_TYPE", "ALT_COV_REF_FRAME",
            "GRAVITY_MODEL", "ATMOSPHERIC_MODEL", "N_BODY_PERTURBATIONS", "SOLAR_RAD_PRESSURE", "EARTH_TIDES",
            "INTRACK_THRUST");
        Add(CdmSectionKind.Object, OdBlock, "",
            "TIME_LASTOB_START", "TIME_LASTOB_END", "RECOMMENDED_OD_SPAN", "ACTUAL_OD_SPAN", "OBS_AVAILABLE", "OBS_USED",
            "TRACKS_AVAILABLE", "TRACKS_USED", "RESIDUALS_ACCEPTED", "WEIGHTED_RMS", "OD_EPOCH");
        Add(CdmSectionKind.Object, AdditionalBlock, "",
            "AREA_PC", "AREA_PC_MIN", "AREA_PC_MAX", "AREA_DRG", "AREA_SRP", "OEB_PARENT_FRAME", "OEB_PARENT_FRAME_EPOCH",
            "OEB_Q1", "OEB_Q2", "OEB_Q3", "OEB_QC", "OEB_MAX", "OEB_INT", "OEB_MIN", "AREA_ALONG_OEB_MAX",
            "AREA_ALONG_OEB_INT", "AREA_ALONG_OEB_MIN", "RCS", "RCS_MIN", "RCS_MAX", "VM_ABSOLUTE", "VM_APPARENT_MIN",
            "VM_APPARENT", "VM_APPARENT_MAX", "REFLECTANCE", "MASS", "HBR", "CD_AREA_OVER_MASS", "CR_AREA_OVER_MASS",
            "THRUST_ACCELERATION", "SEDR", "MIN_DV", "MAX_DV", "LEAD_TIME_REQD_BEFORE_TCA", "APOAPSIS_ALTITUDE",
            "PERIAPSIS_ALTITUDE", "INCLINATION", "COV_CONFIDENCE", "COV_CONFIDENCE_METHOD");
        Add(CdmSectionKind.Object, StateBlock, "", "X", "Y", "Z", "X_DOT", "Y_DOT", "Z_DOT");
        for (int r = 0; r < RtnAxes.Length; r++)
        {
            for (int c = 0; c <= r; c++) Add(CdmSectionKind.Object, CovarianceBlock, "rtn", RtnCovarianceKeyword(r, c));
        }
        for (int r = 0; r < XyzAxes.Length; r++)
        {
            for (int c = 0; c <= r; c++) Add(CdmSectionKind.Object, CovarianceBlock, "xyz", $"C{XyzAxes[r]}_{XyzAxes[c]}");
        }
        Add(CdmSectionKind.Object, CovarianceBlock, "eig", "CSIG3EIGVEC3");
        Add(CdmSectionKind.Object, CovarianceBlock, "additional",
            "DENSITY_FORECAST_UNCERTAINTY", "CSCALE_FACTOR_MIN", "CSCALE_FACTOR", "CSCALE_FACTOR_MAX",
            "SCREENING_DATA_SOURCE", "DCP_SENSITIVITY_VECTOR_POSITION", "DCP_SENSITIVITY_VECTOR_VELOCITY");
        return d;
    }

    /// <summary>True for keywords that may carry a valid KVN/XML name (letters, digits, '_').</summary>
    public static bool IsValidKeyword(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty) return false;
        foreach (char c in key)
        {
            if (!(char.IsAsciiLetter(c) || char.IsAsciiDigit(c) || c == '_')) return false;
        }
        return char.IsAsciiLetter(key[0]) || key[0] == '_';
    }
}
