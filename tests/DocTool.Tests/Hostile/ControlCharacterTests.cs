using DocTool.Core.Diagnostics;
using DocTool.Core.Profiles;
using DocTool.Tests.Cli;
using DocTool.Tests.Support;

namespace DocTool.Tests.Hostile;

/// <summary>A YAML escape cannot put a NUL or another control character into a profile value (#19).</summary>
[Collection("console")]
public class ControlCharacterTests
{
    [Theory]
    [InlineData("logo: \"assets/lo\\0go.png\"", 0x0000)]
    [InlineData("name: \"x\\e[2J\"", 0x001B)]
    public void Should_refuse_a_control_character_at_its_value(string line, int code)
    {
        var bag = new DiagnosticBag();
        Assert.Null(YamlReader.ReadText("profile_version: 1\norg:\n  " + line + "\n", "p.yaml", bag));
        var error = Assert.Single(bag.Sorted);
        Assert.Equal((Codes.BadFormat, 3), (error.Code, error.Span.Line));
        Assert.Contains($"U+{code:X4}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_a_nul_in_a_file_name_and_still_check_the_other_profiles()
    {
        using var dir = new TempDir();
        var profile = Harness.ProfileVariant(dir, "scswa.yaml", ("logo: assets/logo.png", "logo: \"assets/lo\\0go.png\""));
        var (exit, output, err) = ConsoleCapture.Run("validate", profile, Path.Combine(Repo.Samples, "scswa.yaml"), "--format", "json");
        Assert.Equal(2, exit);
        Assert.DoesNotContain("DT0001", output + err, StringComparison.Ordinal);
        Assert.Contains("DT0205", output, StringComparison.Ordinal);
        Assert.Contains("scswa.yaml", output, StringComparison.Ordinal);
    }
}
