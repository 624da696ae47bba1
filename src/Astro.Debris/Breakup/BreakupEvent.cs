namespace Astro.Debris.Breakup;

/// <summary>
/// Describes one fragmentation event for <see cref="BreakupModel.Generate(BreakupEvent)"/>. Build it with
/// <see cref="Explosion"/> or <see cref="Collision"/> (or an object initialiser) and adjust the optional properties with
/// <c>with</c>. Masses in kg, lengths in m, impact speed in km/s. <see cref="Validate"/> (called by the model) throws
/// <see cref="ArgumentException"/> for inconsistent or absurd values.
/// </summary>
public sealed record BreakupEvent
{
    /// <summary>Largest accepted impact speed, km/s.</summary>
    public const double MaximumImpactSpeedKmPerSecond = 100.0;

    /// <summary>Largest accepted target or projectile mass, kg (10,000 t: the heaviest object ever in orbit, the ISS,
    /// is about 420 t; a larger value is a unit error, e.g. grams, or garbage).</summary>
    public const double MaximumMassKg = 1e7;

    /// <summary>Explosion or collision.</summary>
    public BreakupKind Kind { get; init; }

    /// <summary>Class of the target (the exploding body, or the body labelled target in a collision); selects its A/M law.</summary>
    public ParentObjectType ObjectType { get; init; }

    /// <summary>Class of the projectile; <see langword="null"/> means the same as <see cref="ObjectType"/>. Collisions only.</summary>
    public ParentObjectType? ProjectileObjectType { get; init; }

    /// <summary>Mass of the target (or of the exploding body), kg, in (0, <see cref="MaximumMassKg"/>].</summary>
    public double TargetMassKg { get; init; }

    /// <summary>Mass of the projectile, kg: in (0, <see cref="MaximumMassKg"/>] for a collision, 0 for an explosion. The heavier body is treated as the target by the model.</summary>
    public double ProjectileMassKg { get; init; }

    /// <summary>Relative impact speed, km/s, in (0, 100] for a collision, 0 for an explosion.</summary>
    public double ImpactSpeedKmPerSecond { get; init; }

    /// <summary>Explosion scale factor S (dimensionless, default 1, must be in (0, 1000]); must stay 1 for a collision.</summary>
    public double ScaleFactor { get; init; } = 1.0;

    /// <summary>Smallest characteristic length generated, m (&gt; 0). The model was fitted down to 1 mm.</summary>
    public double MinimumCharacteristicLengthM { get; init; }

    /// <summary>
    /// Largest characteristic length of the power-law fragments, m; <see langword="null"/> means the size of the (heavier)
    /// parent from the density relation m = (π/6)·92.937·Lc^2.26 (see <see cref="BreakupModel.CharacteristicLengthFromMassM"/>).
    /// </summary>
    public double? MaximumCharacteristicLengthM { get; init; }

    /// <summary>Seed of the event's random generator: the same event and seed give the same fragments.</summary>
    public ulong Seed { get; init; }

    /// <summary>Ejection-speed law; <see langword="null"/> selects <see cref="DeltaVLaw.NasaExplosion"/> or <see cref="DeltaVLaw.NasaCollision"/> by <see cref="Kind"/>.</summary>
    public DeltaVLaw? DeltaVLaw { get; init; }

    /// <summary>
    /// Optional cap on |Δv|, m/s (&gt; 0). When set, log10(Δv) is drawn from its normal law truncated at log10(cap)
    /// (inverse-CDF sampling of the truncated normal), so no probability piles up at the cap.
    /// </summary>
    public double? MaximumDeltaVMetersPerSecond { get; init; }

    /// <summary>An explosion of one body.</summary>
    /// <param name="objectType">Class of the exploding body.</param>
    /// <param name="massKg">Its mass, kg.</param>
    /// <param name="minimumCharacteristicLengthM">Smallest fragment size generated, m.</param>
    /// <param name="seed">Random seed.</param>
    /// <param name="scaleFactor">Scale factor S (default 1).</param>
    /// <returns>The validated event.</returns>
    public static BreakupEvent Explosion(ParentObjectType objectType, double massKg, double minimumCharacteristicLengthM, ulong seed, double scaleFactor = 1.0)
    {
        var e = new BreakupEvent
        {
            Kind = BreakupKind.Explosion,
            ObjectType = objectType,
            TargetMassKg = massKg,
            ScaleFactor = scaleFactor,
            MinimumCharacteristicLengthM = minimumCharacteristicLengthM,
            Seed = seed,
        };
        e.Validate();
        return e;
    }

