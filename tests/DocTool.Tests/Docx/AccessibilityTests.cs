using System.IO.Compression;
using System.Text.RegularExpressions;
using DocTool.Tests.Support;

namespace DocTool.Tests.Docx;

/// <summary>Accessibility by construction: logo alt text in the document language, table captions, no spacing paragraphs.</summary>
public class AccessibilityTests
{
    [Theory]
    [InlineData("en", "descr=\"Steppe &amp; Caucasus Sex Worker Alliance logo\"")]
    [InlineData("ru", "descr=\"Логотип: ")]
    public void Should_describe_the_logo_in_the_document_language(string lang, string expected)
    {
        var (header, _) = Parts(lang);
        Assert.Contains(expected, header);
        Assert.DoesNotContain("decorative", header);
    }

    [Fact]
    public void Should_give_every_table_a_caption_and_a_description_and_a_header_row_marked_both_ways()
    {
        var (_, document) = Parts("en");
        var tables = Regex.Matches(document, "<w:tbl>.*?</w:tbl>").Select(m => m.Value).ToList();
        Assert.NotEmpty(tables);
        Assert.All(tables, t =>
        {
            Assert.Matches("<w:tblCaption w:val=\"[^\"]+\"/><w:tblDescription w:val=\"[^\"]+\"/>", t);
            Assert.Contains("w:firstRow=\"1\"", t);
            Assert.StartsWith("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/>", t[t.IndexOf("<w:tr>", StringComparison.Ordinal)..]);
        });
    }

    [Fact]
    public void Should_write_an_empty_paragraph_after_a_table_only_where_word_needs_one()
    {
        var (_, document) = Parts("en");
        var empty = "<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:p>";
        foreach (Match m in Regex.Matches(document, Regex.Escape(empty)))
        {
            var after = document[(m.Index + m.Length)..];
            Assert.True(after.StartsWith("<w:tbl>", StringComparison.Ordinal) || after.StartsWith("<w:sectPr>", StringComparison.Ordinal), "a spacing paragraph before " + after[..Math.Min(80, after.Length)]);
        }
    }

    private static (string Header, string Document) Parts(string lang)
    {
        using var dir = new TempDir();
        var outcome = Harness.Build(Harness.Pack, Path.Combine(Repo.Samples, "scswa.yaml"), dir.Path, docs: ["finance-manual"], langs: [lang]);
        Assert.Equal(0, outcome.ExitCode);
        using var zip = new ZipArchive(new MemoryStream(outcome.Written.Single().Bytes));
        string Read(string name)
        {
            using var reader = new StreamReader(zip.GetEntry(name)!.Open());
            return reader.ReadToEnd();
        }

        return (Read("word/header2.xml"), Read("word/document.xml"));
    }
}
