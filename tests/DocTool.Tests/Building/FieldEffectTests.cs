using System.Text;
using DocTool.Core.Building;
using DocTool.Tests.Support;

namespace DocTool.Tests.Building;

/// <summary>Changing a profile field changes the documents where it should.</summary>
public class FieldEffectTests
{
    private static string Markdown(string doc, params (string From, string To)[] changes)
    {
        using var dir = new TempDir();
        var profile = Harness.ProfileVariant(dir, "scswa.yaml", changes);
        var outcome = Harness.Build(Harness.Pack, profile, dir.File("out"), [doc], ["en"], OutputFormat.Markdown);
        Assert.True(outcome.ExitCode == 0, string.Join('\n', outcome.Diagnostics));
        return Encoding.UTF8.GetString(outcome.Written.Single().Bytes);
    }

    [Fact]
    public void Should_drop_salary_grades_and_cover_volunteers_when_there_is_no_staff()
    {
        var staff = Markdown("hr-manual");
        var volunteers = Markdown("hr-manual", ("has_staff: true", "has_staff: false"));
        Assert.Contains("grade", staff, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("| Grade |", volunteers, StringComparison.Ordinal);
        Assert.Contains("volunteers and consultants only", volunteers, StringComparison.Ordinal);
        Assert.DoesNotContain("volunteers and consultants only", staff, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_add_a_table_row_for_a_fourth_approval_tier()
    {
        static int Rows(string md) => md.Split('\n').Count(l => l.StartsWith('|'));
        var three = Markdown("finance-manual");
        var four = Markdown("finance-manual", ("    - {max: null, approver: [executive_director, treasurer]}", "    - {max: 1000000, approver: [executive_director, treasurer]}\n    - {max: null, approver: board}"));
        Assert.Equal(Rows(three) + 1, Rows(four));
        Assert.Contains("KGS\u00A01,000,000", four, StringComparison.Ordinal);
        Assert.DoesNotContain("KGS\u00A01,000,000", three, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rerun_then_lot")]
    [InlineData("chair_casting_vote")]
    [InlineData("lot")]
    public void Should_select_the_tie_break_clause(string rule)
    {
        var md = Markdown("election-procedure", ("tie_break: rerun_then_lot", $"tie_break: {rule}"));
        var other = Markdown("election-procedure", ("tie_break: rerun_then_lot", $"tie_break: {(rule == "lot" ? "chair_casting_vote" : "lot")}"));
        Assert.NotEqual(md, other);
    }

    [Fact]
    public void Should_format_amounts_from_the_profile_in_the_functional_currency()
    {
        var md = Markdown("finance-manual", ("petty_cash: {float: 25000", "petty_cash: {float: 31500"));
        Assert.Contains("KGS\u00A031,500", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_speak_of_member_organisations_for_a_network_and_of_members_for_an_organisation()
    {
        var network = Markdown("membership-rules");
        var organisation = Markdown("membership-rules", ("kind: regional_network", "kind: organisation"));
        Assert.Contains("member organisation", network, StringComparison.Ordinal);
        Assert.NotEqual(network, organisation);
    }
}
