using DocTool.Core.Building;
using DocTool.Core.Diagnostics;
using DocTool.Tests.Support;

namespace DocTool.Tests.Templating;

public class TemplateEngineTests
{
    private static BuildOutcome BuildWith(string templateEn, string? templateFr = null, string lang = "en", string sample = "scswa.yaml", params (string, string)[] replacements)
    {
        using var pack = new TestPack(templateEn, templateFr);
        using var dir = new TempDir();
        var profile = Harness.ProfileVariant(dir, sample, replacements);
        return Harness.Build(pack.Load(), profile, dir.File("out"), langs: [lang], formats: OutputFormat.Markdown | OutputFormat.Docx);
    }

    private static string Markdown(BuildOutcome outcome) =>
        System.Text.Encoding.UTF8.GetString(outcome.Written.Single(f => f.Format == "md").Bytes);

    [Fact]
    public void Should_report_a_misspelled_field_at_its_line_and_column()
    {
        var outcome = BuildWith("# Intro {#intro}\n\nFee: {{ membership.fee_curency }}\n");
        Assert.Equal(2, outcome.ExitCode);
        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal(Codes.UnknownVariable, d.Code);
        Assert.EndsWith("en/doc.md.sbn", d.Span.File);
        Assert.Equal(3, d.Span.Line);
        Assert.Contains("fee_curency", d.Message);
        Assert.Empty(outcome.Written);
    }

    [Fact]
    public void Should_report_an_unknown_variable()
    {
        var outcome = BuildWith("# Intro {#intro}\n\n{{ organisation.name }}\n");
        Assert.Equal(Codes.UnknownVariable, Assert.Single(outcome.Diagnostics).Code);
    }

    [Fact]
    public void Should_report_a_syntax_error_with_position()
    {
        var outcome = BuildWith("# Intro {#intro}\n\n{{ if org.kind }\n");
        var d = outcome.Diagnostics.First();
        Assert.Equal(Codes.TemplateSyntax, d.Code);
        Assert.Equal(3, d.Span.Line);
    }

    [Fact]
    public void Should_report_a_helper_called_wrongly()
    {
        var outcome = BuildWith("# Intro {#intro}\n\n{{ money \"lots\" }}\n");
        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal(Codes.HelperMisuse, d.Code);
        Assert.Contains("needs a number", d.Message);
    }

    [Fact]
    public void Should_stop_an_endless_loop_with_a_limit_error()
    {
        var outcome = BuildWith("# Intro {#intro}\n\n{{ while true }}x{{ end }}\n");
        Assert.Equal(Codes.TemplateLimit, Assert.Single(outcome.Diagnostics).Code);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../../secret")]
    [InlineData("en/../../x")]
    public void Should_confine_include_to_the_pack(string name)
    {
        var outcome = BuildWith($"# Intro {{#intro}}\n\n{{{{ include \"{name}\" }}}}\n");
        Assert.Equal(Codes.BadInclude, Assert.Single(outcome.Diagnostics).Code);
    }

    [Fact]
    public void Should_not_expose_the_clock()
    {
        var outcome = BuildWith("# Intro {#intro}\n\n{{ date.now }}\n");
        Assert.Equal(2, outcome.ExitCode);
    }

    [Theory]
    [InlineData("{{ string.upcase = 1 }}", 2)]
    [InlineData("{{ array.extra = \"x\" }}", 2)]
    [InlineData("{{ string = 1 }}", 0)] // shadows `string` in this template's own globals only
    public void Should_not_let_a_template_change_the_shared_builtins(string attempt, int exit)
    {
        var first = BuildWith($"# Intro {{#intro}}\n\n{attempt}\n");
        Assert.Equal(exit, first.ExitCode);
        var after = BuildWith("# Intro {#intro}\n\n{{ \"abc\" | string.upcase }} {{ [1, 2] | array.size }}\n", lang: "en");
        Assert.Equal(0, after.ExitCode);
        Assert.Contains("ABC 2", Markdown(after));
    }

    [Fact]
    public void Should_resolve_text_fields_and_format_with_helpers()
    {
        var outcome = BuildWith("# Intro {#intro}\n\n{{ org.name }} / {{ governance.board.name }} / {{ money finance.petty_cash.float }} / {{ countries org.countries }} / {{ label \"roles\" finance.approval_limits[2].approver }}\n", lang: "en");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Steppe & Caucasus Sex Worker Alliance / Management Committee / KGS\u00A025,000 / Kazakhstan, Kyrgyzstan, Tajikistan, Georgia and Armenia / executive director and treasurer", Markdown(outcome));
    }

    [Fact]
    public void Should_fall_back_to_the_primary_language_for_a_language_the_profile_generates()
    {
        // The sample's texts exist in en and ru only; with fr in languages.generate, format v1 uses the ru (primary) text.
        using var pack = new TestPack("# Intro {#intro}\n\n{{ org.name }}\n");
        using var dir = new TempDir();
        var profile = Harness.ProfileVariant(dir, "scswa.yaml", ("generate: [ru, en]", "generate: [ru, en, fr]"));
        var outcome = Harness.Build(pack.Load(), profile, dir.File("out"), langs: ["fr"], formats: OutputFormat.Markdown, allowFallback: false);
        Assert.True(outcome.ExitCode == 0, string.Join('\n', outcome.Diagnostics));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == Codes.MissingTranslation);
        Assert.Contains("Альянс секс-работников Степи и Кавказа", Markdown(outcome));
    }

