using DocTool.Tests.Cli;
using DocTool.Tests.Support;

namespace DocTool.Tests.Building;

/// <summary><c>validate</c> reports what <c>build</c> would reject in a profile's overrides, at the override file's line.</summary>
[Collection("console")]
public class OverrideValidationTests
{
    private static string Profile(TempDir dir, string document, string overrides)
    {
        var profile = Harness.ProfileVariant(dir, "scswa.yaml");
        File.AppendAllText(profile, "\noverrides: {folder: adaptations}\n");
        Directory.CreateDirectory(dir.File("adaptations"));
        File.WriteAllText(dir.File($"adaptations/{document}.yaml"), overrides.Replace("\r\n", "\n", StringComparison.Ordinal));
        return profile;
    }

    [Fact]
    public void Should_report_an_unknown_clause_and_a_missing_language_text_at_the_override()
    {
        using var dir = new TempDir();
        var profile = Profile(dir, "election-procedure", """
            overrides:
              - clause: no-such-clause
                action: remove
              - clause: voting-members
                action: replace
                text:
                  en: |
                    ## Voting members {#voting-members}

                    Every member votes.
            """);

        var (exit, _, err) = ConsoleCapture.Run("validate", profile);
        Assert.Equal(2, exit);
        Assert.Contains("adaptations/election-procedure.yaml:2:5: error DT0406: the clause `no-such-clause` does not exist in `election-procedure`", err);
        Assert.Contains("adaptations/election-procedure.yaml:4:5: error DT0304: the override of `voting-members` has no `ru` text", err);
    }

    [Fact]
    public void Should_name_the_override_that_removed_a_clause_still_referred_to()
    {
        using var dir = new TempDir();
        var profile = Profile(dir, "election-procedure", """
            overrides:
              - clause: term
                action: remove
            """);

        foreach (var command in new[] { "validate", "build" })
        {
            string[] output = command == "build" ? ["--out", dir.File("out"), "--doc", "election-procedure"] : [];
            var (exit, _, err) = ConsoleCapture.Run([command, profile, .. output]);
            Assert.True(exit == 2, $"{command}: {err}");
            Assert.Contains("adaptations/election-procedure.yaml:2:5: error DT0406: the override of `term` removes a clause that clause", err);
            Assert.Contains("(`ref \"term\"`)", err);
            Assert.DoesNotContain("election-procedure.md.sbn", err);
        }
    }

    [Fact]
    public void Should_say_which_sub_clauses_an_override_replaces()
    {
        using var dir = new TempDir();
        var profile = Profile(dir, "membership-rules", """
            overrides:
              - clause: admission
                action: replace
                text: |
                  # Application and admission {#admission}

                  The general assembly admits members.
            """);

        var (exit, _, err) = ConsoleCapture.Run("validate", profile);
        Assert.Contains("adaptations/membership-rules.yaml:2:5: warning DT0412: the override replaces `admission` together with its sub-clauses `how-to-apply`, `verification`, `admission-decision`, `admission-refusal`, `start-of-membership`", err);
        Assert.True(exit == 0, err);
    }
}
