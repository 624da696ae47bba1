using Astro.Debris.Elements;
using Astro.Debris.Propagation;
using Astro.Debris.Screening;
using Astro.Debris.Time;
using Orleans;

namespace Astro.Debris.Orleans;

/// <summary>An element set on the wire: every field, bit for bit (the epoch as its two Julian-date parts).</summary>
[GenerateSerializer, Immutable]
internal sealed record ElementSetData(
    [property: Id(0)] int CatalogNumber, [property: Id(1)] string? Name, [property: Id(2)] char Classification,
    [property: Id(3)] string InternationalDesignator, [property: Id(4)] double EpochMidnight, [property: Id(5)] double EpochFraction,
    [property: Id(6)] double MeanMotionDot, [property: Id(7)] double MeanMotionDdot, [property: Id(8)] double BStar,
    [property: Id(9)] int EphemerisType, [property: Id(10)] int ElementSetNumber, [property: Id(11)] double Inclination,
    [property: Id(12)] double RightAscensionOfAscendingNode, [property: Id(13)] double Eccentricity,
    [property: Id(14)] double ArgumentOfPerigee, [property: Id(15)] double MeanAnomaly, [property: Id(16)] double MeanMotion,
    [property: Id(17)] int RevolutionNumber)
{
    public static ElementSetData From(ElementSet e) => new(e.CatalogNumber, e.Name, e.Classification, e.InternationalDesignator,
        e.Epoch.JulianDayMidnight, e.Epoch.DayFraction, e.MeanMotionDot, e.MeanMotionDdot, e.BStar, e.EphemerisType,
        e.ElementSetNumber, e.Inclination, e.RightAscensionOfAscendingNode, e.Eccentricity, e.ArgumentOfPerigee, e.MeanAnomaly,
        e.MeanMotion, e.RevolutionNumber);

    public ElementSet ToElementSet() => new()
    {
        CatalogNumber = CatalogNumber, Name = Name, Classification = Classification, InternationalDesignator = InternationalDesignator,
        Epoch = Epoch.FromJulianDate(EpochMidnight, EpochFraction), MeanMotionDot = MeanMotionDot, MeanMotionDdot = MeanMotionDdot,
        BStar = BStar, EphemerisType = EphemerisType, ElementSetNumber = ElementSetNumber, Inclination = Inclination,
        RightAscensionOfAscendingNode = RightAscensionOfAscendingNode, Eccentricity = Eccentricity,
        ArgumentOfPerigee = ArgumentOfPerigee, MeanAnomaly = MeanAnomaly, MeanMotion = MeanMotion, RevolutionNumber = RevolutionNumber,
    };
}

/// <summary>A screening job as uploaded once per silo: the catalogue, the options (with the job's step made explicit) and the plan's cuts.</summary>
[GenerateSerializer, Immutable]
internal sealed record ScreeningJobData(
    [property: Id(0)] ElementSetData[] Catalog,
    [property: Id(1)] double StartMidnight, [property: Id(2)] double StartFraction,
    [property: Id(3)] double EndMidnight, [property: Id(4)] double EndFraction,
    [property: Id(5)] double ThresholdKm, [property: Id(6)] double StepSeconds, [property: Id(7)] int MaxDegreeOfParallelism,
    [property: Id(8)] int BlockSteps, [property: Id(9)] double PrefilterPadKm, [property: Id(10)] int GravityModel,
    [property: Id(11)] int OperationMode, [property: Id(12)] double[]? Volume, [property: Id(13)] int VolumeShape,
    [property: Id(14)] int Intervals, [property: Id(15)] int[] BlockStarts)
{
    public static ScreeningJobData From(IReadOnlyList<ElementSet> catalog, ScreeningOptions o, double stepSeconds, ShardPlan plan) => new(
        catalog.Select(ElementSetData.From).ToArray(),
        o.Start.JulianDayMidnight, o.Start.DayFraction, o.End.JulianDayMidnight, o.End.DayFraction,
        o.ThresholdKm, stepSeconds, o.MaxDegreeOfParallelism, o.BlockSteps, o.PrefilterPadKm, (int)o.GravityModel, (int)o.OperationMode,
        o.Volume is { } v ? [v.RadialKm, v.InTrackKm, v.CrossTrackKm] : null, o.Volume is { } w ? (int)w.Shape : 0,
        plan.Intervals, plan.BlockStarts.ToArray());

    /// <summary>The job's options with the step made explicit.</summary>
    public ScreeningOptions ToOptions() =>
        new ScreeningOptions(Epoch.FromJulianDate(StartMidnight, StartFraction), Epoch.FromJulianDate(EndMidnight, EndFraction), ThresholdKm)
        {
            StepSeconds = StepSeconds,
            MaxDegreeOfParallelism = MaxDegreeOfParallelism,
            BlockSteps = BlockSteps,
            PrefilterPadKm = PrefilterPadKm,
            GravityModel = (GravityModel)GravityModel,
            OperationMode = (OperationMode)OperationMode,
            Volume = Volume is { } v ? new ScreeningVolume(v[0], v[1], v[2], (ScreeningVolumeShape)VolumeShape) : null,
        };
}

