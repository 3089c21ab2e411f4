using System.Text;
using DocTool.Core.Building;
using DocTool.Core.Docx;
using DocTool.Core.Templating;
using DocTool.Tests.Support;

namespace DocTool.Tests.Hostile;

/// <summary>
/// Profile values are text, not Markdown (#19): what the user typed is what the document shows, and a value
/// cannot add a link, a table, a heading, emphasis or an attribute block, nor crash the Markdown stage.
/// </summary>
public class MarkdownInjectionTests
{
    private static (string Markdown, string Docx) Build(string doc, params (string From, string To)[] changes)
    {
        using var dir = new TempDir();
        var profile = Harness.ProfileVariant(dir, "scswa.yaml", changes);
        var outcome = Harness.Build(Harness.Pack, profile, dir.File("out"), [doc], ["en"], OutputFormat.Docx | OutputFormat.Markdown);
        Assert.True(outcome.ExitCode == 0, string.Join('\n', outcome.Diagnostics));
        var md = Encoding.UTF8.GetString(outcome.Written.Single(f => f.RelativePath.EndsWith(".md", StringComparison.Ordinal)).Bytes);
        var docx = DocxProjection.Project(outcome.Written.Single(f => f.RelativePath.EndsWith(".docx", StringComparison.Ordinal)).Bytes);
        return (md, docx);
    }

    [Fact]
    public void Should_show_a_link_shaped_email_as_typed_and_make_no_link()
    {
        var (_, docx) = Build("code-of-conduct", ("concerns_email: concerns@example.org", "concerns_email: \"[SAFE](https://evil.example/)@x.org\""));
        Assert.Contains("[SAFE](https://evil.example/)@x.org", docx, StringComparison.Ordinal);
        Assert.DoesNotContain("hyperlink", docx, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Should_keep_braces_and_asterisks_in_a_name()
    {
        var (_, docx) = Build("governance-charter", ("name: {en: \"Management Committee\"", "name: {en: \"Sisters {Uganda} *Kenya* _x_ `c` <b> \\\\ &amp; #1\""));
        Assert.Contains("Sisters {Uganda} *Kenya* _x_ `c` <b> \\ &amp; #1", docx, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_not_let_a_value_start_a_table_a_heading_or_a_list()
    {
        const string Evil = "x\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n# Injected {#injected}\n\n- item";
        var (md, docx) = Build("code-of-conduct", ("focal_point: {en: \"the Safeguarding Focal Point\"", "focal_point: {en: \"" + Evil.Replace("\n", "\\n", StringComparison.Ordinal) + "\""));
        Assert.DoesNotContain("{#injected}", md.Replace("\\{#injected\\}", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(docx.Split('\n'), l => l.Contains("Heading", StringComparison.Ordinal) && l.Contains("Injected", StringComparison.Ordinal));
        Assert.Contains("| a | b | |---|---| | 1 | 2 |", docx, StringComparison.Ordinal);
        Assert.Contains("# Injected {#injected}", docx, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_render_deep_brackets_and_quotes_as_text_instead_of_failing()
    {
        var deep = new string('[', 3000) + new string('>', 3000);
        var (_, docx) = Build("governance-charter", ("name: {en: \"Management Committee\"", "name: {en: \"" + deep + "\""));
        Assert.Contains(deep, docx, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Plain name, with commas (and brackets) - 100%")]
    [InlineData("")]
    [InlineData("Альянс")]
    [InlineData("national_network")]
    [InlineData("Steppe & Caucasus")]
    public void Should_leave_plain_text_unchanged(string text) =>
        Assert.Same(text, MarkdownLiteral.Escape(text));

    [Theory]
    [InlineData("1. First", "1\\. First")]
    [InlineData("- item", "\\- item")]
    [InlineData("a\r\nb", "a b")]
    [InlineData("a|b", "a\\|b")]
    [InlineData("\u2983intro\u2984", "\u2774intro\u2775")]
    public void Should_escape_what_markdown_would_read(string text, string expected) =>
        Assert.Equal(expected, MarkdownLiteral.Escape(text));
}
