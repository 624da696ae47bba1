namespace Astro.Debris;

/// <summary>Argument checks shared by the library (NodaTime style).</summary>
internal static class Preconditions
{
    internal static void CheckFinite(double value, string paramName)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(paramName, value, "The value must be a finite number.");
    }

    internal static void CheckDestination(int needed, int available, string paramName)
    {
        if (available < needed)
            throw new ArgumentException($"Destination is too short: {available} elements, {needed} needed.", paramName);
    }
}
