using Astro.Debris.Elements;
using static Astro.Debris.Tests.Elements.TestData;

namespace Astro.Debris.Tests.Elements;

public class TleFileTests
{
    private static readonly ElementReadOptions NoChecksum = new() { VerifyChecksum = false };

    [Fact]
    public void Reads_all_25975_sets_of_the_2022_catalogue_without_error()
    {
        var r = TleReader.Read(new StringReader(CatalogText()), "catalog-2022-08-09.tle",
            new ElementReadOptions { OnError = ErrorHandling.SkipAndReport });
        r.Errors.Should().BeEmpty();
        r.Elements.Should().HaveCount(25975);
        r.Elements.Count(e => e.CatalogNumber < 100 && e.CatalogNumber > 0).Should().BeGreaterThan(0);
        r.Elements.Count(e => e.CatalogNumber >= 100000).Should().Be(275, "the catalogue holds 275 Alpha-5 sets (T0000... = 270000...)");
        r.Elements.Where(e => e.CatalogNumber < 100000).Max(e => e.CatalogNumber).Should().Be(89496);
    }

    [Fact]
    public void Round_trips_every_catalogue_set_through_the_writer()
    {
        string text = CatalogText();
        var lines = text.TrimStart('\uFEFF').Split('\n');
        int identicalText = 0, sets = 0;
        for (int i = 0; i + 1 < lines.Length; i += 2)
        {
            var parsed = TleReader.Parse(lines[i], lines[i + 1]);
            var (l1, l2) = TleWriter.Format(parsed);
            l1.Should().HaveLength(69);
            l2.Should().HaveLength(69);
            var again = TleReader.Parse(l1, l2); // checksums verified
            if (again != parsed) again.Should().Be(parsed, $"set {i / 2} ({lines[i]}) must round-trip");
            if (l1 == lines[i].TrimEnd() && l2 == lines[i + 1].TrimEnd()) identicalText++;
            else if (Environment.GetEnvironmentVariable("ASTRO_DEBRIS_SHOW_TLE_DIFFS") is not null && sets % 50 == 0)
                Console.Error.WriteLine($"{lines[i].TrimEnd()}\n{l1}\n{lines[i + 1].TrimEnd()}\n{l2}\n");
            sets++;
        }
        sets.Should().Be(25975);
        // Text differs only where the source uses legal variants (blank-padded numbers, '+' signs, 00000-0 vs 00000+0).
        identicalText.Should().BeGreaterThan(22000); // measured 22,720; the others differ only in such variants
    }

    [Fact]
    public void Reads_the_33_sets_of_SGP4_VER_with_checksums_relaxed()
    {
        using var reader = new StreamReader(SgpVerPath);
        var r = TleReader.Read(reader, SgpVerPath, NoChecksum);
        r.Elements.Should().HaveCount(33);
        r.Elements.Select(e => e.CatalogNumber).Distinct().Should().HaveCount(32);
        var e11801 = r.Elements.Single(e => e.CatalogNumber == 11801);
        e11801.InternationalDesignator.Should().Be("");
        e11801.ElementSetNumber.Should().Be(1);
        e11801.EphemerisType.Should().Be(0);
        r.Elements.Single(e => e.CatalogNumber == 29141).InternationalDesignator.Should().Be("85108AA");
        r.Elements.Single(e => e.CatalogNumber == 16925).MeanMotionDdot.Should().Be(-0.30915 * 1e-6);
    }

    [Fact]
    public void SGP4_VER_sets_33333_33334_33335_fail_with_checksums_verified()
    {
        using var reader = new StreamReader(SgpVerPath);
        var r = TleReader.Read(reader, SgpVerPath, new ElementReadOptions { OnError = ErrorHandling.SkipAndReport });
        r.Elements.Should().HaveCount(30);
        r.Elements.Select(e => e.CatalogNumber).Should().NotContain(new[] { 33333, 33334, 33335 });
        r.Errors.Should().HaveCount(3);
        r.Errors.Should().OnlyContain(e => e.Column == 69 && e.Expected.Contains("checksum"));
        r.Errors.Select(e => e.SourceName).Should().AllBe(SgpVerPath);
    }

    [Fact]
    public void Round_trips_every_SGP4_VER_set_through_the_writer()
    {
        using var reader = new StreamReader(SgpVerPath);
        var sets = TleReader.Read(reader, SgpVerPath, NoChecksum).Elements;
        foreach (var e in sets)
        {
            var (l1, l2) = TleWriter.Format(e);
            TleReader.Parse(l1, l2).Should().Be(e);
        }
    }

    [Fact]
    public void Writes_a_three_line_file_that_reads_back_identically()
    {
        using var reader = new StreamReader(SgpVerPath);
        var sets = TleReader.Read(reader, SgpVerPath, NoChecksum).Elements
            .Select((e, i) => i % 2 == 0 ? e with { Name = $"OBJECT {i}" } : e).ToList();
        foreach (bool zeroPrefix in new[] { false, true })
        {
            var sw = new StringWriter();
            TleWriter.Write(sets, sw, zeroPrefixNames: zeroPrefix);
            var back = TleReader.Read(new StringReader(sw.ToString()), "written.tle").Elements;
            back.Should().Equal(sets);
        }
    }
}
