using System.Text;
using DocTool.Core.Building;
using DocTool.Core.Diagnostics;
using DocTool.Core.Docx;
using DocTool.Tests.Support;

namespace DocTool.Tests.Building;

public class OverrideTests
{
    private const string Model = """
        # Membership {#membership}

        ## Admission {#admission}

        The board decides within 60 days.

        ## Fees {#fees}

        Fees are set each year.

        ## Register {#register}

        The secretary keeps the register.

        # Resignation {#resignation}

        A member may resign at any time.

        """;

    private static (BuildOutcome Outcome, string Markdown, string Projection) Build(string overridesYaml, string profileExtra = "overrides: {folder: adaptations}\n")
    {
        using var pack = new TestPack(Model);
        using var dir = new TempDir();
        var profile = Harness.ProfileVariant(dir, "scswa.yaml");
        File.AppendAllText(profile, "\n" + profileExtra);
        Directory.CreateDirectory(dir.File("adaptations"));
        File.WriteAllText(dir.File("adaptations/doc.yaml"), overridesYaml);
        var outcome = Harness.Build(pack.Load(), profile, dir.File("out"), langs: ["en"], formats: OutputFormat.Docx | OutputFormat.Markdown);
        if (outcome.ExitCode != 0)
        {
            return (outcome, string.Empty, string.Empty);
        }

        return (outcome, Encoding.UTF8.GetString(outcome.Written.Single(f => f.Format == "md").Bytes), DocxProjection.Project(outcome.Written.Single(f => f.Format == "docx").Bytes));
    }

    private const string ThreeAdaptations = """
        overrides:
          - clause: admission
            action: replace
            text:
              en: |
                ## Admission {#admission}

                The general assembly decides within 90 days.
          - clause: fees
            action: remove
          - clause: register
            action: insert_after
            text:
              en: |
                ## Regional register {#regional-register}

                Each country keeps its own register.
        """;

    [Fact]
    public void Should_apply_three_adaptations_keep_numbering_and_list_them()
    {
        var (outcome, markdown, projection) = Build(ThreeAdaptations);
        Assert.True(outcome.ExitCode == 0, string.Join('\n', outcome.Diagnostics));
        Assert.Contains("The general assembly decides within 90 days.", markdown);
        Assert.DoesNotContain("Fees are set", markdown);
        Assert.Contains("[Heading2] 1.1 Admission", projection);
        Assert.Contains("[Heading2] 1.2 Register", projection);
        Assert.Contains("[Heading2] 1.3 Regional register", projection);
        Assert.Contains("[AnnexHeading1] Annex A: Adaptations to the model", projection);
        Assert.Contains("1.1 Admission — the model text was replaced", projection);
        Assert.Contains("Fees — the model clause was removed", projection);
        Assert.Contains("1.3 Regional register — a clause added to the model", projection);
        DocxCheck.AssertValid(outcome.Written.Single(f => f.Format == "docx").Bytes, "overridden");

        // No model_hash recorded: each override warns with the hash to record.
        Assert.Equal(3, outcome.Diagnostics.Count(d => d.Severity == Severity.Warning && d.Message.Contains("model_hash", StringComparison.Ordinal)));
    }

    [Fact]
    public void Should_leave_out_the_annex_when_turned_off()
    {
        var (outcome, markdown, _) = Build(ThreeAdaptations, "overrides: {folder: adaptations, annex: false}\n");
        Assert.Equal(0, outcome.ExitCode);
        Assert.DoesNotContain("Adaptations to the model", markdown);
    }

    [Fact]
    public void Should_reject_an_unknown_clause_id_with_the_nearest_ids()
    {
        var (outcome, _, _) = Build("""
            overrides:
              - clause: admision
                action: remove
            """);
        Assert.Equal(2, outcome.ExitCode);
        var d = Assert.Single(outcome.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("the clause `admision` does not exist in `doc`; nearest ids: `admission`", d.Message);
        Assert.EndsWith("doc.yaml", d.Span.File);
        Assert.Equal(2, d.Span.Line);
    }

    [Fact]
    public void Should_warn_when_the_model_clause_changed_since_the_override()
    {
        var (outcome, _, _) = Build("""
            overrides:
              - clause: fees
                action: remove
                model_hash: 0000000000000000
            """);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains(outcome.Diagnostics, d => d.Code == Codes.StaleTranslation && d.Message.Contains("has changed since this override was written", StringComparison.Ordinal));
    }
}
