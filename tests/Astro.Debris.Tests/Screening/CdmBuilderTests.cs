using Astro.Debris.Screening;
using Astro.Debris.Time;
using static Astro.Debris.Tests.Screening.CdmTestData;

namespace Astro.Debris.Tests.Screening;

public class CdmBuilderTests
{
    private static readonly string[] Mandatory =
    {
        "CCSDS_CDM_VERS", "CREATION_DATE", "ORIGINATOR", "MESSAGE_ID", "TCA", "MISS_DISTANCE",
    };

    private static readonly string[] MandatoryPerObject =
    {
        "OBJECT", "OBJECT_DESIGNATOR", "CATALOG_NAME", "OBJECT_NAME", "INTERNATIONAL_DESIGNATOR", "EPHEMERIS_NAME",
        "COVARIANCE_METHOD", "MANEUVERABLE", "REF_FRAME", "X", "Y", "Z", "X_DOT", "Y_DOT", "Z_DOT",
        "CR_R", "CT_R", "CT_T", "CN_R", "CN_T", "CN_N", "CRDOT_R", "CRDOT_T", "CRDOT_N", "CRDOT_RDOT",
        "CTDOT_R", "CTDOT_T", "CTDOT_N", "CTDOT_RDOT", "CTDOT_TDOT", "CNDOT_R", "CNDOT_T", "CNDOT_N",
        "CNDOT_RDOT", "CNDOT_TDOT", "CNDOT_NDOT",
    };

    internal static CdmBuilder Sample(CdmCovariance? cov1, CdmCovariance? cov2) => new()
    {
        CreationDate = Epoch.Parse("2021-11-15T03:00:00Z"),
        Originator = "ASTRO-DEBRIS",
        MessageFor = "ISS (ZARYA)",
        MessageId = "25544_conj_49863_20211115T064733",
        Tca = Epoch.Parse("2021-11-15T06:47:33.123456Z"),
        MissDistanceMeters = 412.52901234567891,
        RelativeSpeedMetersPerSecond = 14_210.7,
        RelativePositionRtnMeters = new Vector3D(-12.25, 400.1 / 3, 7.0e-3),
        RelativeVelocityRtnMetersPerSecond = new Vector3D(1.0 / 3, -14_000.25, 2_431.0),
        StartScreenPeriod = Epoch.Parse("2021-11-15T00:00:00Z"),
        StopScreenPeriod = Epoch.Parse("2021-11-22T00:00:00Z"),
        ScreenVolumeFrame = "RTN",
        ScreenVolumeShape = "ELLIPSOID",
        ScreenVolumeX = 2000,
        ScreenVolumeY = 25000,
        ScreenVolumeZ = 25000,
        CollisionProbability = 1.234567890123e-5,
        CollisionProbabilityMethod = "FOSTER-1992",
        HardBodyRadiusMeters = 20,
        RelativeComments = { "Screening by astro-debris" },
        Object1 = new CdmObjectBuilder
        {
            ObjectDesignator = "25544",
            ObjectName = "ISS (ZARYA)",
            InternationalDesignator = "1998-067A",
            ObjectType = "PAYLOAD",
            ReferenceFrame = "EME2000",
            GravityModel = "WGS-72",
            PositionKm = new Vector3D(-4_400.594, 1_932.870, 4_760.712),
            VelocityKmPerSecond = new Vector3D(-5.497334, -3.950372, -3.409498),
            MassKg = 420_000,
            ObservationsUsed = 12,
            Covariance = cov1,
            Comments = { "Primary" },
        },
        Object2 = new CdmObjectBuilder
        {
            ObjectDesignator = "49863",
            ObjectName = "COSMOS 1408 DEB",
            InternationalDesignator = "1982-092AB",
            ObjectType = "DEBRIS",
            Maneuverable = "NO",
            PositionKm = new Vector3D(-4_400.6, 1_932.5, 4_760.9),
            VelocityKmPerSecond = new Vector3D(2.1, -6.9, 1.3),
            Covariance = cov2,
        },
    };

    private static CdmCovariance Full(int dimension, double scale)
    {
        var m = new double[dimension, dimension];
        for (int r = 0; r < dimension; r++)
        {
            for (int c = 0; c <= r; c++) m[r, c] = m[c, r] = r == c ? scale * (r + 1) * 1.1 : scale * 0.01 * (r - c) / 3.0;
        }
        return CdmCovariance.FromMatrix(m);
    }

