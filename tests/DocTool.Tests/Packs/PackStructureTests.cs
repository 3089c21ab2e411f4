using System.Text.RegularExpressions;
using DocTool.Core.Diagnostics;
using DocTool.Core.Packs;
using DocTool.Core.Packs.Exchange;
using DocTool.Core.Templating.Messages;
using DocTool.Tests.Support;

namespace DocTool.Tests.Packs;

/// <summary>The bundled pack keeps logic in skeletons and text in catalogues, each in one canonical layout.</summary>
public partial class PackStructureTests
{
    public static TheoryData<string> Documents => [.. Harness.Pack.Documents.Select(d => d.Id)];

    public static TheoryData<string, string> Catalogues
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var d in Harness.Pack.Documents)
            {
                foreach (var l in Harness.Pack.Languages)
                {
                    data.Add(d.Id, l);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Should_hold_no_prose_in_any_skeleton_line(string document)
    {
        var doc = Harness.Pack.Document(document)!;
        Assert.True(doc.IsSkeleton);
        var text = File.ReadAllText(Harness.Pack.TemplatePath(doc, "en"));
        var outsideTags = Tag().Replace(text, match => new string('\n', match.Value.Count(c => c == '\n')));
        var lines = outsideTags.Split('\n');
        var prose = lines.Select((line, i) => (Line: i + 1, Text: HeadingId().Replace(line, string.Empty)))
            .Where(l => l.Text.Any(char.IsLetter))
            .Select(l => $"{document}.sbn:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(prose.Count == 0, "prose in the skeleton (move it to a message):\n" + string.Join('\n', prose));
        Assert.Contains("{{ m \"", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Should_hold_no_control_flow_in_any_catalogue_and_parse_every_message(string document, string language)
    {
        var catalogue = Harness.Pack.Messages(Harness.Pack.Document(document)!, language);
        Assert.NotEmpty(catalogue.Entries);
        foreach (var (id, entry) in catalogue.Entries)
        {
            Assert.False(ControlFlow().IsMatch(entry.Text), $"{catalogue.File}:{entry.Span.Line}: message `{id}` holds template code");
            var parsed = MessageParser.Parse(entry.Text);
            Assert.NotNull(parsed);
        }
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Should_keep_every_catalogue_in_its_canonical_layout(string document, string language)
    {
        var doc = Harness.Pack.Document(document)!;
        var path = Path.Combine(Harness.Pack.Root, "messages", language, document + ".yaml");
        var catalogue = Harness.Pack.Messages(doc, language);
        var canonical = MessageFile.Write(document, language, catalogue.Entries.Select(e => new KeyValuePair<string, string>(e.Key, e.Value.Text)));
        Assert.Equal(canonical, File.ReadAllText(path));
    }

    [Fact]
    public void Should_define_every_term_a_message_uses_in_every_style_of_its_language()
    {
        var pack = Harness.Pack;
        var problems = new List<string>();
        foreach (var doc in pack.Documents)
        {
            foreach (var lang in pack.Languages)
            {
                var terms = pack.Termbases[lang];
                var styles = Termbase.Styles.TryGetValue(lang, out var s) ? s : [null!];
                foreach (var (id, entry) in pack.Messages(doc, lang).Entries)
                {
                    foreach (var node in MessageParser.Parse(entry.Text).AllNodes.OfType<TermNode>())
                    {
                        foreach (var style in styles)
                        {
                            if (terms.Lookup(node.Id, node.Form, style).Error is { } error)
                            {
                                problems.Add($"{lang}/{doc} `{id}`: {error}");
                            }
                        }
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems.Distinct()));
    }

    [Fact]
    public void Should_report_a_termbase_entry_without_every_inclusive_style()
    {
        using var pack = new SkeletonPack("# Tt {#tt}\n\n{{ m \"p.1\" }}\n", new Dictionary<string, string> { ["en"] = "p.1: \"x\"\n" },
            new Dictionary<string, string> { ["fr"] = "sex-worker:\n  forms:\n    pl: {capital_suffix: \"travailleurSEs du sexe\", paired: \"travailleuses et travailleurs du sexe\"}\n" });
        var bag = new DiagnosticBag();
        Assert.Null(PackLoader.Load(pack.Folder, bag));
        Assert.Contains(bag.Sorted, d => d.Code == Codes.PackCatalogue && d.Message == "term `sex-worker.pl` has no `middle_dot` form" && d.Span.Line == 3);
    }

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\{#[A-Za-z0-9_-]+(\s+\.annex)?\}")]
    private static partial Regex HeadingId();

    // Scriban or Liquid statements; "{{code}}" alone is a placeholder inside a branch, which is fine.
    [GeneratedRegex(@"\{\{[-~]?\s*(if|else|end|for|while|case|when|capture|include|func)\b|\{%|~\}\}")]
    private static partial Regex ControlFlow();
}
