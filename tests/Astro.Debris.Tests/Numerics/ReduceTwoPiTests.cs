using System.Runtime.Intrinsics;
using Astro.Debris.Numerics;

namespace Astro.Debris.Tests.Numerics;

public class ReduceTwoPiTests
{
    [Fact]
    public void Small_arguments_are_returned_unchanged()
    {
        foreach (double x in new[] { 0.0, -0.0, 1e-300, 1.0, -3.0, Math.PI, -Math.PI, 3.1 })
        {
            VectorMath.TrigArgument(Vector256.Create(x)).GetElement(0).Should().Be(x);
            VectorMath.ReduceTwoPi(Vector128.Create(x)).GetElement(0).Should().Be(x, "k = 0 makes the reduction the identity");
        }
    }

    [Fact]
    public void Vector_sin_and_cos_of_large_arguments_agree_with_Math_after_reduction()
    {
        var rng = new Random(7);
        double worst = 0;
        for (int i = 0; i < 20_000; i++)
        {
            double x = (rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(1, 7)) * 2; // |x| up to 1e6 rad
            var r = VectorMath.ReduceTwoPi(Vector512.Create(x));
            Math.Abs(r.GetElement(0)).Should().BeLessThanOrEqualTo(Math.PI + 1e-12);
            var (s, c) = Vector512.SinCos(VectorMath.TrigArgument(Vector512.Create(x)));
            worst = Math.Max(worst, Math.Max(Math.Abs(s.GetElement(0) - Math.Sin(x)), Math.Abs(c.GetElement(0) - Math.Cos(x))));
            double r256 = VectorMath.ReduceTwoPi(Vector256.Create(x)).GetElement(0);
            r256.Should().Be(r.GetElement(0), "every width reduces identically");
        }
        worst.Should().BeLessThan(1e-15, "the reduction is exact to ~1e-16 rad below 6e6 rad");
    }
}
