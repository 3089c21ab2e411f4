using System.Text.Json;
using DocTool.Core.Diagnostics;
using DocTool.Core.Profiles;
using DocTool.Core.Profiles.Validation;
using DocTool.Tests.Support;

namespace DocTool.Tests.Profiles;

/// <summary>After validation, every optional field the profile omits is filled in, so templates can read all of them.</summary>
public class ProfileNormalizerTests
{
    /// <summary>scswa.yaml without a single optional field.</summary>
    private static readonly (string From, string To)[] WithoutOptionalFields =
    [
        ("registration: {country: KG, number: null, fiscal_host: null}", "registration: {country: KG}"),
        ("region: {nswp_region: europe, subregion: {en: \"Central Asia & Caucasus\", ru: \"Центральная Азия и Кавказ\"}}", "region: {nswp_region: europe}"),
        ("contact: {email: info@example.org, concerns_email: concerns@example.org, website: \"https://example.org\", address: null}", "contact: {email: info@example.org, concerns_email: concerns@example.org}"),
        ("  branding:\n    logo: assets/logo.png         # optional; path relative to the profile file; PNG or JPEG\n    colours: {primary: \"#B3122E\", secondary: \"#1F2A44\"}\n    font: null                    # optional; null = the language's default font\n", string.Empty),
        ("  endorses: [consensus_statement]\n", string.Empty),
        ("  inclusive: {fr: capital_suffix, es: epicene, ru: generic}   # see domain.md\n", string.Empty),
        ("  version: \"1.0\"\n", string.Empty),
    ];

    [Fact]
    public void Should_accept_a_profile_without_any_optional_field()
    {
        var (root, bag) = Load(WithoutOptionalFields);
        Assert.NotNull(root);
        Assert.True(bag.Count == 0, string.Join('\n', bag.Sorted));
    }

    [Fact]
    public void Should_fill_omitted_optional_fields_with_the_schema_defaults_or_null()
    {
        var root = Valid(WithoutOptionalFields);
        ProfileNormalizer.ApplyDefaults(root);

        Assert.Null(Scalar(root, "org", "registration", "number").Value);
        Assert.Null(Scalar(root, "org", "registration", "fiscal_host").Value);
        Assert.Null(Scalar(root, "org", "region", "subregion").Value);
        Assert.Null(Scalar(root, "org", "contact", "website").Value);
        Assert.Null(Scalar(root, "org", "contact", "address").Value);
        Assert.Null(Scalar(root, "org", "branding", "logo").Value);
        Assert.Null(Scalar(root, "org", "branding", "colours", "primary").Value);
        Assert.Null(Scalar(root, "org", "branding", "colours", "secondary").Value);
        Assert.Null(Scalar(root, "org", "branding", "font").Value);
        Assert.Empty(Assert.IsType<YSequence>(Node(root, "values", "endorses")).Items);
        Assert.Equal("capital_suffix", Scalar(root, "style", "inclusive", "fr").Value);
        Assert.Equal("epicene", Scalar(root, "style", "inclusive", "es").Value);
        Assert.Equal("generic", Scalar(root, "style", "inclusive", "ru").Value);
        Assert.Equal("1.0", Scalar(root, "style", "version").Value);
    }

    [Fact]
    public void Should_fill_objects_inside_lists()
    {
        var root = Valid([]);
        ProfileNormalizer.ApplyDefaults(root);
        var rows = Assert.IsType<YSequence>(Node(root, "finance", "procurement")).Items.Cast<YMapping>().ToList();
        Assert.Equal([1L, 3L, null], rows.Select(r => ((YScalar)r["quotes"]!).Value));
        Assert.Equal([null, null, "tender"], rows.Select(r => ((YScalar)r["method"]!).Value));
    }

