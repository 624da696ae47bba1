using Astro.Debris.Elements;
using static Astro.Debris.Tests.Elements.TestData;

namespace Astro.Debris.Tests.Elements;

public sealed class ElementsReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("astro-debris-elements-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("sgpnet_kvn_visual.txt", 148)]      // .txt: detected by content (KVN)
    [InlineData("sgpnet_tle_last-30-days.txt", 285)] // .txt: detected by content (TLE)
    [InlineData("sgpnet_xml_stations.xml", 27)]
    [InlineData("sgpnet_csv_resource.csv", 167)]
    [InlineData("sgpnet_jsonpp_weather.json", 70)]
    public void Reads_sample_files_of_every_format(string file, int count)
    {
        ElementsReader.ReadFile(OmmSample(file)).Elements.Should().HaveCount(count);
    }

    [Fact]
    public void Reads_the_verification_file_with_checksums_relaxed()
    {
        ElementsReader.ReadFile(SgpVerPath, new ElementReadOptions { VerifyChecksum = false }).Elements.Should().HaveCount(33);
    }

    [Theory]
    [InlineData("a.tle", ElementFormat.Tle)]
    [InlineData("a.3LE", ElementFormat.Tle)]
    [InlineData("a.2le", ElementFormat.Tle)]
    [InlineData("a.kvn", ElementFormat.OmmKvn)]
    [InlineData("a.omm", ElementFormat.OmmKvn)]
    [InlineData("a.xml", ElementFormat.OmmXml)]
    [InlineData("a.json", ElementFormat.OmmJson)]
    [InlineData("a.csv", ElementFormat.OmmCsv)]
    [InlineData("a.txt", null)]
    [InlineData("noextension", null)]
    public void Maps_extensions_to_formats(string path, ElementFormat? format)
    {
        ElementsReader.FormatFromExtension(path).Should().Be(format);
    }

    [Theory]
    [InlineData(OmmFormat.Kvn, "elements.dat")]
    [InlineData(OmmFormat.Xml, "elements")]
    [InlineData(OmmFormat.Json, "elements.txt")]
    [InlineData(OmmFormat.Csv, "elements.out")]
    public void Detects_OMM_by_content_when_the_extension_says_nothing(OmmFormat format, string name)
    {
        var set = TleReader.Parse(IssLine1, IssLine2, "ISS (ZARYA)");
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, OmmWriter.ToString(new[] { set }, format));
        ElementsReader.ReadFile(path).Elements.Single().CatalogNumber.Should().Be(25544);
    }

    [Fact]
    public void Detects_three_line_TLE_by_content()
    {
        string path = Path.Combine(_dir, "stations");
        File.WriteAllText(path, "\uFEFFISS (ZARYA)\r\n" + IssLine1 + "\r\n" + IssLine2 + "\r\n");
        ElementsReader.ReadFile(path).Elements.Single().Name.Should().Be("ISS (ZARYA)");
    }

    [Fact]
    public void Reports_unrecognised_content()
    {
        string path = Path.Combine(_dir, "notes.txt");
        File.WriteAllText(path, "hello world\n");
        var act = () => ElementsReader.ReadFile(path);
        var ex = act.Should().Throw<ElementsFormatException>().Which;
        ex.SourceName.Should().Be(path);
        (ex.Line, ex.Column).Should().Be((1, 1));
    }

    [Fact]
    public void Reports_errors_with_the_file_path()
    {
        string path = Path.Combine(_dir, "bad.tle");
        File.WriteAllText(path, IssLine1 + "\n" + Put(IssLine2, 9, "abcdefgh") + "\n");
        var act = () => ElementsReader.ReadFile(path);
        act.Should().Throw<ElementsFormatException>().WithMessage($"{path}:2:9: inclination*");
        var r = ElementsReader.ReadFile(path, new ElementReadOptions { OnError = ErrorHandling.SkipAndReport });
        r.Elements.Should().BeEmpty();
        r.Errors.Should().ContainSingle();
    }
}