/// <summary>A conjunction on the wire, with global catalogue indices; the coordinator rebuilds it against its own catalogue.</summary>
[GenerateSerializer, Immutable]
internal sealed record ConjunctionData(
    [property: Id(0)] int Index1, [property: Id(1)] int Index2, [property: Id(2)] double TcaMidnight, [property: Id(3)] double TcaFraction,
    [property: Id(4)] double MissKm, [property: Id(5)] double RelativeSpeedKmPerSecond, [property: Id(6)] double[] Vectors)
{
    public static ConjunctionData From(Conjunction c, int index1, int index2) => new(index1, index2, c.Tca.JulianDayMidnight,
        c.Tca.DayFraction, c.MissKm, c.RelativeSpeedKmPerSecond,
        [c.MissRtnKm.X, c.MissRtnKm.Y, c.MissRtnKm.Z,
         c.State1.Position.X, c.State1.Position.Y, c.State1.Position.Z, c.State1.Velocity.X, c.State1.Velocity.Y, c.State1.Velocity.Z,
         c.State2.Position.X, c.State2.Position.Y, c.State2.Position.Z, c.State2.Velocity.X, c.State2.Velocity.Y, c.State2.Velocity.Z]);

    public Epoch Tca => Epoch.FromJulianDate(TcaMidnight, TcaFraction);

    public Conjunction ToConjunction(IReadOnlyList<ElementSet> catalog)
    {
        var v = Vectors;
        return new Conjunction(catalog[Index1], Index1, catalog[Index2], Index2, Tca, MissKm, RelativeSpeedKmPerSecond,
            new Vector3D(v[0], v[1], v[2]),
            new StateVector(new Vector3D(v[3], v[4], v[5]), new Vector3D(v[6], v[7], v[8])),
            new StateVector(new Vector3D(v[9], v[10], v[11]), new Vector3D(v[12], v[13], v[14])));
    }
}

/// <summary>An exclusion on the wire (global catalogue index).</summary>
[GenerateSerializer, Immutable]
internal sealed record ExclusionData(
    [property: Id(0)] int Index, [property: Id(1)] int Error, [property: Id(2)] double FailureMidnight, [property: Id(3)] double FailureFraction)
{
    public Epoch FirstFailure => Epoch.FromJulianDate(FailureMidnight, FailureFraction);
}

/// <summary>Where a shard stands on a silo.</summary>
[GenerateSerializer]
internal enum ShardStatus
{
    /// <summary>Done: the events and exclusions are in the reply.</summary>
    Completed = 0,

    /// <summary>Started and still running.</summary>
    Running = 1,

    /// <summary>The silo does not hold the job's catalogue (new silo, or the cache dropped it): upload, then start again.</summary>
    CatalogMissing = 2,

    /// <summary>The silo does not know the shard (it restarted, or the result was already collected): start it again.</summary>
    Unknown = 3,
}

/// <summary>What a silo says about a shard.</summary>
[GenerateSerializer, Immutable]
internal sealed record ShardResultData(
    [property: Id(0)] ShardStatus Status,
    [property: Id(1)] ConjunctionData[] Conjunctions,
    [property: Id(2)] ExclusionData[] Exclusions,
    [property: Id(3)] long CandidateIntervals,
    [property: Id(4)] double ComputeSeconds,
    [property: Id(5)] string Silo)
{
    public static ShardResultData Of(ShardStatus status, string silo) => new(status, [], [], 0, 0.0, silo);
}

/// <summary>A silo's view of the screening work it did (for tests and diagnostics).</summary>
[GenerateSerializer, Immutable]
internal sealed record SiloScreeningCounters(
    [property: Id(0)] string Silo, [property: Id(1)] int ProcessorCount, [property: Id(2)] int CatalogUploads,
    [property: Id(3)] int ShardsRun, [property: Id(4)] int JobsCached);
