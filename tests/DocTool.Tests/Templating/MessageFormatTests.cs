using DocTool.Core.Building;
using DocTool.Core.Diagnostics;
using DocTool.Core.Templating.Messages;
using DocTool.Tests.Support;

namespace DocTool.Tests.Templating;

/// <summary>The message syntax of catalogues: parsing, and rendering through a skeleton in each language.</summary>
public class MessageFormatTests
{
    private const string Nbsp = "\u00A0";

    [Fact]
    public void Should_parse_arguments_terms_clause_references_and_selectors()
    {
        var parsed = MessageParser.Parse("{org} {-sex-worker.pl|cap} {#grounds} {n, count, one {day} other {days}} {x, select, true {a {y}} other {}} \\{literal\\}");
        Assert.Equal(["{org}", "{#grounds}", "{n}", "{x}", "{y}"], parsed.Placeholders);
        Assert.Equal(["sex-worker"], parsed.Terms);
        Assert.Equal(["grounds"], parsed.ClauseRefs);
        Assert.Equal(["org", "n", "x", "y"], parsed.Arguments);
        Assert.Equal(new TextNode(" {literal}"), parsed.Nodes[^1]);
    }

    [Theory]
    [InlineData("{org", 4, "expected `}` to close `{org`")]
    [InlineData("text }", 5, "a `}` closes nothing")]
    [InlineData("{n, choose, other {x}}", 0, "`choose` is not a selector")]
    [InlineData("{n, select, true {x}}", 0, "needs an `other` branch")]
    [InlineData("{n, select, a {x} a {y} other {}}", 18, "the branch `a` is written twice")]
    [InlineData("{30, select, other {x}}", 0, "`select` chooses by a placeholder, not a number")]
    [InlineData("{x|upper}", 3, "`|upper` is not a modifier")]
    public void Should_say_what_is_wrong_and_where(string text, int offset, string message)
    {
        var e = Assert.Throws<MessageSyntaxException>(() => MessageParser.Parse(text));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Equal(offset, e.Offset);
    }

    [Fact]
    public void Should_refuse_selectors_nested_deeper_than_the_limit()
    {
        var text = string.Concat(Enumerable.Repeat("{x, select, other {", MessageParser.MaxDepth + 1)) + new string('}', 2 * (MessageParser.MaxDepth + 1));
        Assert.Throws<MessageSyntaxException>(() => MessageParser.Parse(text));
    }

