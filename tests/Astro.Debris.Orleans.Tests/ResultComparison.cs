using System.Globalization;
using Astro.Debris.Screening;

namespace Astro.Debris.Orleans.Tests;

/// <summary>Bit-level and tolerance comparisons of cluster results with single-machine results.</summary>
internal static class ResultComparison
{
    private static string B(double x) => BitConverter.DoubleToInt64Bits(x).ToString("X16", CultureInfo.InvariantCulture);

    /// <summary>Every field of a conjunction as the bits of its doubles (equal strings ⇔ bit-identical events).</summary>
    public static string Bits(Conjunction c) =>
        $"{c.Index1} {c.Index2} {c.Object1.CatalogNumber} {c.Object2.CatalogNumber} {B(c.Tca.JulianDayMidnight)} {B(c.Tca.DayFraction)} "
        + $"{B(c.MissKm)} {B(c.RelativeSpeedKmPerSecond)} {B(c.MissRtnKm.X)} {B(c.MissRtnKm.Y)} {B(c.MissRtnKm.Z)} "
        + $"{B(c.State1.Position.X)} {B(c.State1.Position.Y)} {B(c.State1.Position.Z)} {B(c.State1.Velocity.X)} {B(c.State1.Velocity.Y)} {B(c.State1.Velocity.Z)} "
        + $"{B(c.State2.Position.X)} {B(c.State2.Position.Y)} {B(c.State2.Position.Z)} {B(c.State2.Velocity.X)} {B(c.State2.Velocity.Y)} {B(c.State2.Velocity.Z)}";

    public static string Bits(ScreeningExclusion x) =>
        $"{x.Role} {x.Index} {x.Elements.CatalogNumber} {x.Error} {B(x.FirstFailure.JulianDayMidnight)} {B(x.FirstFailure.DayFraction)}";

    /// <summary>The cluster result equals the single-machine one bit for bit: events, order, element sets, exclusions.</summary>
    public static void ShouldBeBitIdentical(ClusterScreeningResult cluster, ScreeningResult single)
    {
        cluster.Conjunctions.Select(Bits).Should().Equal(single.Conjunctions.Select(Bits));
        cluster.Conjunctions.Select(c => (c.Object1, c.Object2)).Should().Equal(single.Conjunctions.Select(c => (c.Object1, c.Object2)));
        cluster.Exclusions.Select(Bits).Should().Equal(single.Exclusions.Select(Bits));
    }

    /// <summary>Largest differences between matched events (same pairs in the same order required).</summary>
    public static (double TcaSeconds, double MissKm, double PositionKm, double RtnKm) MaxDifferences(ClusterScreeningResult cluster, ScreeningResult single)
    {
        cluster.Conjunctions.Select(c => (c.Index1, c.Index2)).Should().Equal(single.Conjunctions.Select(c => (c.Index1, c.Index2)));
        double dt = 0, dm = 0, dp = 0, dr = 0;
        for (int i = 0; i < single.Count; i++)
        {
            var a = cluster[i];
            var b = single[i];
            dt = Math.Max(dt, Math.Abs(a.Tca.SecondsSince(b.Tca)));
            dm = Math.Max(dm, Math.Abs(a.MissKm - b.MissKm));
            dp = Math.Max(dp, Math.Max((a.State1.Position - b.State1.Position).Norm, (a.State2.Position - b.State2.Position).Norm));
            dr = Math.Max(dr, (a.MissRtnKm - b.MissRtnKm).Norm);
        }
        return (dt, dm, dp, dr);
    }
}
