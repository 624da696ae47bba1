namespace Astro.Debris.Screening;

/// <summary>The entries of one section as read, with the line where the section began (for errors).</summary>
internal sealed record CdmSection(IReadOnlyList<CdmEntry> Entries, int Line);
