using Astro.Debris.Breakup;

namespace Astro.Debris.Tests.Breakup;

public class BreakupEventValidationTests
{
    private static readonly BreakupEvent GoodCollision = BreakupEvent.Collision(ParentObjectType.Spacecraft, 2000, 50, 7, 0.01, 1);
    private static readonly BreakupEvent GoodExplosion = BreakupEvent.Explosion(ParentObjectType.RocketBody, 800, 0.01, 1);

    public static TheoryData<string, BreakupEvent> BadEvents => new()
    {
        { "zero target mass", GoodCollision with { TargetMassKg = 0 } },
        { "negative target mass", GoodCollision with { TargetMassKg = -5 } },
        { "NaN target mass", GoodCollision with { TargetMassKg = double.NaN } },
        { "infinite target mass", GoodCollision with { TargetMassKg = double.PositiveInfinity } },
        { "zero projectile mass", GoodCollision with { ProjectileMassKg = 0 } },
        { "NaN projectile mass", GoodCollision with { ProjectileMassKg = double.NaN } },
        { "zero speed", GoodCollision with { ImpactSpeedKmPerSecond = 0 } },
        { "negative speed", GoodCollision with { ImpactSpeedKmPerSecond = -7 } },
        { "speed in m/s", GoodCollision with { ImpactSpeedKmPerSecond = 7000 } },
        { "NaN speed", GoodCollision with { ImpactSpeedKmPerSecond = double.NaN } },
        { "scale factor on a collision", GoodCollision with { ScaleFactor = 2 } },
        { "zero min size", GoodCollision with { MinimumCharacteristicLengthM = 0 } },
        { "negative min size", GoodCollision with { MinimumCharacteristicLengthM = -0.01 } },
        { "NaN min size", GoodCollision with { MinimumCharacteristicLengthM = double.NaN } },
        { "min size above parent size", GoodCollision with { MinimumCharacteristicLengthM = 10 } },
        { "min equal to max", GoodCollision with { MaximumCharacteristicLengthM = 0.01 } },
        { "max below min", GoodCollision with { MaximumCharacteristicLengthM = 0.001 } },
        { "NaN max", GoodCollision with { MaximumCharacteristicLengthM = double.NaN } },
        { "zero Δv cap", GoodCollision with { MaximumDeltaVMetersPerSecond = 0 } },
        { "NaN Δv cap", GoodCollision with { MaximumDeltaVMetersPerSecond = double.NaN } },
        { "undefined kind", GoodCollision with { Kind = (BreakupKind)7 } },
        { "undefined object type", GoodCollision with { ObjectType = (ParentObjectType)7 } },
        { "explosion with projectile", GoodExplosion with { ProjectileMassKg = 5 } },
        { "explosion with speed", GoodExplosion with { ImpactSpeedKmPerSecond = 5 } },
        { "explosion with projectile type", GoodExplosion with { ProjectileObjectType = ParentObjectType.Spacecraft } },
        { "zero scale factor", GoodExplosion with { ScaleFactor = 0 } },
        { "negative scale factor", GoodExplosion with { ScaleFactor = -1 } },
        { "absurd scale factor", GoodExplosion with { ScaleFactor = 1e6 } },
        { "NaN scale factor", GoodExplosion with { ScaleFactor = double.NaN } },
        { "too many fragments", GoodCollision with { MinimumCharacteristicLengthM = 1e-5 } },
    };

    [Theory]
    [MemberData(nameof(BadEvents))]
    public void Bad_events_throw_ArgumentException(string why, BreakupEvent e)
    {
        var act = () => BreakupModel.Generate(e);
        act.Should().Throw<ArgumentException>(why);
    }

    [Fact]
    public void Factories_validate()
    {
        FluentActions.Invoking(() => BreakupEvent.Collision(ParentObjectType.Spacecraft, 2000, 50, 0, 0.01, 1)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => BreakupEvent.Explosion(ParentObjectType.Spacecraft, -1, 0.01, 1)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new DeltaVLaw(0.9, 2.9, 0)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => DeltaVLaw.LogNormal(-1, 0.3)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => BreakupModel.Generate(GoodCollision, 0)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => BreakupModel.CollisionMassParameterKg(GoodExplosion)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => BreakupModel.CumulativeCount(GoodExplosion, 0)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Good_events_are_accepted()
    {
        GoodCollision.Invoking(e => e.Validate()).Should().NotThrow();
        GoodExplosion.Invoking(e => e.Validate()).Should().NotThrow();
        (GoodCollision with { MaximumDeltaVMetersPerSecond = 500, DeltaVLaw = DeltaVLaw.LogNormal(100, 0.3) })
            .Invoking(e => e.Validate()).Should().NotThrow();
    }
}
