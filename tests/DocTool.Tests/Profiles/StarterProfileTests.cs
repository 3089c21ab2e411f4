using DocTool.Core.Diagnostics;
using DocTool.Core.Profiles;
using DocTool.Core.Profiles.Validation;

namespace DocTool.Tests.Profiles;

/// <summary>The profile <c>doctool init</c> writes validates as written, for every kind and a few language choices.</summary>
public class StarterProfileTests
{
    public static TheoryData<string, string> Choices()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in StarterProfile.Kinds)
        {
            foreach (var languages in new[] { "en", "fr,en", "ru,en,zh", "es" })
            {
                data.Add(kind, languages);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Choices))]
    public void Should_write_a_starter_profile_that_validates_as_written(string kind, string languages)
    {
        var text = StarterProfile.Create("Example Sex Workers' Network", languages.Split(','), kind, "profile-v1.schema.json");
        var bag = new DiagnosticBag();
        var root = YamlReader.ReadText(text, "starter.yaml", bag);
        Assert.NotNull(root);
        ProfileValidator.Validate(root, "starter.yaml", ProfileCorpus.PackLanguages, bag);
        Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted));

        // Only the translation placeholders are reported, and only for the languages other than English.
        Assert.All(bag.Sorted, d => Assert.Equal((Severity.Warning, Codes.Placeholder), (d.Severity, d.Code)));
        Assert.Equal(languages.Split(',').Any(l => l != "en"), bag.Count > 0);
    }

    [Fact]
    public void Should_hold_a_todo_marker_in_every_non_english_text_slot_never_english()
    {
        var text = StarterProfile.Create("Сеть секс-работников", ["ru", "en"], "national_network", "s.json");
        Assert.DoesNotContain("ru: \"Board\"", text);
        Assert.Contains("ru: \"TODO(ru): Board\"", text);
        Assert.Contains("en: \"Board\"", text);
        var bag = new DiagnosticBag();
        var root = YamlReader.ReadText(text, "starter.yaml", bag)!;
        ProfileValidator.Validate(root, "starter.yaml", ProfileCorpus.PackLanguages, bag);
        var warnings = bag.Sorted.Where(d => d.Code == Codes.Placeholder).ToList();
        Assert.Equal(4, warnings.Count);
        Assert.Contains(warnings, w => w.Message.Contains("`governance.board.name.ru` still holds the placeholder \"TODO(ru): Board\"", StringComparison.Ordinal) && w.Span.Line > 0);
    }

    [Theory]
    [InlineData("Сеть секс-работников Кыргызстана", "SSRK")]
    [InlineData("Ассоциация Тиналайн", "AT")]
    [InlineData("Réseau des Travailleuses du Sexe", "RDTDS")]
    [InlineData("Δίκτυο Εργαζομένων", "DE")]
    [InlineData("Tinalain", "TINALAIN")]
    public void Should_make_a_latin_short_name_from_a_name_in_another_script(string name, string expected) =>
        Assert.Equal(expected, StarterChoices.ShortName(name));

    [Fact]
    public void Should_make_no_short_name_from_a_name_it_cannot_transliterate() =>
        Assert.Null(StarterChoices.ShortName("亚太性工作者网络"));

    [Theory]
    [InlineData("CFA", "ML", "XOF")]
    [InlineData("FCFA", "SN", "XOF")]
    [InlineData("fcfa", "CM", "XAF")]
    [InlineData("CFA", "GA", "XAF")]
    [InlineData("shilling", "UG", "UGX")]
    [InlineData("som", "KG", "KGS")]
    [InlineData("euro", "FR", "EUR")]
    [InlineData("xof", null, "XOF")]
    [InlineData(null, "PY", "PYG")]
    [InlineData(null, "KE", "KES")]
    public void Should_choose_the_currency_from_a_common_name_and_the_country(string? typed, string? country, string expected)
    {
        Assert.Equal(expected, StarterChoices.Currency(typed, country, out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void Should_name_both_cfa_francs_when_the_country_does_not_decide()
    {
        Assert.Null(StarterChoices.Currency("CFA", "KE", out var problem));
        Assert.Contains("XOF", problem);
        Assert.Contains("XAF", problem);
    }
}
