using Astro.Debris.Screening;
using static Astro.Debris.Tests.Screening.CdmTestData;

namespace Astro.Debris.Tests.Screening;

public class CdmRoundTripTests
{
    [Theory]
    [MemberData(nameof(AllFileNames), MemberType = typeof(CdmTestData))]
    public void Every_file_round_trips_through_KVN_and_XML_in_both_directions(string relativePath)
    {
        var original = CdmReader.ReadFile(PathOf(relativePath));

        string kvn = CdmWriter.WriteKvn(original);
        string xml = CdmWriter.WriteXml(original);
        CdmReader.DetectFormat(kvn).Should().Be(CdmFormat.Kvn);
        CdmReader.DetectFormat(xml).Should().Be(CdmFormat.Xml);

        var fromKvn = CdmReader.Read(kvn, "kvn");
        var fromXml = CdmReader.Read(xml, "xml");
        ShouldBeSameMessage(fromKvn, original);
        ShouldBeSameMessage(fromXml, original);

        // KVN → XML → KVN and XML → KVN → XML.
        var kvnXmlKvn = CdmReader.Read(CdmWriter.WriteKvn(CdmReader.Read(CdmWriter.WriteXml(fromKvn), "k-x")), "k-x-k");
        var xmlKvnXml = CdmReader.Read(CdmWriter.WriteXml(CdmReader.Read(CdmWriter.WriteKvn(fromXml), "x-k")), "x-k-x");
        ShouldBeSameMessage(kvnXmlKvn, original);
        ShouldBeSameMessage(xmlKvnXml, original);

        // Writing is deterministic: the text of a re-read message is the same text.
        CdmWriter.WriteKvn(fromKvn).Should().Be(kvn);
        CdmWriter.WriteXml(fromXml).Should().Be(xml);
        CdmWriter.WriteKvn(kvnXmlKvn).Should().Be(kvn);
    }

    [Fact]
    public void Numbers_keep_their_text()
    {
        var m = CdmReader.ReadFile(CaraPc("000020580_conj_000002017_20230613_001923_20230608_063715.cdm"));
        string kvn = CdmWriter.WriteKvn(m);
        kvn.Should().Contain("CR_R                                 = 8.852074177874744692e+02 [m**2]\n");
        kvn.Should().Contain("COMMENT HBR = 10 [m]\n");
        string xml = CdmWriter.WriteXml(m);
        xml.Should().Contain("<CR_R units=\"m**2\">8.852074177874744692e+02</CR_R>");
        xml.Should().Contain("<COMMENT>HBR = 10 [m]</COMMENT>");
        xml.Should().StartWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cdm ");
        xml.Should().Contain("id=\"CCSDS_CDM_VERS\" version=\"1.0\"");
    }

    [Fact]
    public void KVN_to_XML_places_keywords_in_their_blocks()
    {
        var m = CdmReader.ReadFile(Example("CDMExample2.txt"));
        var doc = System.Xml.Linq.XDocument.Parse(CdmWriter.WriteXml(m));
        var root = doc.Root!;
        root.Name.LocalName.Should().Be("cdm");
        root.Element("header")!.Element("MESSAGE_ID")!.Value.Should().Be("201113719185");
        var rel = root.Element("body")!.Element("relativeMetadataData")!;
        rel.Element("relativeStateVector")!.Element("RELATIVE_POSITION_N")!.Value.Should().Be("711.8");
        rel.Element("SCREEN_VOLUME_X")!.Attribute("units")!.Value.Should().Be("m");
        var segments = root.Element("body")!.Elements("segment").ToList();
        segments.Should().HaveCount(2);
        var data = segments[0].Element("data")!;
        segments[0].Element("metadata")!.Element("OBJECT")!.Value.Should().Be("OBJECT1");
        data.Element("odParameters")!.Element("OBS_USED")!.Value.Should().Be("579");
        data.Element("additionalParameters")!.Element("MASS")!.Value.Should().Be("251.6");
        data.Element("stateVector")!.Element("X")!.Value.Should().Be("2570.097065");
        data.Element("covarianceMatrix")!.Element("CSRP_SRP")!.Value.Should().Be("1.593E-02");
        data.Element("stateVector")!.Element("COMMENT")!.Value.Should().Be("Object1 State Vector");
    }

    [Fact]
    public void XML_to_XML_keeps_the_CDM_2_0_blocks()
    {
        var m = CdmReader.ReadFile(Example("CDMExample_issue_940.xml"));
        var doc = System.Xml.Linq.XDocument.Parse(CdmWriter.WriteXml(m));
        var data = doc.Root!.Element("body")!.Elements("segment").First().Element("data")!;
        data.Elements("covarianceMatrix").Should().HaveCount(3);
        data.Elements("COMMENT").Single().Value.Should().Be("Object1 Data");
        doc.Root.Attribute("version")!.Value.Should().Be("2.0");
    }

    [Fact]
    public void Nil_values_survive_both_encodings()
    {
        var m = CdmReader.ReadFile(Example("CDMExample_issue1319.xml"));
        string kvn = CdmWriter.WriteKvn(m);
        kvn.Should().Contain("START_SCREEN_PERIOD                  =\n");
        kvn.Should().Contain("SCREEN_VOLUME_X                      = [m]\n");
        string xml = CdmWriter.WriteXml(CdmReader.Read(kvn));
        xml.Should().Contain("<SCREEN_VOLUME_X xsi:nil=\"true\" units=\"m\" />");
    }

    [Fact]
    public void WriteFile_chooses_the_encoding_from_the_extension()
    {
        var m = CdmReader.ReadFile(Example("CDMExample2.txt"));
        string dir = Path.Combine(Path.GetTempPath(), "astro-debris-cdm-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            CdmWriter.WriteFile(m, Path.Combine(dir, "a.xml"));
            CdmWriter.WriteFile(m, Path.Combine(dir, "a.cdm"));
            File.ReadAllText(Path.Combine(dir, "a.xml")).Should().StartWith("<?xml");
            File.ReadAllText(Path.Combine(dir, "a.cdm")).Should().StartWith("CCSDS_CDM_VERS");
            ShouldBeSameMessage(CdmReader.ReadFile(Path.Combine(dir, "a.xml")), m);
            ShouldBeSameMessage(CdmReader.ReadFile(Path.Combine(dir, "a.cdm")), m);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
