using Orleans;

namespace Astro.Debris.Orleans;

/// <summary>
/// One unit of a cluster screening job: the pairs between two object blocks (or inside one block) over a run of whole
/// grid intervals [<see cref="FirstInterval"/>, <see cref="EndInterval"/>) of the job's grid t_k = Start + k·h.
/// </summary>
/// <param name="Block1">The first object block (≤ <paramref name="Block2"/>).</param>
/// <param name="Block2">The second object block; equal to <paramref name="Block1"/> for the pairs inside one block.</param>
/// <param name="FirstInterval">The first grid interval of the time window.</param>
/// <param name="EndInterval">One past the last grid interval of the time window.</param>
[GenerateSerializer, Immutable]
public readonly record struct ScreeningShard(
    [property: Id(0)] int Block1,
    [property: Id(1)] int Block2,
    [property: Id(2)] int FirstInterval,
    [property: Id(3)] int EndInterval)
{
    /// <summary>Whether the shard owns the pairs inside one block (rather than the pairs between two blocks).</summary>
    public bool IsDiagonal => Block1 == Block2;

    /// <inheritdoc/>
    public override string ToString() => $"blocks {Block1}×{Block2}, intervals [{FirstInterval}, {EndInterval})";
}
