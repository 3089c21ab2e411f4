using DocTool.Tests.Cli;
using DocTool.Tests.Support;

namespace DocTool.Tests.Building;

/// <summary>Profile discovery in folders: overrides folders are not profiles, other YAML is "not a profile" once.</summary>
[Collection("console")]
public class BatchDiscoveryTests
{
    [Fact]
    public void Should_skip_the_overrides_folder_a_profile_names()
    {
        using var dir = new TempDir();
        var profile = Harness.ProfileVariant(dir, "scswa.yaml");
        File.AppendAllText(profile, "\noverrides: {folder: adaptations}\n");
        Directory.CreateDirectory(dir.File("adaptations"));
        File.WriteAllText(dir.File("adaptations/code-of-conduct.yaml"), "overrides: []\n");

        var (exit, output, err) = ConsoleCapture.Run("batch", dir.Path, "--doc", "membership-rules", "--lang", "en", "--out", dir.File("out"), "--quiet");
        Assert.True(exit == 0, err);
        Assert.DoesNotContain("code-of-conduct.yaml", err);
        Assert.Contains("built        1", output);

        (exit, _, err) = ConsoleCapture.Run("validate", dir.Path);
        Assert.True(exit == 0, err);
    }

    [Fact]
    public void Should_report_a_yaml_file_that_is_not_a_profile_once()
    {
        using var dir = new TempDir();
        Harness.ProfileVariant(dir, "scswa.yaml");
        File.WriteAllText(dir.File("notes.yaml"), "title: meeting notes\nitems: [a, b]\n");

        var (exit, _, err) = ConsoleCapture.Run("batch", dir.Path, "--doc", "membership-rules", "--lang", "en", "--out", dir.File("out"), "--quiet");
        Assert.Equal(1, exit);
        var lines = err.Split('\n').Where(l => l.Contains("notes.yaml:", StringComparison.Ordinal) && l.Contains("error DT", StringComparison.Ordinal)).Distinct().ToList();
        var line = Assert.Single(lines);
        Assert.Contains("error DT0109: not a profile: `profile_version` is missing", line);
    }
}
