using DocTool.Core.Building;
using DocTool.Core.Docx;
using DocTool.Tests.Support;

namespace DocTool.Tests.Docx;

public class DocxWriterTests
{
    private const string Template = """
        # Purpose {#purpose}

        {{ org.name }} works in {{ countries org.countries }}. Fees are in {{ currency_name membership.fee_currency }}.

        ## Lists {#lists}

        1. First, with **bold**, *italic* and a [link](https://example.org).
        2. Second
           - nested bullet
           - another

        A paragraph between lists.

        1. This list restarts at one.
        2. Two.

        | Category | Votes | Fee |
        |---|---|---|
        {{~ for c in membership.categories ~}}
        | {{ c.name }} | {{ c.votes }} | {{ money c.annual_fee membership.fee_currency }} |
        {{~ end ~}}

        \pagebreak

        ## Control characters {#control}

        Bell: {{ "a\u0007b" }} and emoji 🙂 and Chinese 性工作者.

        # Form {#annex-form .annex}

        Name: ______________________

        """;

    private static byte[] BuildDocx(string lang = "en", string sample = "scswa.yaml")
    {
        using var pack = new TestPack(Template);
        using var dir = new TempDir();
        var profile = Harness.ProfileVariant(dir, sample);
        var outcome = Harness.Build(pack.Load(), profile, dir.File("out"), langs: [lang]);
        Assert.True(outcome.ExitCode == 0, string.Join('\n', outcome.Diagnostics));
        return outcome.Written.Single().Bytes;
    }

    [Fact]
    public void Should_pass_the_openxml_validator()
    {
        DocxCheck.AssertValid(BuildDocx(), "test document");
        DocxCheck.AssertValid(BuildDocx("fr"), "test document fr");
    }

    [Fact]
    public void Should_be_byte_identical_when_rebuilt()
    {
        var a = BuildDocx();
        var b = BuildDocx();
        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(a)), Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(b)));
    }

    [Fact]
    public void Should_match_the_projection_snapshot()
    {
        Snapshot.Verify("writer-en", DocxProjection.Project(BuildDocx()));
    }

    [Fact]
    public void Should_restart_every_numbered_list()
    {
        var projection = DocxProjection.Project(BuildDocx());
        var firstItems = projection.Split('\n').Where(l => l.Contains("(list ") && l.Contains(".0 1.)")).ToList();
        Assert.Equal(2, firstItems.Count);
        Assert.NotEqual(firstItems[0][..firstItems[0].IndexOf(".0 1.)", StringComparison.Ordinal)], firstItems[1][..firstItems[1].IndexOf(".0 1.)", StringComparison.Ordinal)]);
    }

    [Fact]
    public void Should_carry_language_fonts_and_header_footer()
    {
        var zh = DocxProjection.Project(BuildDocx("fr"));
        Assert.Contains("w:lang: val=fr-FR", zh);
        Assert.Contains("{PAGE}", zh);
        Assert.Contains("{NUMPAGES}", zh);
        Assert.Contains("[image image/png]", zh);
        Assert.Contains("custom DocTool.ProfileSha256:", zh);
    }
}