    [Theory]
    [InlineData("en", 1, "1" + Nbsp + "day")]
    [InlineData("en", 21, "21" + Nbsp + "days")]
    [InlineData("ru", 21, "21" + Nbsp + "день")]
    [InlineData("ru", 3, "3" + Nbsp + "дня")]
    [InlineData("ru", 11, "11" + Nbsp + "дней")]
    [InlineData("zh", 14, "14天")]
    [InlineData("fr", 1500, "1" + "\u202F" + "500" + Nbsp + "jours")]
    public void Should_count_with_the_plural_rules_and_number_format_of_each_language(string lang, int days, string expected)
    {
        var messages = new Dictionary<string, string>
        {
            ["en"] = "p.1: \"{n, count, one {day} other {days}}\"\n",
            ["fr"] = "p.1: \"{n, count, one {jour} other {jours}}\"\n",
            ["ru"] = "p.1: \"{n, count, one {день} few {дня} many {дней} other {дня}}\"\n",
            ["zh"] = "p.1: \"{n, count, other {天}}\"\n",
        };
        Assert.Equal(expected, Render("# T {#tt}\n\n{{ m \"p.1\" {n: x} }}\n", messages, lang, ("{{ x }}", days.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Should_choose_by_value_truthiness_and_enumeration()
    {
        var messages = new Dictionary<string, string>
        {
            ["en"] = "p.1: \"[{s, select, true {has ({s})} other {none}}] [{k, select, regional_network {regional} other {other: {k}}}] [{b, select, true {yes} false {no} other {?}}]\"\n",
        };
        Assert.Equal("[has (East)] [regional] [no]", Render("# T {#tt}\n\n{{ m \"p.1\" {s: \"East\", k: \"regional_network\", b: false} }}\n", messages, "en"));
        Assert.Equal("[none] [other: national_network] [yes]", Render("# T {#tt}\n\n{{ m \"p.1\" {s: null, k: \"national_network\", b: true} }}\n", messages, "en"));
    }

    [Fact]
    public void Should_print_plural_numbers_terms_forms_and_clause_numbers()
    {
        var messages = new Dictionary<string, string>
        {
            ["fr"] = "p.1: \"{n, plural, one {# siège} other {# sièges}} ; {-sex-worker.pl|cap} ; {manager.du} ; voir l'article {#tt}.\"\n",
        };
        var text = Render("# T {#tt}\n\n{{ m \"p.1\" {n: 3, manager: (term \"executive-director\")} }}\n", messages, "fr");
        Assert.Equal("3 sièges ; TravailleurSEs du sexe ; du ou de la directeurICE exécutifVE ; voir l'article 1.", text);
    }

    [Theory]
    [InlineData("KORA", null, "de KORA|à KORA|que KORA")]
    [InlineData("ASO", null, "d'ASO|à ASO|qu'ASO")]
    [InlineData("Réseau national", "{article: true, gender: m}", "du Réseau national|au Réseau national|que le Réseau national")]
    [InlineData("Coalition des femmes", "{article: true, gender: f}", "de la Coalition des femmes|à la Coalition des femmes|que la Coalition des femmes")]
    [InlineData("Association Arc-en-ciel", "{article: true, gender: f}", "de l'Association Arc-en-ciel|à l'Association Arc-en-ciel|que l'Association Arc-en-ciel")]
    public void Should_write_the_organisation_name_with_french_elision_and_articles(string shortName, string? grammar, string expected)
    {
        var messages = new Dictionary<string, string> { ["fr"] = "p.1: \"{org.de}|{org.a}|{org.que}\"\n" };
        var replacements = new List<(string, string)> { ("short_name: SCSWA", $"short_name: \"{shortName}\"") };
        if (grammar is not null)
        {
            replacements.Add(("  founded: 2011\n", $"  founded: 2011\n  grammar: {{fr: {grammar}}}\n"));
        }

        Assert.Equal(expected, Render("# T {#tt}\n\n{{ m \"p.1\" }}\n", messages, "fr", [.. replacements]));
    }

    [Fact]
    public void Should_write_the_organisation_name_with_spanish_contractions()
    {
        var messages = new Dictionary<string, string> { ["es"] = "p.1: \"{org.de}|{org.a}|{org.el}\"\n" };
        Assert.Equal("del Consejo Nacional|al Consejo Nacional|el Consejo Nacional", Render("# T {#tt}\n\n{{ m \"p.1\" }}\n", messages, "es",
            ("short_name: SCSWA", "short_name: \"Consejo Nacional\""), ("  founded: 2011\n", "  founded: 2011\n  grammar: {es: {article: true, gender: m}}\n")));
        Assert.Equal("de la Red|a la Red|la Red", Render("# T {#tt}\n\n{{ m \"p.1\" }}\n", messages, "es",
            ("short_name: SCSWA", "short_name: \"Red\""), ("  founded: 2011\n", "  founded: 2011\n  grammar: {es: {article: true, gender: f}}\n")));
    }

    [Fact]
    public void Should_report_a_placeholder_the_skeleton_does_not_pass_at_the_message_line_in_the_catalogue()
    {
        var messages = new Dictionary<string, string> { ["en"] = "p.0: \"fine\"\np.1: \"Within {dayz} days.\"\n" };
        using var pack = new SkeletonPack("# T {#tt}\n\n{{ m \"p.0\" }}\n\n{{ m \"p.1\" {days: 3} }}\n", messages);
        var outcome = Build(pack, "en");
        var error = Assert.Single(outcome.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Codes.TemplateRuntime, error.Code);
        Assert.EndsWith("messages/en/doc.yaml", error.Span.File, StringComparison.Ordinal);
        Assert.Equal(2, error.Span.Line);
        Assert.Contains("message `p.1` uses `{dayz}`, but the skeleton passes only `days`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_an_unknown_message_id_at_the_skeleton_call_with_a_suggestion()
    {
        var messages = new Dictionary<string, string> { ["en"] = "intro.1: \"Hello\"\n" };
        using var pack = new SkeletonPack("# T {#tt}\n\n{{ m \"intro.2\" }}\n", messages);
        var error = Assert.Single(Build(pack, "en").Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Codes.MissingString, error.Code);
        Assert.EndsWith("documents/doc.sbn", error.Span.File, StringComparison.Ordinal);
        Assert.Equal(3, error.Span.Line);
        Assert.Contains("has no message `intro.2`; did you mean `intro.1`?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_a_catalogue_that_is_not_yaml_at_its_line_and_build_nothing()
    {
        var messages = new Dictionary<string, string> { ["en"] = "p.1: \"Hello\"\n", ["fr"] = "p.1: \"Bonjour\n" };
        using var pack = new SkeletonPack("# Tt {#tt}\n\n{{ m \"p.1\" }}\n", messages);
        var outcome = Build(pack, "fr");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Empty(outcome.Written);
        var error = Assert.Single(outcome.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Codes.YamlSyntax, error.Code);
        Assert.EndsWith("messages/fr/doc.yaml", error.Span.File, StringComparison.Ordinal);
        Assert.True(error.Span.Line > 0);
    }

    private static BuildOutcome Build(SkeletonPack pack, string lang, params (string, string)[] replacements)
    {
        using var dir = new TempDir();
        var profile = Harness.ProfileVariant(dir, "scswa.yaml", replacements);
        return Harness.Build(pack.Load(), profile, dir.File("out"), langs: [lang], formats: OutputFormat.Markdown);
    }

    private static string Render(string skeleton, Dictionary<string, string> messages, string lang, params (string From, string To)[] replacements)
    {
        // A placeholder in the skeleton itself ({{ x }}) is replaced before the pack is written.
        foreach (var (from, to) in replacements.Where(r => r.From.StartsWith("{{", StringComparison.Ordinal)))
        {
            skeleton = skeleton.Replace(from, to, StringComparison.Ordinal);
        }

        foreach (var l in new[] { "en", "fr", "es", "ru", "zh" }.Where(l => !messages.ContainsKey(l)))
        {
            messages[l] = messages.First().Value;
        }

        using var pack = new SkeletonPack(skeleton.Replace("{n: x}", "{n: " + (replacements.FirstOrDefault(r => r.From == "{{ x }}").To ?? "0") + "}", StringComparison.Ordinal), messages);
        var outcome = Build(pack, lang, [.. replacements.Where(r => !r.From.StartsWith("{{", StringComparison.Ordinal))]);
        Assert.True(outcome.ExitCode == 0, string.Join('\n', outcome.Diagnostics));
        var md = System.Text.Encoding.UTF8.GetString(outcome.Written.Single().Bytes);
        return md.Split('\n').Select(l => l.Trim()).Last(l => l.Length > 0 && !l.StartsWith('#'));
    }
}