    /// <summary>A collision of two bodies.</summary>
    /// <param name="objectType">Class of the target (and of the projectile unless set separately).</param>
    /// <param name="targetMassKg">Target mass, kg.</param>
    /// <param name="projectileMassKg">Projectile mass, kg.</param>
    /// <param name="impactSpeedKmPerSecond">Relative speed, km/s.</param>
    /// <param name="minimumCharacteristicLengthM">Smallest fragment size generated, m.</param>
    /// <param name="seed">Random seed.</param>
    /// <returns>The validated event.</returns>
    public static BreakupEvent Collision(ParentObjectType objectType, double targetMassKg, double projectileMassKg,
        double impactSpeedKmPerSecond, double minimumCharacteristicLengthM, ulong seed)
    {
        var e = new BreakupEvent
        {
            Kind = BreakupKind.Collision,
            ObjectType = objectType,
            TargetMassKg = targetMassKg,
            ProjectileMassKg = projectileMassKg,
            ImpactSpeedKmPerSecond = impactSpeedKmPerSecond,
            MinimumCharacteristicLengthM = minimumCharacteristicLengthM,
            Seed = seed,
        };
        e.Validate();
        return e;
    }

    /// <summary>Checks the event; see the property docs for the accepted ranges.</summary>
    /// <exception cref="ArgumentException">A value is NaN/infinite, out of range or inconsistent with <see cref="Kind"/>.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(Kind)) throw new ArgumentException($"Unknown breakup kind {Kind}.", nameof(Kind));
        if (!Enum.IsDefined(ObjectType)) throw new ArgumentException($"Unknown object type {ObjectType}.", nameof(ObjectType));
        if (ProjectileObjectType is { } pt && !Enum.IsDefined(pt))
            throw new ArgumentException($"Unknown object type {pt}.", nameof(ProjectileObjectType));
        CheckPositive(TargetMassKg, nameof(TargetMassKg));
        CheckMass(TargetMassKg, nameof(TargetMassKg));
        CheckPositive(MinimumCharacteristicLengthM, nameof(MinimumCharacteristicLengthM));
        if (Kind == BreakupKind.Explosion)
        {
            if (ProjectileMassKg != 0)
                throw new ArgumentException($"An explosion has no projectile; ProjectileMassKg must be 0, not {ProjectileMassKg}.", nameof(ProjectileMassKg));
            if (ImpactSpeedKmPerSecond != 0)
                throw new ArgumentException($"An explosion has no impact speed; ImpactSpeedKmPerSecond must be 0, not {ImpactSpeedKmPerSecond}.", nameof(ImpactSpeedKmPerSecond));
            if (ProjectileObjectType is not null)
                throw new ArgumentException("An explosion has no projectile; leave ProjectileObjectType null.", nameof(ProjectileObjectType));
            CheckPositive(ScaleFactor, nameof(ScaleFactor));
            if (ScaleFactor > 1000)
                throw new ArgumentException($"Scale factor S = {ScaleFactor} is absurd (accepted: 0 < S ≤ 1000).", nameof(ScaleFactor));
        }
        else
        {
            CheckPositive(ProjectileMassKg, nameof(ProjectileMassKg));
            CheckMass(ProjectileMassKg, nameof(ProjectileMassKg));
            CheckPositive(ImpactSpeedKmPerSecond, nameof(ImpactSpeedKmPerSecond));
            if (ImpactSpeedKmPerSecond > MaximumImpactSpeedKmPerSecond)
                throw new ArgumentException($"Impact speed {ImpactSpeedKmPerSecond} km/s exceeds {MaximumImpactSpeedKmPerSecond} km/s (is it in m/s?).", nameof(ImpactSpeedKmPerSecond));
            if (ScaleFactor != 1.0)
                throw new ArgumentException($"The scale factor applies to explosions only; it must be 1 for a collision, not {ScaleFactor}.", nameof(ScaleFactor));
        }
        if (MaximumCharacteristicLengthM is { } max)
        {
            CheckPositive(max, nameof(MaximumCharacteristicLengthM));
        }
        double upper = BreakupModel.MaximumCharacteristicLength(this);
        if (MinimumCharacteristicLengthM >= upper)
            throw new ArgumentException(
                $"Minimum characteristic length {MinimumCharacteristicLengthM} m must be below the maximum {upper} m" +
                (MaximumCharacteristicLengthM is null ? " (the parent's size from its mass)." : "."), nameof(MinimumCharacteristicLengthM));
        if (MaximumDeltaVMetersPerSecond is { } cap) CheckPositive(cap, nameof(MaximumDeltaVMetersPerSecond));
    }

    private static void CheckMass(double value, string name)
    {
        if (value > MaximumMassKg)
            throw new ArgumentException($"{name} {value} kg exceeds {MaximumMassKg} kg (is it in grams?).", name);
    }

    private static void CheckPositive(double value, string name)
    {
        if (!double.IsFinite(value)) throw new ArgumentException($"{name} must be a finite number, not {value}.", name);
        if (value <= 0) throw new ArgumentException($"{name} must be positive, not {value}.", name);
    }
}
