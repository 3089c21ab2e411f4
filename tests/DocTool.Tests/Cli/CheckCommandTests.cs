using System.Text.Json.Nodes;
using DocTool.Tests.Checking;
using DocTool.Tests.Support;

namespace DocTool.Tests.Cli;

[Collection("console")]
public class CheckCommandTests
{
    [Fact]
    public void Should_exit_0_for_generated_documents_and_1_with_rule_ids_for_a_bad_one()
    {
        using var dir = new TempDir();
        var (built, _, _) = ConsoleCapture.Run("build", Path.Combine(Repo.Samples, "kenya-national.yaml"), "--doc", "finance-manual", "--out", dir.File("out"));
        Assert.Equal(0, built);
        var good = Directory.EnumerateFiles(dir.File("out"), "*.docx", SearchOption.AllDirectories).Single();
        var (exit, output, _) = ConsoleCapture.Run("check", good);
        Assert.Equal(0, exit);
        Assert.Contains(": passed (", output);

        var bad = dir.File("bad.docx");
        File.WriteAllBytes(bad, MiniDocx.Create(MiniDocx.Heading1 + MiniDocx.Image(string.Empty), title: null));
        (exit, output, _) = ConsoleCapture.Run("check", good, bad);
        Assert.Equal(1, exit);
        Assert.Contains($"{bad}: error DT0701: missing document title", output);
        Assert.Contains($"{bad}: error DT0703: missing alternative text", output);
        Assert.Contains($"{bad}: 2 error(s)", output);
    }

    [Fact]
    public void Should_report_json_for_ci()
    {
        using var dir = new TempDir();
        var bad = dir.File("bad.docx");
        File.WriteAllBytes(bad, MiniDocx.Create(MiniDocx.Heading1 + MiniDocx.Text + "<w:p/><w:p/>" + MiniDocx.Text));
        var (exit, output, _) = ConsoleCapture.Run("check", bad, "--format", "json");
        Assert.Equal(1, exit);
        var result = JsonNode.Parse(output)!["results"]![0]!;
        Assert.Equal(1, result["errors"]!.GetValue<int>());
        Assert.Equal("DT0708", result["diagnostics"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("error", result["diagnostics"]![0]!["severity"]!.GetValue<string>());
    }

    [Fact]
    public void Should_exit_2_for_a_file_that_is_not_a_docx()
    {
        using var dir = new TempDir();
        var (exit, output, _) = ConsoleCapture.Run("check", Path.Combine(Repo.Samples, "scswa.yaml"));
        Assert.Equal(2, exit);
        Assert.Contains("error DT0700", output);
    }

    [Fact]
    public void Should_warn_in_validate_about_a_light_branding_colour_with_a_darker_shade()
    {
        using var dir = new TempDir();
        var profile = Harness.ProfileVariant(dir, "acs-ci.yaml", ("primary: \"#D14900\"", "primary: \"#F9A825\""));
        var (exit, output, err) = ConsoleCapture.Run("validate", profile);
        Assert.Equal(0, exit);
        Assert.Contains(": valid", output);
        Assert.Matches(@"profile-\w+\.yaml:19:\d+: warning DT0314: `org.branding.colours.primary` #F9A825 has a contrast ratio of 1\.97:1 against white, below the 4\.5:1 .* such as ""#[0-9A-F]{6}"" reaches 4\.5\d:1", err);
    }
}
