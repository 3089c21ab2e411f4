using System.IO.Compression;
using DocTool.Tests.Support;

namespace DocTool.Tests.Docx;

/// <summary>"See clause 1.1" as a Word REF field to the clause's bookmark, with the number pre-filled.</summary>
public class CrossReferenceTests
{
    private const string Template = """
        # Purpose {#purpose}

        See clause {{ ref "steps" }} and the form in annex {{ ref "forms" }}.

        ## Steps {#steps}

        Text.

        # Forms {#forms .annex}

        A form.

        """;

    [Fact]
    public void Should_write_a_prefilled_ref_field_to_a_numbered_clause_and_plain_text_for_an_annex()
    {
        using var dir = new TempDir();
        using var pack = new TestPack(Template);
        var outcome = Harness.Build(pack.Load(), Harness.ProfileVariant(dir, "scswa.yaml"), dir.File("out"), langs: ["en"], formats: Core.Building.OutputFormat.Docx | Core.Building.OutputFormat.Markdown);
        Assert.True(outcome.ExitCode == 0, string.Join('\n', outcome.Diagnostics));
        var docx = outcome.Written.Single(f => f.Format == "docx").Bytes;
        DocxCheck.AssertValid(docx, "cross-reference");
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd();

        Assert.Contains("<w:instrText xml:space=\"preserve\"> REF c_steps \\w \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:rPr></w:rPr><w:t xml:space=\"preserve\">1.1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>", xml);
        Assert.Contains("<w:bookmarkStart w:id=\"1\" w:name=\"c_steps\"/>", xml);
        Assert.DoesNotContain("REF c_forms", xml);
        Assert.Contains(" and the form in annex A.", xml);
        Assert.Contains("See clause 1.1 and the form in annex A.", System.Text.Encoding.UTF8.GetString(outcome.Written.Single(f => f.Format == "md").Bytes));
    }
}