    [Fact]
    public void Built_message_has_the_values_and_every_mandatory_keyword()
    {
        var m = Sample(Full(6, 100), null).Build();
        m.Version.Should().Be("1.0");
        m.Tca.Should().Be(Epoch.Parse("2021-11-15T06:47:33.123456Z"));
        m.MissDistanceMeters.Should().Be(412.52901234567891);
        m.RelativePositionRtnMeters.Should().Be(new Vector3D(-12.25, 400.1 / 3, 7.0e-3));
        m.RelativeVelocityRtnMetersPerSecond.Should().Be(new Vector3D(1.0 / 3, -14_000.25, 2_431.0));
        m.CollisionProbability.Should().Be(1.234567890123e-5);
        m.HardBodyRadiusMeters.Should().Be(20);
        m.Comments.Should().Equal("Screening by astro-debris", "HBR = 20 [m]");
        m.Object1.Covariance!.ToMatrix().Should().BeEquivalentTo(Full(6, 100).ToMatrix());
        m.Object1.MassKg.Should().Be(420_000);
        m.Object1.ObservationsUsed.Should().Be(12);
        m.Object2.Covariance!.IsZero.Should().BeTrue(); // none given: zeros, with a comment
        m.Object2.Comments.Should().ContainSingle().Which.Should().Contain("No covariance");
        m.Object2.CatalogName.Should().Be("SATCAT");
        m.Object2.EphemerisName.Should().Be("NONE");

        var keys = m.HeaderEntries.Concat(m.RelativeMetadataEntries).Select(e => e.Keyword).ToHashSet();
        keys.Should().Contain(Mandatory);
        m.Object1.Entries.Select(e => e.Keyword).Should().Contain(MandatoryPerObject);
        m.Object2.Entries.Select(e => e.Keyword).Should().Contain(MandatoryPerObject);
        m.Object1.Find("X")!.Units.Should().Be("km");
        m.Object1.Find("CNDOT_RDOT")!.Units.Should().Be("m**2/s**2");
        m.Object1.Find("CRDOT_R")!.Units.Should().Be("m**2/s");
        m.Find("CREATION_DATE")!.Value.Should().Be("2021-11-15T03:00:00.000000");
    }

    [Theory]
    [InlineData(CdmFormat.Kvn)]
    [InlineData(CdmFormat.Xml)]
    public void Built_message_round_trips_exactly(CdmFormat format)
    {
        var m = Sample(Full(9, 1e3), Full(7, 1e-2)).Build();
        var sw = new StringWriter();
        CdmWriter.Write(m, format, sw);
        var back = CdmReader.Read(sw.ToString(), "built");
        ShouldBeSameMessage(back, m);
        back.Object1.Covariance!.Dimension.Should().Be(9);
        back.Object1.Covariance[8, 7].Should().Be(Full(9, 1e3)[8, 7]);
        back.Object1.Find("CTHR_THR")!.Units.Should().Be("m**2/s**4");
        back.Object1.Find("CTHR_DRG")!.Units.Should().Be("m**3/(kg*s**2)");
        back.Object1.Find("CDRG_RDOT")!.Units.Should().Be("m**3/(kg*s)");
        back.Object1.Find("CSRP_SRP")!.Units.Should().Be("m**4/kg**2");
        back.Object2.Covariance!.Dimension.Should().Be(7);
        back.RelativePositionRtnMeters!.Value.Y.Should().Be(400.1 / 3);
    }

    [Fact]
    public void Missing_or_bad_values_are_argument_errors()
    {
        var b = Sample(null, null);
        b.Tca = null;
        b.Invoking(x => x.Build()).Should().Throw<ArgumentException>().WithMessage("*TCA*");
        b = Sample(null, null);
        b.MissDistanceMeters = double.NaN;
        b.Invoking(x => x.Build()).Should().Throw<ArgumentException>().WithMessage("*MISS_DISTANCE*");
        b = Sample(null, null);
        b.Object2 = null;
        b.Invoking(x => x.Build()).Should().Throw<ArgumentException>().WithMessage("*Object2*");
        b = Sample(null, null);
        b.Object1!.InternationalDesignator = null;
        b.Invoking(x => x.Build()).Should().Throw<ArgumentException>().WithMessage("*OBJECT1*INTERNATIONAL_DESIGNATOR*");
        b = Sample(null, null);
        b.Object1!.PositionKm = null;
        b.Invoking(x => x.Build()).Should().Throw<ArgumentException>().WithMessage("*PositionKm*");
        b = Sample(null, null);
        b.CollisionProbability = 2;
        b.Invoking(x => x.Build()).Should().Throw<ArgumentException>();
        b = Sample(null, null);
        b.Object2!.ObjectName = "two\nlines";
        b.Invoking(x => x.Build()).Should().Throw<ArgumentException>();
        b = Sample(null, null);
        b.Object1!.VelocityKmPerSecond = new Vector3D(1, double.PositiveInfinity, 0);
        b.Invoking(x => x.Build()).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Creation_date_defaults_to_now()
    {
        var b = Sample(null, null);
        b.CreationDate = null;
        var before = Epoch.FromDateTime(DateTime.UtcNow).AddSeconds(-1);
        var m = b.Build();
        m.CreationDate.Should().BeGreaterThanOrEqualTo(before);
    }
}
