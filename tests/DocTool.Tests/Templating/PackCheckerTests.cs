using DocTool.Core.Diagnostics;
using DocTool.Core.Packs.Checking;
using DocTool.Core.Profiles.Validation;
using DocTool.Tests.Support;

namespace DocTool.Tests.Templating;

public class PackCheckerTests
{
    private const string English = """
        # Purpose {#purpose}

        {{ org.name }} works in {{ countries org.countries }}.

        {{ if hr.has_staff }}
        ## Staff {#staff}

        Staff work {{ hr.hours_per_week }} hours.
        {{ end }}

        ## Members {#members}

        {{ for c in membership.categories }}{{ c.name }} {{ end }}

        """;

    private static CheckReport Check(string en, string fr, Action<TestPack>? before = null)
    {
        using var pack = new TestPack(en, fr);
        before?.Invoke(pack);
        return PackChecker.Check(pack.Load(), ProfileValidator.SchemaJson);
    }

    private static string Lines(CheckReport report, string code) =>
        string.Join('\n', report.Diagnostics.Where(d => d.Code == code).Select(d => d.ToString()));

    [Fact]
    public void Should_accept_a_translation_with_the_same_structure()
    {
        var fr = English.Replace("works in", "travaille en", StringComparison.Ordinal).Replace("Purpose", "Objet", StringComparison.Ordinal);
        var report = Check(English, fr);
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Should_report_a_clause_missing_in_one_language_at_its_place()
    {
        var fr = English.Replace("## Staff {#staff}\n", string.Empty, StringComparison.Ordinal);
        var report = Check(English, fr);
        var line = Lines(report, Codes.TranslationParity);
        Assert.Contains("fr/doc.md.sbn:1:1: error DT0408: the en clause `staff` (\"Staff\"", line);
        Assert.Contains("is missing in fr; it belongs after `purpose`", line);
        Assert.Contains(report.Table, r => r.Language == "fr" && r.Status == "broken");
    }

    [Fact]
    public void Should_report_a_different_condition()
    {
        var fr = English.Replace("{{ if hr.has_staff }}", "{{ if !hr.has_staff }}", StringComparison.Ordinal);
        var line = Lines(Check(English, fr), Codes.TranslationParity);
        Assert.Contains("fr/doc.md.sbn:5:4: error DT0408: conditions differ from en", line);
    }

    [Fact]
    public void Should_report_an_unknown_field_with_a_suggestion()
    {
        var en = English.Replace("hr.hours_per_week", "hr.hours_per_wek", StringComparison.Ordinal);
        var line = Lines(Check(en, en), Codes.UnknownVariable);
        Assert.Contains("en/doc.md.sbn:8:15: error DT0402: `hr.hours_per_wek` is not a field of profile format v1; did you mean `hr.hours_per_week`?", line);
    }

    [Fact]
    public void Should_report_helper_arity()
    {
        var en = English.Replace("{{ countries org.countries }}", "{{ countries }}", StringComparison.Ordinal);
        Assert.Contains("`countries` takes 1 argument(s) but is given 0", Lines(Check(en, en), Codes.HelperMisuse));
    }

    [Fact]
    public void Should_flag_a_translation_as_stale_until_accepted()
    {
        using var pack = new TestPack(English, English);
        var loaded = pack.Load();
        PackChecker.Accept(loaded, "fr");
        PackChecker.Accept(loaded, "ru");
        Assert.DoesNotContain(PackChecker.Check(loaded, ProfileValidator.SchemaJson).Diagnostics, d => d.Code == Codes.StaleTranslation);

        File.WriteAllText(Path.Combine(pack.Folder, "en", "doc.md.sbn"), English.Replace("Staff work", "Employees work", StringComparison.Ordinal));
        var report = PackChecker.Check(pack.Load(), ProfileValidator.SchemaJson);
        var stale = Assert.Single(report.Diagnostics, d => d.Code == Codes.StaleTranslation && d.Span.File.Contains("/fr/", StringComparison.Ordinal));
        Assert.Contains("clause `staff` may be stale", stale.Message);
        Assert.Equal(6, stale.Span.Line);
        Assert.Contains(report.Table, r => r.Language == "fr" && r.Status == "stale" && r.Stale == 1);

        PackChecker.Accept(pack.Load(), "fr");
        PackChecker.Accept(pack.Load(), "ru");
        Assert.DoesNotContain(PackChecker.Check(pack.Load(), ProfileValidator.SchemaJson).Diagnostics, d => d.Code == Codes.StaleTranslation);
    }
}
