using DocTool.Core.Diffing;
using DocTool.Tests.Support;

namespace DocTool.Tests.Diffing;

public class ClauseDiffTests
{
    private const string Version1 = """
        # Purpose {#purpose}

        {{ org.name }} exists to support sex workers.

        ## Admission {#admission}

        The board decides within 60 days.

        ## Fees {#fees}

        Fees are set each year.

        """;

    private static IReadOnlyList<DocClause> Clauses(string template)
    {
        using var pack = new TestPack(template);
        using var dir = new TempDir();
        var outcome = Harness.Build(pack.Load(), Harness.ProfileVariant(dir, "scswa.yaml"), dir.File("out"), langs: ["en"]);
        Assert.True(outcome.ExitCode == 0, string.Join('\n', outcome.Diagnostics));
        return DocxClauseReader.Read(outcome.Written.Single().Bytes);
    }

    [Fact]
    public void Should_show_exactly_the_changed_clause_after_a_template_change()
    {
        var before = Clauses(Version1);
        var after = Clauses(Version1.Replace("within 60 days", "within 90 days", StringComparison.Ordinal));
        var change = Assert.Single(ClauseDiff.Compare(before, after));
        Assert.Equal(ChangeKind.Changed, change.Kind);
        Assert.Equal("admission", change.Id);
        Assert.Contains(change.Words, w => w.Op == -1 && w.Text.Contains("60", StringComparison.Ordinal));
        Assert.Contains(change.Words, w => w.Op == 1 && w.Text.Contains("90", StringComparison.Ordinal));
        Assert.Contains("[-60-] {+90+}", ClauseDiff.Render([new DocumentDiff("doc.docx", null, [change])], markdown: false));
    }

    [Fact]
    public void Should_report_added_and_removed_clauses()
    {
        var before = Clauses(Version1);
        var after = Clauses(Version1.Replace("## Fees {#fees}\n\nFees are set each year.\n", "## Appeals {#appeals}\n\nA member may appeal.\n", StringComparison.Ordinal));
        var changes = ClauseDiff.Compare(before, after);
        Assert.Contains(changes, c => c.Kind == ChangeKind.Added && c.Id == "appeals");
        Assert.Contains(changes, c => c.Kind == ChangeKind.Removed && c.Id == "fees");
        Assert.Equal(2, changes.Count);
    }

    [Fact]
    public void Should_find_no_changes_between_identical_builds()
    {
        Assert.Empty(ClauseDiff.Compare(Clauses(Version1), Clauses(Version1)));
    }
}
