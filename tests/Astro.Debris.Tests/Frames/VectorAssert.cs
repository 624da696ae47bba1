namespace Astro.Debris.Tests.Frames;

internal static class VectorAssert
{
    /// <summary>Asserts every component within <paramref name="tolerance"/>; returns the largest component error.</summary>
    internal static double Close(Vector3D actual, Vector3D expected, double tolerance, string what = "")
    {
        double err = Math.Max(Math.Abs(actual.X - expected.X), Math.Max(Math.Abs(actual.Y - expected.Y), Math.Abs(actual.Z - expected.Z)));
        err.Should().BeLessThanOrEqualTo(tolerance, $"{what}: actual {actual} vs expected {expected}");
        return err;
    }
}
