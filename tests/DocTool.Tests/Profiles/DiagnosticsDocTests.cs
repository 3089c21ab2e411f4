using System.Reflection;
using System.Text.RegularExpressions;
using DocTool.Core.Diagnostics;
using DocTool.Tests.Support;

namespace DocTool.Tests.Profiles;

/// <summary>docs/diagnostics.md documents every code DocTool can print, once, in one table.</summary>
public partial class DiagnosticsDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "diagnostics.md"));

    public static TheoryData<string> AllCodes() => [.. CodeList()];

    private static List<string> CodeList() =>
        [.. typeof(Codes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Should_document_the_code_in_one_table_row(string code)
    {
        var rows = Doc.Split('\n').Where(l => l.StartsWith($"| {code} |", StringComparison.Ordinal) || l.StartsWith($"| `{code}` |", StringComparison.Ordinal)).ToList();
        Assert.True(rows.Count == 1, $"{code}: expected one row in docs/diagnostics.md, found {rows.Count}");
        var cells = rows[0].Trim('|').Split(" | ");
        Assert.True(cells.Length == 4 && cells.All(c => c.Trim().Length > 0), $"{code}: the row needs four filled cells (code, meaning, typical cause, how to fix)");
    }

    [Fact]
    public void Should_document_no_code_that_does_not_exist()
    {
        var known = CodeList().ToHashSet(StringComparer.Ordinal);
        var documented = CodeInRow().Matches(Doc).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(documented.Distinct().Count(), documented.Count);
        Assert.All(documented, c => Assert.Contains(c, known));
    }

    [GeneratedRegex(@"^\| `?(DT\d{4})`? \|", RegexOptions.Multiline)]
    private static partial Regex CodeInRow();
}
