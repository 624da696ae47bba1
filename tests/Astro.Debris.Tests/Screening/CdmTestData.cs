using System.Globalization;
using System.Reflection;
using Astro.Debris.Screening;

namespace Astro.Debris.Tests.Screening;

/// <summary>The CDM test files (tests/data/pc-cases, copied to the output folder) and comparison helpers.</summary>
internal static class CdmTestData
{
    public static string PathOf(params string[] parts)
        => Path.Combine(new[] { AppContext.BaseDirectory, "data", "pc-cases" }.Concat(parts).ToArray());

    public static string CaraPcFolder => PathOf("cara-pc-method-test");

    public static string CaraSampleFolder => PathOf("cara-sample-cdms");

    public static string ExamplesFolder => PathOf("cdm-examples");

    public static string Example(string name) => PathOf("cdm-examples", name);

    public static string CaraPc(string name) => PathOf("cara-pc-method-test", name);

    public static string CaraSample(string name) => PathOf("cara-sample-cdms", name);

    /// <summary>Every CDM file of the three folders (53 + 34 + 5).</summary>
    public static IReadOnlyList<string> AllFiles()
        => Directory.GetFiles(CaraPcFolder, "*.cdm")
            .Concat(Directory.GetFiles(CaraSampleFolder, "*.cdm"))
            .Concat(Directory.GetFiles(ExamplesFolder).Where(f => f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    /// <summary>xunit data: the file paths relative to data/pc-cases.</summary>
    public static IEnumerable<object[]> AllFileNames()
        => AllFiles().Select(f => new object[] { Path.GetRelativePath(PathOf(), f) });

    /// <summary>The entries of every section as (section, keyword, value, units) lines.</summary>
    public static List<string> KeywordList(ConjunctionDataMessage m)
    {
        var list = new List<string>();
        void Add(string section, IReadOnlyList<CdmEntry> entries)
        {
            foreach (var e in entries) list.Add($"{section}|{e.Keyword}|{e.Value ?? "<nil>"}|{e.Units ?? ""}");
        }
        Add("header", m.HeaderEntries);
        Add("relative", m.RelativeMetadataEntries);
        Add("object1", m.Object1.Entries);
        Add("object2", m.Object2.Entries);
        return list;
    }

    /// <summary>Every typed public property of the message and its objects (entry lists aside), as text, exact for numbers.</summary>
    public static List<string> Fields(ConjunctionDataMessage m)
    {
        var list = new List<string>();
        AddProperties(list, "msg", m, typeof(ConjunctionDataMessage));
        AddProperties(list, "o1", m.Object1, typeof(CdmObject));
        AddProperties(list, "o2", m.Object2, typeof(CdmObject));
        return list;
    }

    private static void AddProperties(List<string> list, string prefix, object o, Type type)
    {
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (p.GetIndexParameters().Length > 0) continue;
            if (p.PropertyType == typeof(IReadOnlyList<CdmEntry>) || p.PropertyType == typeof(CdmObject)) continue;
            list.Add($"{prefix}.{p.Name}={Text(p.GetValue(o))}");
        }
    }

    private static string Text(object? v) => v switch
    {
        null => "<null>",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        Vector3D x => $"({Text(x.X)}, {Text(x.Y)}, {Text(x.Z)})",
        IReadOnlyList<string> s => "[" + string.Join(" | ", s) + "]",
        CdmCovariance c => $"cov{c.Dimension}[" + string.Join(", ", Enumerable.Range(0, c.Dimension)
            .SelectMany(r => Enumerable.Range(0, c.Dimension).Select(k => Text(c[r, k])))) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };

    /// <summary>The two messages hold the same typed values and the same entries.</summary>
    public static void ShouldBeSameMessage(ConjunctionDataMessage actual, ConjunctionDataMessage expected)
    {
        Fields(actual).Should().Equal(Fields(expected));
        KeywordList(actual).Should().Equal(KeywordList(expected));
    }
}
