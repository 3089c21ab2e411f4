using DocTool.Core.Diagnostics;
using DocTool.Core.Packs.Checking;
using DocTool.Core.Profiles.Validation;
using DocTool.Tests.Support;

namespace DocTool.Tests.Templating;

/// <summary>The bundled pack passes its own linter: every field it reads exists, every field is used, translations match.</summary>
public class BundledPackTests
{
    private static readonly CheckReport Report = PackChecker.Check(Harness.Pack, ProfileValidator.SchemaJson);

    [Fact]
    public void Should_read_only_fields_of_the_profile_format()
    {
        Assert.DoesNotContain(Report.Diagnostics, d => d.Code == Codes.UnknownVariable);
    }

    [Fact]
    public void Should_use_every_field_of_the_profile_format()
    {
        var unused = Report.Diagnostics.Where(d => d.Code == Codes.UnusedField).Select(d => d.Message).ToList();
        Assert.True(unused.Count == 0, string.Join('\n', unused));
    }

    [Fact]
    public void Should_keep_translations_in_parity_with_english()
    {
        var problems = Report.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(30)));
    }

    [Fact]
    public void Should_have_reviewed_every_translation_against_the_current_english()
    {
        var stale = Report.Diagnostics.Where(d => d.Code == Codes.StaleTranslation).Select(d => d.ToString()).ToList();
        Assert.True(stale.Count == 0, $"{stale.Count} stale clause(s); after review run `doctool templates check --accept LANG`:\n{string.Join('\n', stale.Take(10))}");
    }
}
