using DocTool.Core.Diagnostics;
using DocTool.Core.Profiles;
using DocTool.Core.Profiles.Validation;
using DocTool.Tests.Support;

namespace DocTool.Tests.Profiles;

/// <summary>The validator's contract beyond single messages: all problems at once, in order, safely.</summary>
public class ProfileValidatorTests
{
    private static string Sample => File.ReadAllText(Path.Combine(Repo.Samples, "scswa.yaml"));

    [Fact]
    public void Should_report_every_problem_at_once_sorted_by_line()
    {
        var text = Sample
            .Replace("founded: 2011", "founded: \"2011\"", StringComparison.Ordinal)
            .Replace("  board_pct: 60", "  board_pct: 600", StringComparison.Ordinal)
            .Replace("status_disclosure_required: false", "status_disclosure_required: true", StringComparison.Ordinal)
            .Replace("date_of_adoption: \"2026-03-01\"", "date_of_adoption: \"2026-02-31\"", StringComparison.Ordinal);
        var diagnostics = Validate(text);
        Assert.Equal([Codes.WrongType, Codes.OutOfRange, Codes.StatusDisclosure, Codes.BadDate], diagnostics.Select(d => d.Code));
        Assert.Equal(diagnostics.Select(d => d.Span.Line).Order(), diagnostics.Select(d => d.Span.Line));
        Assert.All(diagnostics, d => Assert.Equal("profile.yaml", d.Span.File));
    }

    [Fact]
    public void Should_accept_the_documented_extensions_overrides_and_reference_doc()
    {
        var text = Sample.Replace("    font: null ", "    reference_doc: assets/house.docx\n    font: null ", StringComparison.Ordinal)
            + "\noverrides: {folder: adaptations, annex: false}\n";
        Assert.Empty(Validate(text));
    }

    [Fact]
    public void Should_refuse_a_tree_that_expands_beyond_the_node_limit()
    {
        // Aliases make a tree share nodes; expanded, 9^7 values. The reader refuses such files, and
        // the validator also stays safe with a tree built in code.
        var span = new SourceSpan("built.yaml", 1, 1);
        YNode node = new YScalar { Span = span, Text = "lol", Value = "lol" };
        for (var level = 0; level < 7; level++)
        {
            var list = new YSequence { Span = span };
            list.Items.AddRange(Enumerable.Repeat(node, 9));
            node = list;
        }

        var root = new YMapping { Span = span };
        root.Entries.Add(new(new YScalar { Span = span, Text = "org", Value = "org" }, node));
        var bag = new DiagnosticBag();
        ProfileValidator.Validate(root, "built.yaml", ProfileCorpus.PackLanguages, bag);
        Assert.Equal(Codes.AliasBomb, Assert.Single(bag.Sorted).Code);
    }

    [Fact]
    public void Should_give_the_same_answers_from_many_threads()
    {
        var profiles = Repo.SampleProfiles().Select(File.ReadAllText).Append(Sample.Replace("kind: regional_network", "kind: regional", StringComparison.Ordinal)).ToList();
        var expected = profiles.Select(p => string.Join('\n', Validate(p))).ToList();
        Parallel.For(0, 64, i =>
        {
            var k = i % profiles.Count;
            Assert.Equal(expected[k], string.Join('\n', Validate(profiles[k])));
        });
    }

    [Fact]
    public void Should_use_codes_only_from_the_profile_ranges()
    {
        foreach (var name in ProfileCorpus.Names())
        {
            foreach (var line in ProfileCorpus.Run(name).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.Matches(@": error DT0[123]\d\d: ", line);
            }
        }
    }

    [Fact]
    public void Should_expose_the_schema_text()
    {
        Assert.StartsWith("{", ProfileValidator.SchemaJson, StringComparison.Ordinal);
        Assert.Contains("\"$id\": \"https://doctool.example/schema/profile-v1.schema.json\"", ProfileValidator.SchemaJson, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Diagnostic> Validate(string text)
    {
        var bag = new DiagnosticBag();
        var root = YamlReader.ReadText(text, "profile.yaml", bag);
        Assert.NotNull(root);
        ProfileValidator.Validate(root, "profile.yaml", ProfileCorpus.PackLanguages, bag);
        return bag.Sorted;
    }
}
