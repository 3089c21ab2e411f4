using System.IO.Compression;
using System.Text;
using DocTool.Core.Building;
using DocTool.Core.Diagnostics;
using DocTool.Core.Docx;
using DocTool.Tests.Support;

namespace DocTool.Tests.Docx;

public class ReferenceDocTests
{
    private const string Template = "# Purpose {#purpose}\n\nText.\n\n## Scope {#scope}\n\nMore text.\n";

    /// <summary>A "user's Word file": Georgia body font, red unnumbered Heading 1, no Heading 2 style, US Letter with wide margins.</summary>
    private static void MakeReference(string path)
    {
        using var pack = new TestPack(Template);
        using var dir = new TempDir();
        var built = Harness.Build(pack.Load(), Harness.ProfileVariant(dir, "scswa.yaml"), dir.File("out"), langs: ["en"]).Written.Single().Bytes;
        File.WriteAllBytes(path, built);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var stylesEntry = zip.GetEntry("word/styles.xml")!;
        string styles;
        using (var reader = new StreamReader(stylesEntry.Open()))
        {
            styles = reader.ReadToEnd();
        }

        styles = styles.Replace("w:ascii=\"Arial\" w:hAnsi=\"Arial\"", "w:ascii=\"Georgia\" w:hAnsi=\"Georgia\"", StringComparison.Ordinal);
        var h1 = styles.IndexOf("w:styleId=\"Heading1\"", StringComparison.Ordinal);
        var h1End = styles.IndexOf("</w:style>", h1, StringComparison.Ordinal);
        var h1Start = styles.LastIndexOf("<w:style ", h1, StringComparison.Ordinal);
        styles = styles[..h1Start] + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:rPr><w:b/><w:color w:val=\"C00000\"/><w:sz w:val=\"36\"/></w:rPr></w:style>" + styles[(h1End + "</w:style>".Length)..];
        var h2 = styles.IndexOf("w:styleId=\"Heading2\"", StringComparison.Ordinal);
        var h2Start = styles.LastIndexOf("<w:style ", h2, StringComparison.Ordinal);
        var h2End = styles.IndexOf("</w:style>", h2, StringComparison.Ordinal) + "</w:style>".Length;
        styles = styles[..h2Start] + styles[h2End..];
        stylesEntry.Delete();
        using (var writer = new StreamWriter(zip.CreateEntry("word/styles.xml").Open(), new UTF8Encoding(false)))
        {
            writer.Write(styles);
        }

        var docEntry = zip.GetEntry("word/document.xml")!;
        string document;
        using (var reader = new StreamReader(docEntry.Open()))
        {
            document = reader.ReadToEnd();
        }

        document = document.Replace("w:w=\"11906\" w:h=\"16838\"", "w:w=\"12240\" w:h=\"15840\"", StringComparison.Ordinal).Replace("w:left=\"1247\"", "w:left=\"1800\"", StringComparison.Ordinal);
        docEntry.Delete();
        using var docWriter = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
        docWriter.Write(document);
    }

    private static BuildOutcome BuildWith(string reference, TempDir dir)
    {
        using var pack = new TestPack(Template);
        return new Builder(pack.Load(), "test").Build(new BuildRequest
        {
            ProfilePaths = [Harness.ProfileVariant(dir, "scswa.yaml")],
            Languages = ["en"],
            OutputDirectory = dir.File("out"),
            ReferenceDoc = reference,
        });
    }

    [Fact]
    public void Should_take_styles_page_size_and_margins_from_a_reference_document()
    {
        using var dir = new TempDir();
        MakeReference(dir.File("reference.docx"));
        var outcome = BuildWith(dir.File("reference.docx"), dir);
        Assert.True(outcome.ExitCode == 0, string.Join('\n', outcome.Diagnostics));
        var docx = outcome.Written.Single().Bytes;
        DocxCheck.AssertValid(docx, "with reference");
        var projection = DocxProjection.Project(docx);
        Assert.Contains("fonts: ascii=Georgia", projection);
        Assert.Contains("page: 12240x15840", projection);
        Assert.Contains("[Heading1] 1. Purpose", projection);
        Assert.Contains("[Heading2] 1.1 Scope", projection);
        Assert.Contains("w:lang: val=en-GB", projection);
    }

    [Theory]
    [InlineData("not-a-zip", "it is not a zip file")]
    [InlineData("zip-without-word", "not a Word document")]
    [InlineData("zip-bomb", "zip bomb")]
    public void Should_reject_an_unusable_reference_document(string kind, string expected)
    {
        using var dir = new TempDir();
        var path = dir.File(kind + ".docx");
        switch (kind)
        {
            case "not-a-zip":
                File.WriteAllText(path, "hello");
                break;
            case "zip-without-word":
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
                {
                    using var w = new StreamWriter(zip.CreateEntry("readme.txt").Open());
                    w.Write("hi");
                }

                break;
            default:
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
                {
                    using var s = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
                    var zeros = new byte[1024 * 1024];
                    for (var i = 0; i < 200; i++)
                    {
                        s.Write(zeros);
                    }
                }

                break;
        }

        var outcome = BuildWith(path, dir);
        Assert.Equal(2, outcome.ExitCode);
        var d = Assert.Single(outcome.Diagnostics, x => x.Severity == Severity.Error);
        Assert.Equal(Codes.BadReferenceDoc, d.Code);
        Assert.Contains(expected, d.Message);
        Assert.False(Directory.Exists(dir.File("out")));
    }
}
