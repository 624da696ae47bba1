using System.Globalization;
using System.Text;
using Astro.Debris.Breakup;
using Astro.Debris.Elements;
using Astro.Debris.Frames;
using Astro.Debris.Screening;
using Astro.Debris.Time;
using ScottPlot;

namespace Astro.Debris.Cli.Scenario;

/// <summary>Writes the scenario's files: element sets, tables, CDMs, plots and the report.</summary>
internal static class ScenarioFiles
{
    private const double Mu = 398600.8, EarthRadiusKm = 6378.135; // WGS-72, as SGP4
    private static readonly UTF8Encoding Utf8 = new(false);
    private static string N(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    public static List<string> Write(Cosmos1408Options o, ElementSet parent, ElementSet iss, BreakupSimulationResult sim,
        IReadOnlyList<ElementSet> fragments, StateVector?[] atEnd, ScreeningResult screening, IReadOnlyList<ScenarioApproach> approaches)
    {
        string dir = o.OutputDirectory;
        var files = new List<string>();
        string P(string name) { var p = Path.Combine(dir, name); files.Add(p); return p; }

        using (var w = new StreamWriter(P("fragments.tle"), false, Utf8)) TleWriter.Write(fragments, w);
        using (var w = new StreamWriter(P("fragments.csv"), false, Utf8)) BreakupCommand.WriteTable(sim, w);
        using (var w = new StreamWriter(P("conjunctions.csv"), false, Utf8)) WriteConjunctions(approaches, w);

        string cdmDir = Path.Combine(dir, "cdm");
        Directory.CreateDirectory(cdmDir);
        foreach (var a in approaches)
        {
            var c = a.Conjunction;
            string name = $"{c.Object1.CatalogNumber}_conj_{c.Object2.CatalogNumber}_{c.Tca.ToDateTime():yyyyMMdd_HHmmss}.cdm";
            CdmWriter.WriteFile(ScenarioCdm.Build(c, a), Path.Combine(cdmDir, name), CdmFormat.Kvn);
        }
        if (approaches.Count > 0) files.Add(cdmDir + Path.DirectorySeparatorChar);

        if (o.Plots)
        {
            var atEvent = Cosmos1408Scenario.StatesAt(fragments, Cosmos1408Scenario.EventTime, o.MaxDegreeOfParallelism);
            Gabbard(atEvent, $"COSMOS 1408 fragments at the event, {Cosmos1408Scenario.EventTime}", P("gabbard_event.png"), parent);
            Gabbard(atEnd, $"COSMOS 1408 fragments {o.Days.ToString(CultureInfo.InvariantCulture)} days later", P("gabbard_end.png"), parent);
            AltitudeHistogram(atEnd, o.Days, P("altitude_histogram.png"));
            MissTimeline(approaches, o, P("miss_timeline.png"));
        }
        return files;
    }

    internal static void WriteConjunctions(IReadOnlyList<ScenarioApproach> approaches, TextWriter w)
    {
        w.WriteLine("object1,object2,tca_utc,miss_km,relative_speed_km_s,radial_km,in_track_km,cross_track_km,fragment_id,lc_m,hbr_m,pc_foster,pc_alfano_max");
        foreach (var a in approaches.OrderBy(a => a.Conjunction.MissKm).ThenBy(a => a.Conjunction.Tca))
        {
            var c = a.Conjunction;
            w.WriteLine(string.Join(',',
                c.Object1.CatalogNumber.ToString(CultureInfo.InvariantCulture), c.Object2.CatalogNumber.ToString(CultureInfo.InvariantCulture),
                c.Tca.ToString(), N(c.MissKm), N(c.RelativeSpeedKmPerSecond), N(c.MissRtnKm.X), N(c.MissRtnKm.Y), N(c.MissRtnKm.Z),
                a.FragmentId.ToString(CultureInfo.InvariantCulture), N(a.LcM), N(a.HardBodyRadiusM),
                double.IsFinite(a.Foster.Value) ? N(a.Foster.Value) : "", double.IsFinite(a.AlfanoMax.Value) ? N(a.AlfanoMax.Value) : ""));
        }
    }

    /// <summary>Osculating period (min), apogee and perigee altitude (km) of a bound TEME state; null when unbound.</summary>
    internal static (double PeriodMin, double ApogeeKm, double PerigeeKm)? Orbit(StateVector s)
    {
        double r = s.Position.Norm, v2 = s.Velocity.NormSquared;
        double energy = v2 / 2 - Mu / r;
        if (energy >= 0) return null;
        double a = -Mu / (2 * energy);
        var h = Vector3D.Cross(s.Position, s.Velocity);
        double e = Math.Sqrt(Math.Max(0, 1 - h.NormSquared / (Mu * a)));
        return (2 * Math.PI * Math.Sqrt(a * a * a / Mu) / 60.0, a * (1 + e) - EarthRadiusKm, a * (1 - e) - EarthRadiusKm);
    }

    private static void Gabbard(StateVector?[] states, string title, string path, ElementSet parent)
    {
        var orbits = states.Where(s => s is not null).Select(s => Orbit(s!.Value)).Where(o => o is not null).Select(o => o!.Value)
            .Where(o => o.PeriodMin < 200).ToArray();
        var plt = new Plot();
        var apo = plt.Add.ScatterPoints(orbits.Select(o => o.PeriodMin).ToArray(), orbits.Select(o => o.ApogeeKm).ToArray());
        apo.MarkerSize = 3; apo.Color = Colors.Red; apo.LegendText = "apogee";
        var per = plt.Add.ScatterPoints(orbits.Select(o => o.PeriodMin).ToArray(), orbits.Select(o => o.PerigeeKm).ToArray());
        per.MarkerSize = 3; per.Color = Colors.Blue; per.LegendText = "perigee";
        var line = plt.Add.HorizontalLine(420); line.Color = Colors.Gray; line.LinePattern = LinePattern.Dashed; line.LegendText = "ISS altitude ≈ 420 km";
        plt.Title($"{title} ({orbits.Length} objects)");
        plt.XLabel("orbital period (min)");
        plt.YLabel("altitude (km)");
        plt.ShowLegend();
        plt.SavePng(path, 1000, 700);
    }

    private static void AltitudeHistogram(StateVector?[] states, double days, string path)
    {
        var alt = states.Where(s => s is not null).Select(s => s!.Value.Position.Norm - EarthRadiusKm).Where(a => a < 3000).ToArray();
        var plt = new Plot();
        if (alt.Length > 0)
        {
            double lo = Math.Floor(alt.Min() / 10) * 10, hi = Math.Ceiling(alt.Max() / 10) * 10 + 10;
            var hist = ScottPlot.Statistics.Histogram.WithBinCount(Math.Clamp((int)((hi - lo) / 10), 10, 200), lo, hi);
            hist.AddRange(alt);
            plt.Add.Histogram(hist);
        }
        plt.Title($"Fragment altitudes {days.ToString(CultureInfo.InvariantCulture)} days after the event ({alt.Length} in orbit)");
        plt.XLabel("altitude (km)");
        plt.YLabel("fragments per 10 km");
        plt.SavePng(path, 1000, 600);
    }

    private static void MissTimeline(IReadOnlyList<ScenarioApproach> approaches, Cosmos1408Options o, string path)
    {
        var plt = new Plot();
        if (approaches.Count > 0)
        {
            var xs = approaches.Select(a => a.Conjunction.Tca.SecondsSince(Cosmos1408Scenario.EventTime) / 86400.0).ToArray();
            var ys = approaches.Select(a => a.Conjunction.MissKm).ToArray();
            var sp = plt.Add.ScatterPoints(xs, ys);
            sp.MarkerSize = 6;
        }
        plt.Axes.SetLimitsX(0, o.Days);
        plt.Axes.SetLimitsY(0, o.ThresholdKm);
        plt.Title($"Approaches of COSMOS 1408 fragments to the ISS within {o.ThresholdKm.ToString(CultureInfo.InvariantCulture)} km ({approaches.Count})");
        plt.XLabel("days after 2021-11-15 02:47 UTC");
        plt.YLabel("miss distance (km)");
        plt.SavePng(path, 1000, 500);
    }

    public static string WriteReport(Cosmos1408Options o, ScenarioOutcome r)
    {
        string path = Path.Combine(o.OutputDirectory, "report.md");
        var b = r.Breakup.Breakup;
        var c = r.Breakup.Conversion;
        var s = r.Screening.Statistics;
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine("# COSMOS 1408 scenario").AppendLine();
        sb.AppendLine(string.Create(inv, $"Generated by `astro-debris scenario cosmos1408 --min-size {o.MinSizeM} --days {o.Days} --threshold {o.ThresholdKm} --seed {o.Seed}`.")).AppendLine();
        sb.AppendLine("## Inputs").AppendLine();
        sb.AppendLine($"- Parent: {r.Parent.Name} ({r.Parent.CatalogNumber}), element set epoch {r.Parent.Epoch} (last before the test).");
        sb.AppendLine($"- ISS: {r.Iss.Name} ({r.Iss.CatalogNumber}), element set epoch {r.Iss.Epoch}.");
        sb.AppendLine(string.Create(inv, $"- Event: {r.EventTime}, catastrophic collision of a {Cosmos1408Scenario.TargetMassKg} kg spacecraft with a {Cosmos1408Scenario.KillVehicleMassKg} kg kill vehicle at {Cosmos1408Scenario.ImpactSpeedKmPerSecond} km/s (EMR {b.EnergyToMassRatioJoulesPerKg / 1000:F1} J/g); NASA Standard Breakup Model, fragments ≥ {o.MinSizeM} m, seed {o.Seed}."));
        sb.AppendLine(string.Create(inv, $"- Screening window {r.EventTime} + {o.Days} days, threshold {o.ThresholdKm} km (sphere)."));
        sb.AppendLine(string.Create(inv, $"- Collision probability: Foster 2D over a circle with an **assumed** covariance (TLEs carry none): ISS 1σ R/T/N = {Cosmos1408Scenario.IssSigmaRtnM.X}/{Cosmos1408Scenario.IssSigmaRtnM.Y}/{Cosmos1408Scenario.IssSigmaRtnM.Z} m, fragment {Cosmos1408Scenario.FragmentSigmaRtnM.X}/{Cosmos1408Scenario.FragmentSigmaRtnM.Y}/{Cosmos1408Scenario.FragmentSigmaRtnM.Z} m; hard-body radius {Cosmos1408Scenario.IssHardBodyRadiusM} m + half the fragment size. Alfano's maximum Pc (no covariance needed) alongside.")).AppendLine();
        sb.AppendLine("## Counts").AppendLine();
        sb.AppendLine("| quantity | value |").AppendLine("| --- | --- |");
        sb.AppendLine(string.Create(inv, $"| fragments generated (expected {b.ExpectedCount:F1}) | {b.Count:N0} |"));
        sb.AppendLine(string.Create(inv, $"| fragment mass / available mass | {b.TotalFragmentMassKg:F1} / {b.TotalParentMassKg:F1} kg |"));
        sb.AppendLine(string.Create(inv, $"| orbital / sub-orbital / escape | {c.Count(FragmentOrbitClass.Orbital):N0} / {c.Count(FragmentOrbitClass.SubOrbital):N0} / {c.Count(FragmentOrbitClass.Escape):N0} |"));
        sb.AppendLine(string.Create(inv, $"| element sets (fits converged / not converged / failed) | {r.FragmentsInOrbit:N0} ({c.Count(FitStatus.Converged):N0} / {c.Count(FitStatus.NotConverged):N0} / {c.Count(FitStatus.Failed):N0}) |"));
        sb.AppendLine(string.Create(inv, $"| SGP4 errors (decayed) by the end of the window | {r.DecayedByEnd:N0} |"));
        sb.AppendLine(string.Create(inv, $"| screened / removed by the perigee-apogee filter / excluded (SGP4 error) | {s.ObjectsPropagated:N0} / {s.PrefilteredOut:N0} / {r.Screening.Exclusions.Count:N0} |"));
        sb.AppendLine(string.Create(inv, $"| approaches to the ISS within {o.ThresholdKm} km | {r.Approaches.Count:N0} |")).AppendLine();
        sb.AppendLine("## Closest approaches").AppendLine();
        if (r.Approaches.Count == 0) sb.AppendLine("None inside the threshold.");
        else
        {
            sb.AppendLine("| fragment | catalog | TCA (UTC) | miss (km) | R / T / N (km) | rel. speed (km/s) | Pc (assumed cov.) | max Pc |");
            sb.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
            foreach (var a in r.Approaches.OrderBy(a => a.Conjunction.MissKm).Take(20))
            {
                var k = a.Conjunction;
                sb.AppendLine(string.Create(inv, $"| {a.FragmentId} ({a.LcM * 100:F1} cm) | {k.Object2.CatalogNumber} | {k.Tca} | {k.MissKm:F3} | {k.MissRtnKm.X:F3} / {k.MissRtnKm.Y:F3} / {k.MissRtnKm.Z:F3} | {k.RelativeSpeedKmPerSecond:F3} | {a.Foster.Value:E2} | {a.AlfanoMax.Value:E2} |"));
            }
        }
        sb.AppendLine().AppendLine("## Timings").AppendLine();
        sb.AppendLine("| phase | seconds |").AppendLine("| --- | --- |");
        foreach (var (phase, t) in r.Timings) sb.AppendLine(string.Create(inv, $"| {phase} | {t.TotalSeconds:F2} |"));
        sb.AppendLine(string.Create(inv, $"| **total** | **{r.Timings.Sum(t => t.Time.TotalSeconds):F2}** |")).AppendLine();
        sb.AppendLine(string.Create(inv, $"Screening detail: step {s.StepSeconds:F1} s, propagation {s.PropagationTime.TotalSeconds:F2} s, broad phase {s.BroadPhaseTime.TotalSeconds:F2} s, refinement {s.RefinementTime.TotalSeconds:F2} s; {s.CandidateIntervals:N0} candidate intervals.")).AppendLine();
        sb.AppendLine("## Files").AppendLine();
        sb.AppendLine("`fragments.tle` (element sets), `fragments.csv` (every fragment: size, area, mass, A/M, Δv, B*, fit residual), `conjunctions.csv`, `cdm/` (one CCSDS CDM per approach), and the plots:").AppendLine();
        if (o.Plots)
        {
            sb.AppendLine("![Gabbard diagram at the event](gabbard_event.png)").AppendLine();
            sb.AppendLine("![Gabbard diagram at the end](gabbard_end.png)").AppendLine();
            sb.AppendLine("![Altitudes](altitude_histogram.png)").AppendLine();
            sb.AppendLine("![Miss distances](miss_timeline.png)");
        }
        File.WriteAllText(path, sb.ToString(), Utf8);
        return path;
    }
}
