using System.Text.Json.Nodes;
using DocTool.Tests.Support;

namespace DocTool.Tests.Cli;

[Collection("console")]
public class PdfCommandTests
{
    [LibreOfficeFact]
    public void Should_build_a_pdf_with_a_page_numbered_docx_and_list_both_in_the_manifest()
    {
        using var dir = new TempDir();
        var output = dir.File("out");
        var (exit, stdout, stderr) = ConsoleCapture.Run("build", Path.Combine(Repo.Samples, "kenya-national.yaml"), "--doc", "code-of-conduct", "--pdf", "--out", output);
        Assert.True(exit == 0, stderr);
        Assert.Contains("code-of-conduct.pdf", stdout);
        Assert.DoesNotContain("note:", stderr);
        var files = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "manifest.json")))!["files"]!.AsArray();
        Assert.Equal(["docx", "pdf"], files.Select(f => f!["format"]!.GetValue<string>()).Order(StringComparer.Ordinal));

        var docx = Directory.EnumerateFiles(output, "*.docx", SearchOption.AllDirectories).Single();
        var (checkExit, report, _) = ConsoleCapture.Run("check", docx);
        Assert.Equal(0, checkExit);
        Assert.Contains(": passed (0 warning(s))", report);
    }

    [Fact]
    public void Should_say_what_the_contents_hold_when_no_layout_was_made()
    {
        using var dir = new TempDir();
        var (exit, _, stderr) = ConsoleCapture.Run("build", Path.Combine(Repo.Samples, "kenya-national.yaml"), "--doc", "code-of-conduct", "--out", dir.File("out"));
        Assert.Equal(0, exit);
        Assert.Contains("doctool: note: the contents list every clause without page numbers, and Word asks to update the document's fields when it is opened", stderr);
    }
}
