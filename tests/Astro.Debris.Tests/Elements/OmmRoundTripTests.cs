using Astro.Debris.Elements;
using static Astro.Debris.Tests.Elements.TestData;

namespace Astro.Debris.Tests.Elements;

public class OmmRoundTripTests
{
    private static List<ElementSet> Sample()
    {
        using var reader = new StreamReader(SgpVerPath);
        var sets = TleReader.Read(reader, SgpVerPath, new ElementReadOptions { VerifyChecksum = false }).Elements
            .Select((e, i) => i % 3 == 0 ? e with { Name = $"OBJ, \"{i}\" <&>" } : e)
            .ToList();
        var catalog = TleReader.Read(new StringReader(CatalogText()), "catalog").Elements;
        sets.AddRange(catalog.Where((_, i) => i % 10 == 0));
        sets.Add(catalog[0] with { CatalogNumber = 123_456_789, InternationalDesignator = "", Name = "BEYOND TLE" });
        return sets;
    }

    [Theory]
    [InlineData(OmmFormat.Kvn, false)]
    [InlineData(OmmFormat.Xml, false)]
    [InlineData(OmmFormat.Json, false)]
    [InlineData(OmmFormat.Json, true)]
    [InlineData(OmmFormat.Csv, false)]
    public void Write_then_read_gives_the_same_elements(OmmFormat format, bool numbersAsStrings)
    {
        var sets = Sample();
        string text = OmmWriter.ToString(sets, format, numbersAsStrings);
        var back = OmmReader.Parse(text, "written", format: null).Elements; // format detected from the content
        back.Should().HaveCount(sets.Count);
        for (int i = 0; i < sets.Count; i++)
        {
            OmmReaderTests.ShouldMatch(back[i], sets[i], relative: 1e-12, epochSeconds: 0.5e-6);
            back[i].Name.Should().Be(sets[i].Name);
            // Angles are written as the shortest decimal that maps back to the same radians: exact.
            back[i].Inclination.Should().Be(sets[i].Inclination);
            back[i].MeanAnomaly.Should().Be(sets[i].MeanAnomaly);
            back[i].BStar.Should().Be(sets[i].BStar);
        }
    }

    [Fact]
    public void TLE_to_OMM_to_TLE_gives_the_same_lines()
    {
        var tle = TleReader.Parse(VanguardLine1, VanguardLine2, "VANGUARD 1");
        foreach (OmmFormat format in Enum.GetValues<OmmFormat>())
        {
            var back = OmmReader.Parse(OmmWriter.ToString(new[] { tle }, format), "x", format).Elements.Single();
            TleWriter.Format(back).Should().Be((VanguardLine1, VanguardLine2));
        }
    }

    [Fact]
    public void Writes_CelesTrak_style_text()
    {
        var tle = TleReader.Parse(VanguardLine1, VanguardLine2, "VANGUARD 1");
        string kvn = OmmWriter.ToString(new[] { tle }, OmmFormat.Kvn);
        kvn.Should().Contain("OBJECT_ID      = 1958-002B\n").And.Contain("EPOCH          = 2020-10-13T04:52:48.472320\n")
            .And.Contain("INCLINATION    = 34.2443\n").And.Contain("ECCENTRICITY   = 0.1845686\n").And.Contain("BSTAR          = -2.2483E-05\n");
        string csv = OmmWriter.ToString(new[] { tle }, OmmFormat.Csv);
        csv.Split('\n')[0].Should().Be(File.ReadAllText(OmmSample("python-sgp4_sample_omm.csv")).Split('\n')[0].TrimEnd('\r'));
        OmmWriter.ToString(new[] { tle }, OmmFormat.Json).Should().Contain("\"MEAN_MOTION\": 10.84869164,");
        OmmWriter.ToString(new[] { tle }, OmmFormat.Json, jsonNumbersAsStrings: true).Should().Contain("\"MEAN_MOTION\": \"10.84869164\",");
        OmmWriter.ToString(new[] { tle }, OmmFormat.Xml).Should().Contain("<RA_OF_ASC_NODE>225.5254</RA_OF_ASC_NODE>");
    }

    [Theory]
    [InlineData("1998-067A", "98067A")]
    [InlineData("1958-002B", "58002B")]
    [InlineData("2013-066AE", "13066AE")]
    [InlineData("", "")]
    public void Converts_OBJECT_ID_to_and_from_the_TLE_designator(string objectId, string designator)
    {
        OmmRecord.ObjectIdToDesignator(objectId).Should().Be(designator);
        OmmRecord.DesignatorToObjectId(designator).Should().Be(objectId);
    }
}