    [Fact]
    public void Should_refuse_another_languages_text_in_a_forced_language_unless_allowed()
    {
        using var pack = new TestPack("# Intro {#intro}\n\n{{ org.name }} ({{ org.region.subregion }})\n");
        using var dir = new TempDir();
        var profile = Harness.ProfileVariant(dir, "scswa.yaml");

        // fr is not in the profile's languages.generate: each field that would print Russian words is named.
        var refused = Harness.Build(pack.Load(), profile, dir.File("out"), langs: ["fr"], formats: OutputFormat.Markdown, allowFallback: false);
        Assert.Equal(2, refused.ExitCode);
        Assert.Empty(refused.Written);
        var errors = refused.Diagnostics.Where(d => d.Code == Codes.MissingTranslation && d.Severity == Severity.Error).ToList();
        Assert.Contains(errors, d => d.Message.StartsWith("`org.name` has no `fr` text", StringComparison.Ordinal) && d.Span.Line > 0 && d.Span.Column > 0);
        Assert.Contains(errors, d => d.Message.StartsWith("`org.region.subregion` has no `fr` text", StringComparison.Ordinal));

        // With --allow-fallback it builds, and every fallback is a warning.
        var allowed = Harness.Build(pack.Load(), profile, dir.File("out2"), langs: ["fr"], formats: OutputFormat.Markdown, allowFallback: true);
        Assert.True(allowed.ExitCode == 0, string.Join('\n', allowed.Diagnostics));
        var warnings = allowed.Diagnostics.Where(d => d.Code == Codes.MissingTranslation).ToList();
        Assert.All(warnings, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains(warnings, d => d.Message.Contains("`org.name` has no `fr` text; the `ru` text is used", StringComparison.Ordinal));
        Assert.Contains(warnings, d => d.Message.Contains("`org.region.subregion`", StringComparison.Ordinal));
        Assert.Contains("Альянс секс-работников Степи и Кавказа", Markdown(allowed));
    }

    [Theory]
    [InlineData("capital_suffix", "travailleurSEs")]
    [InlineData("middle_dot", "travailleur·ses")]
    [InlineData("paired", "travailleuses et travailleurs")]
    [InlineData("neutral", "personnes qui travaillent")]
    public void Should_render_the_chosen_inclusive_form(string style, string expected)
    {
        var outcome = BuildWith("# Intro {#intro}\n\nx\n", "# Intro {#intro}\n\nLes {{ g \"travailleurs\" }}.\n", "fr", "scswa.yaml", ("inclusive: {fr: capital_suffix", $"inclusive: {{fr: {style}"));
        Assert.True(outcome.ExitCode == 0, string.Join('\n', outcome.Diagnostics));
        Assert.Contains($"Les {expected}.", Markdown(outcome));
    }

    [Fact]
    public void Should_number_clauses_without_gaps_when_a_section_is_left_out()
    {
        var outcome = BuildWith("# Aa {#aa}\n\n{{ if false }}\n# Bb {#bb}\n\n{{ end }}\n# Cc {#cc}\n\n## C1 {#c1}\n\nSee {{ ref \"c1\" }}.\n");
        Assert.Equal(0, outcome.ExitCode);
        var md = Markdown(outcome);
        Assert.Contains("See 2.1.", md);
        var projection = DocTool.Core.Docx.DocxProjection.Project(outcome.Written.Single(f => f.Format == "docx").Bytes);
        Assert.Contains("[Heading1] 2. Cc", projection);
        Assert.Contains("[Heading2] 2.1 C1", projection);
        Assert.DoesNotContain("] 3.", projection);
    }

    [Fact]
    public void Should_require_a_clause_id_on_every_heading()
    {
        var outcome = BuildWith("# Intro\n\nText\n");
        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal(Codes.MarkdownRule, d.Code);
        Assert.Contains("no clause id", d.Message);
    }

    [Fact]
    public void Should_report_a_reference_to_an_unknown_clause()
    {
        var outcome = BuildWith("# Intro {#intro}\n\nSee {{ ref \"intro2\" }}.\n");
        Assert.Contains("did you mean `intro`", Assert.Single(outcome.Diagnostics).Message);
    }
}