    [Fact]
    public void Should_give_inserted_nodes_the_span_of_their_parent()
    {
        var root = Valid(WithoutOptionalFields);
        var registration = (YMapping)Node(root, "org", "registration");
        var style = (YMapping)Node(root, "style");
        ProfileNormalizer.ApplyDefaults(root);
        Assert.Equal(registration.Span, Scalar(root, "org", "registration", "number").Span);
        Assert.Equal(registration.Span, registration.KeyNode("number")!.Span);
        Assert.Equal(style.Span, Node(root, "style", "inclusive").Span);
        Assert.Equal(style.Span, Scalar(root, "style", "inclusive", "fr").Span);
    }

    [Fact]
    public void Should_keep_the_values_the_profile_gives_and_change_nothing_the_second_time()
    {
        var root = Valid([]);
        ProfileNormalizer.ApplyDefaults(root);
        var once = Dump(root);
        ProfileNormalizer.ApplyDefaults(root);
        Assert.Equal(once, Dump(root));
        Assert.Equal("assets/logo.png", Scalar(root, "org", "branding", "logo").Value);
        Assert.Equal("1.0", Scalar(root, "style", "version").Value);
        Assert.Equal("https://example.org", Scalar(root, "org", "contact", "website").Value);
    }

    [Theory]
    [MemberData(nameof(SampleProfileTests.Samples), MemberType = typeof(SampleProfileTests))]
    public void Should_give_every_field_of_the_format_a_value(string sample)
    {
        var bag = new DiagnosticBag();
        var root = YamlReader.ReadFile(Path.Combine(Repo.Samples, sample), sample, bag)!;
        ProfileNormalizer.ApplyDefaults(root);
        var missing = new List<string>();
        Expect(root, JsonDocument.Parse(ProfileValidator.SchemaJson).RootElement, sample, missing);
        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    private static void Expect(YNode node, JsonElement schema, string path, List<string> missing)
    {
        schema = Deref(schema);
        if (node is YMapping map && schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                if (map[property.Name] is { } value)
                {
                    Expect(value, property.Value, path + "." + property.Name, missing);
                }
                else
                {
                    missing.Add(path + "." + property.Name);
                }
            }
        }
        else if (node is YSequence list && schema.TryGetProperty("items", out var items))
        {
            foreach (var item in list.Items)
            {
                Expect(item, items, path + "[]", missing);
            }
        }
    }

    private static JsonElement Deref(JsonElement schema)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            var root = JsonDocument.Parse(ProfileValidator.SchemaJson).RootElement;
            schema = root.GetProperty("$defs").GetProperty(reference.GetString()!["#/$defs/".Length..]);
        }

        return schema;
    }

    private static YMapping Valid((string From, string To)[] edits)
    {
        var (root, bag) = Load(edits);
        Assert.True(root is not null && bag.Count == 0, string.Join('\n', bag.Sorted));
        return root!;
    }

    private static (YMapping? Root, DiagnosticBag Bag) Load((string From, string To)[] edits)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Samples, "scswa.yaml"));
        foreach (var (from, to) in edits)
        {
            Assert.True(text.Contains(from, StringComparison.Ordinal), $"`{from}` is not in scswa.yaml");
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        var bag = new DiagnosticBag();
        var root = YamlReader.ReadText(text, "scswa.yaml", bag);
        if (root is not null)
        {
            ProfileValidator.Validate(root, "scswa.yaml", ProfileCorpus.PackLanguages, bag);
        }

        return (root, bag);
    }

    private static YNode Node(YMapping root, params string[] path)
    {
        YNode? node = root;
        foreach (var key in path)
        {
            node = (node as YMapping)?[key];
            Assert.True(node is not null, $"`{string.Join('.', path)}` is missing at `{key}`");
        }

        return node!;
    }

    private static YScalar Scalar(YMapping root, params string[] path) => Assert.IsType<YScalar>(Node(root, path));

    private static string Dump(YNode node) => node switch
    {
        YMapping m => "{" + string.Join(",", m.Entries.Select(e => e.Key.Text + ":" + Dump(e.Value))) + "}",
        YSequence s => "[" + string.Join(",", s.Items.Select(Dump)) + "]",
        YScalar s => s.Value?.ToString() ?? "~",
        _ => "?",
    };
}
