using Astro.Debris.Frames;
using Astro.Debris.Screening;

namespace Astro.Debris.Cli.Scenario;

/// <summary>A CCSDS CDM for one scenario approach: states in GCRF (from TEME), assumed covariances, Pc.</summary>
internal static class ScenarioCdm
{
    public static ConjunctionDataMessage Build(Conjunction c, ScenarioApproach a)
    {
        var s1 = Teme.ToGcrf(c.State1, c.Tca);
        var s2 = Teme.ToGcrf(c.State2, c.Tca);
        var rtn = RtnFrame.FromState(c.State1);
        var dv = rtn.ToRtn(c.State2.Velocity - c.State1.Velocity);
        var builder = new CdmBuilder
        {
            Originator = "ASTRO-DEBRIS",
            MessageId = $"{c.Object1.CatalogNumber}_conj_{c.Object2.CatalogNumber}_{c.Tca.ToDateTime():yyyyMMddHHmmss}",
            Tca = c.Tca,
            MissDistanceMeters = c.MissKm * 1000.0,
            RelativeSpeedMetersPerSecond = c.RelativeSpeedKmPerSecond * 1000.0,
            RelativePositionRtnMeters = c.MissRtnKm * 1000.0,
            RelativeVelocityRtnMetersPerSecond = dv * 1000.0,
            HardBodyRadiusMeters = a.HardBodyRadiusM,
            CollisionProbability = double.IsFinite(a.Foster.Value) ? a.Foster.Value : null,
            CollisionProbabilityMethod = "FOSTER-1992",
            Object1 = Object(c.Object1, s1, Cosmos1408Scenario.IssSigmaRtnM, "PAYLOAD"),
            Object2 = Object(c.Object2, s2, Cosmos1408Scenario.FragmentSigmaRtnM, "DEBRIS"),
        };
        builder.RelativeComments.Add("Simulated COSMOS 1408 fragment (NASA Standard Breakup Model); SGP4 states converted TEME -> GCRF.");
        builder.RelativeComments.Add("Covariances are ASSUMED (element sets carry none); see docs/scenario.md.");
        return builder.Build();
    }

    private static CdmObjectBuilder Object(Elements.ElementSet set, StateVector gcrf, Vector3D sigmaM, string type) => new()
    {
        ObjectDesignator = set.CatalogNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ObjectName = set.Name ?? "UNKNOWN",
        InternationalDesignator = ScreenCommand.CdmDesignator(set.InternationalDesignator),
        ObjectType = type,
        ReferenceFrame = "GCRF",
        CovarianceMethod = "DEFAULT",
        PositionKm = gcrf.Position,
        VelocityKmPerSecond = gcrf.Velocity,
        Covariance = CdmCovariance.FromSigmas(sigmaM, new Vector3D(0.1, 0.3, 0.1)),
    };
}
