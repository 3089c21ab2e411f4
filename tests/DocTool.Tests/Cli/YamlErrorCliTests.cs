using DocTool.Tests.Profiles;
using DocTool.Tests.Support;

namespace DocTool.Tests.Cli;

/// <summary>The CLI end of <see cref="YamlFuzzTests"/>: exit 0 or 2, located diagnostics, never DT0001.</summary>
[Collection("console")]
public class YamlErrorCliTests
{
    [Fact]
    public void Should_report_an_unclosed_flow_sequence_as_a_located_syntax_error()
    {
        using var dir = new TempDir();
        var profile = dir.File("p.yaml");
        File.WriteAllText(profile, File.ReadAllText(Path.Combine(Repo.Samples, "scswa.yaml")).Replace("profile_version: 1\n", "profile_version: 1\nextra: [BF, ML\n", StringComparison.Ordinal));
        foreach (var command in new[] { "validate", "build" })
        {
            string[] output = command == "build" ? ["--out", dir.File("out")] : [];
            var (exit, _, err) = ConsoleCapture.Run([command, profile, .. output]);
            Assert.True(exit == 2, err);
            Assert.DoesNotContain("DT0001", err);
            Assert.Matches(@"p\.yaml:\d+:\d+: error DT0101: YAML syntax error", err);
        }
    }

    [Fact]
    public void Should_exit_0_or_2_with_located_diagnostics_on_a_sample_of_damaged_profiles()
    {
        using var dir = new TempDir();
        var profile = dir.File("p.yaml");
        var i = 0;
        foreach (var (name, text) in YamlFuzzTests.Cases())
        {
            if (i++ % 40 != 0)
            {
                continue;
            }

            File.WriteAllText(profile, text);
            var (exit, _, err) = ConsoleCapture.Run("validate", profile);
            Assert.True(exit is 0 or 2, $"{name}: exit {exit}\n{err}");
            Assert.DoesNotContain("DT0001", err);
            if (exit == 2)
            {
                Assert.Matches(@"p\.yaml(:\d+:\d+)?: error DT\d{4}", err);
            }
        }
    }
}
