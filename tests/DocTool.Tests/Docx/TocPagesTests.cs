using System.IO.Compression;
using DocTool.Core.Checking;
using DocTool.Core.Docx;
using DocTool.Tests.Support;

namespace DocTool.Tests.Docx;

/// <summary>Filling the contents' page numbers (no LibreOffice needed: the pages are given).</summary>
public class TocPagesTests
{
    [Fact]
    public void Should_fill_every_entry_with_a_pageref_result_drop_the_prompt_and_stay_valid_and_deterministic()
    {
        using var dir = new TempDir();
        var outcome = Harness.Build(Harness.Pack, Path.Combine(Repo.Samples, "kenya-national.yaml"), dir.Path, docs: ["membership-rules"]);
        var docx = outcome.Written.Single().Bytes;
        var bookmarks = System.Text.RegularExpressions.Regex.Matches(Part(docx, "word/document.xml"), "w:anchor=\"(c_[a-z0-9_]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        var pages = bookmarks.Select((b, i) => (b, 3 + (i / 4))).ToDictionary(p => p.b, p => p.Item2);

        var filled = TocPages.Fill(docx, pages);
        DocxCheck.AssertValid(filled, "filled contents");
        Assert.Equal(filled, TocPages.Fill(docx, pages));
        var xml = Part(filled, "word/document.xml");
        Assert.Equal(bookmarks.Count, System.Text.RegularExpressions.Regex.Count(xml, "> PAGEREF c_[a-z0-9_]+ \\\\h <"));
        Assert.Contains($"PAGEREF {bookmarks[^1]} \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>{pages[bookmarks[^1]]}</w:t>", xml);
        Assert.DoesNotContain("w:dirty", xml);
        Assert.DoesNotContain("updateFields", Part(filled, "word/settings.xml"));
        Assert.Contains("updateFields", Part(docx, "word/settings.xml"));

        using var stream = new MemoryStream(filled);
        Assert.DoesNotContain(DocxChecker.Check("filled.docx", stream), d => d.Code is "DT0710" or "DT0711" || d.Severity == Core.Diagnostics.Severity.Error);
    }

    [Fact]
    public void Should_leave_the_document_alone_when_a_page_is_missing()
    {
        using var dir = new TempDir();
        var docx = Harness.Build(Harness.Pack, Path.Combine(Repo.Samples, "kenya-national.yaml"), dir.Path, docs: ["membership-rules"]).Written.Single().Bytes;
        Assert.Same(docx, TocPages.Fill(docx, new Dictionary<string, int> { ["c_nothing"] = 3 }));
    }

    private static string Part(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
