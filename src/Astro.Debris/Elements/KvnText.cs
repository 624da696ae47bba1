namespace Astro.Debris.Elements;

/// <summary>Small text helpers shared by the KVN readers (OMM and CDM).</summary>
internal static class KvnText
{
    /// <summary>The 1-based column of the first character that is not a blank or tab (1 for a blank line).</summary>
    public static int FirstNonBlank(string line)
    {
        for (int k = 0; k < line.Length; k++)
        {
            if (line[k] != ' ' && line[k] != '\t') return k + 1;
        }
        return 1;
    }
}
