using DocTool.Core.Checking;
using DocTool.Core.Diagnostics;

namespace DocTool.Tests.Checking;

/// <summary>
/// The checker's corpus: one clean document, and one deliberately bad document per rule, each failing
/// with its own rule id and no other error.
/// </summary>
public class CheckCorpusTests
{
    private const string Good = MiniDocx.Heading1 + MiniDocx.Text + MiniDocx.GoodTable + "<w:p><w:r><w:t>After the table.</w:t></w:r></w:p>";

    public static TheoryData<string, string, string> Bad => new()
    {
        { "no-alt-text", "DT0703", MiniDocx.Heading1 + MiniDocx.Image(string.Empty) + MiniDocx.Text },
        { "no-header-row", "DT0704", MiniDocx.Heading1 + MiniDocx.GoodTable.Replace("<w:trPr><w:tblHeader/></w:trPr>", string.Empty) + MiniDocx.Text },
        { "skipped-heading-level", "DT0707", MiniDocx.Heading1 + "<w:p><w:pPr><w:pStyle w:val=\"Heading3\"/></w:pPr><w:r><w:t>Details</w:t></w:r></w:p>" + MiniDocx.Text },
        { "empty-paragraph-spacing", "DT0708", MiniDocx.Heading1 + MiniDocx.Text + "<w:p/><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:p>" + MiniDocx.Text },
        { "missing-title", "DT0701", Good },
        { "missing-language", "DT0702", Good },
        { "not-a-docx", "DT0700", string.Empty },
    };

    [Fact]
    public void Should_pass_a_clean_document_without_any_finding()
    {
        Assert.Empty(Check(MiniDocx.Create(Good)));
    }

    [Theory]
    [MemberData(nameof(Bad))]
    public void Should_fail_a_bad_document_with_its_rule_id(string name, string code, string body)
    {
        var bytes = name switch
        {
            "missing-title" => MiniDocx.Create(body, title: null),
            "missing-language" => MiniDocx.Create(body, language: null),
            "not-a-docx" => "profile_version: 1\n"u8.ToArray(),
            _ => MiniDocx.Create(body),
        };
        var errors = Check(bytes, name).Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 1 && errors[0].Code == code, $"{name}: expected one {code}, got:\n{string.Join('\n', errors)}");
        Assert.Equal(name + ".docx", errors[0].Span.File);
    }

    [Fact]
    public void Should_accept_a_decorative_image_and_one_with_a_description()
    {
        var decorative = MiniDocx.Image(string.Empty).Replace(
            "name=\"Picture 1\"/>",
            "name=\"Picture 1\"><a:extLst><a:ext uri=\"{C183D7F6-B498-43B3-948B-1728B52AA6E4}\"><adec:decorative xmlns:adec=\"http://schemas.microsoft.com/office/drawing/2017/decorative\" val=\"1\"/></a:ext></a:extLst></wp:docPr>",
            StringComparison.Ordinal);
        Assert.Empty(Check(MiniDocx.Create(MiniDocx.Heading1 + decorative)));
        Assert.Empty(Check(MiniDocx.Create(MiniDocx.Heading1 + MiniDocx.Image(" descr=\"Network logo\""))));
    }

    [Fact]
    public void Should_allow_the_empty_paragraph_word_needs_between_two_tables()
    {
        Assert.Empty(Check(MiniDocx.Create(MiniDocx.Heading1 + MiniDocx.GoodTable + "<w:p/>" + MiniDocx.GoodTable + "<w:p/>")));
    }

    [Fact]
    public void Should_warn_about_typed_numbers_low_contrast_prompts_and_contents_without_page_numbers()
    {
        var body = MiniDocx.Heading1 +
            "<w:p><w:r><w:t>1. First step</w:t></w:r></w:p>" +
            "<w:p><w:r><w:rPr><w:color w:val=\"F9A825\"/></w:rPr><w:t>Amber text</w:t></w:r></w:p>" +
            "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/></w:docPartObj></w:sdtPr><w:sdtContent>" +
            "<w:p><w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r><w:r><w:instrText> TOC \\o \"1-2\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1. Purpose</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>" +
            "</w:sdtContent></w:sdt>";
        var findings = Check(MiniDocx.Create(body));
        Assert.DoesNotContain(findings, d => d.Severity == Severity.Error);
        Assert.Equal(["DT0709", "DT0710", "DT0711", "DT0712"], findings.Select(d => d.Code).Order(StringComparer.Ordinal));
        Assert.Contains(findings, d => d.Code == "DT0712" && d.Message.Contains("1.97:1", StringComparison.Ordinal) && d.Message.Contains("darker colour such as #", StringComparison.Ordinal));
    }

    private static IReadOnlyList<Diagnostic> Check(byte[] docx, string name = "doc")
    {
        using var stream = new MemoryStream(docx);
        return DocxChecker.Check(name + ".docx", stream);
    }
}
