using Astro.Debris.Screening;

namespace Astro.Debris.Cli.Scenario;

/// <summary>A CCSDS CDM for one scenario approach: the screening CDM plus the assumed covariances, HBR and Pc.</summary>
internal static class ScenarioCdm
{
    public static ConjunctionDataMessage Build(Conjunction c, ScenarioApproach a) => ScreenCommand.ToCdm(c, b =>
    {
        b.Originator = "ASTRO-DEBRIS";
        b.HardBodyRadiusMeters = a.HardBodyRadiusM;
        b.CollisionProbability = double.IsFinite(a.Foster.Value) ? a.Foster.Value : null;
        b.CollisionProbabilityMethod = "FOSTER-1992";
        b.RelativeComments.Add("Simulated COSMOS 1408 fragment (NASA Standard Breakup Model).");
        b.RelativeComments.Add("Covariances are ASSUMED (element sets carry none); see docs/scenario.md.");
        b.Object1!.ObjectType = "PAYLOAD";
        b.Object1.CovarianceMethod = "DEFAULT";
        b.Object1.Covariance = CdmCovariance.FromSigmas(Cosmos1408Scenario.IssSigmaRtnM, new Vector3D(0.1, 0.3, 0.1));
        b.Object2!.ObjectType = "DEBRIS";
        b.Object2.CovarianceMethod = "DEFAULT";
        b.Object2.Covariance = CdmCovariance.FromSigmas(Cosmos1408Scenario.FragmentSigmaRtnM, new Vector3D(0.1, 0.3, 0.1));
    });
}
