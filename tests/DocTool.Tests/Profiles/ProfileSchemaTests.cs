using System.Text.Json;
using DocTool.Core.Diagnostics;
using DocTool.Core.Profiles;
using DocTool.Core.Profiles.Validation;
using DocTool.Tests.Support;
using Json.Schema;

namespace DocTool.Tests.Profiles;

/// <summary>The shipped JSON Schema: well-formed, documented, closed, and in step with the pack's labels.</summary>
public class ProfileSchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(ProfileValidator.SchemaJson).RootElement;

    [Fact]
    public void Should_embed_the_schema_file_unchanged()
    {
        var file = File.ReadAllText(Path.Combine(Repo.Root, "schema", "profile-v1.schema.json"));
        Assert.Equal(file.Replace("\r\n", "\n", StringComparison.Ordinal), ProfileValidator.SchemaJson.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_be_a_valid_2020_12_schema_with_an_id_and_a_title()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.GetProperty("$schema").GetString());
        Assert.StartsWith("https://", Schema.GetProperty("$id").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(Schema.GetProperty("title").GetString()));
        var result = MetaSchemas.Draft202012.Evaluate(Schema, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join('\n', (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Should_describe_every_property_and_close_every_object()
    {
        var problems = new List<string>();
        Visit(Schema, "#", problems);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [InlineData("org_kinds", "org_kind")]
    [InlineData("legal_forms", "legal_form")]
    [InlineData("regions", "nswp_region")]
    [InlineData("roles", "role")]
    [InlineData("values", "core_value")]
    [InlineData("endorsements", "endorsement")]
    [InlineData("decided_by", "decided_by")]
    [InlineData("verification", "verification")]
    [InlineData("appeal_to", "appeal_to")]
    [InlineData("returning_officer", "returning_officer")]
    [InlineData("tie_break", "tie_break")]
    [InlineData("decision_rule", "decision_rule")]
    [InlineData("air_class", "air_class")]
    [InlineData("audit", "audit")]
    [InlineData("remote_work", "remote_work")]
    [InlineData("applies_to", "applies_to")]
    public void Should_allow_exactly_the_values_the_pack_has_labels_for(string group, string definition)
    {
        var bag = new DiagnosticBag();
        var strings = YamlReader.ReadFile(Path.Combine(Repo.Pack, "strings", "en.yaml"), "en.yaml", bag);
        var labels = Assert.IsType<YMapping>(strings?[group]).Entries.Select(e => e.Key.Text).Order(StringComparer.Ordinal);
        var allowed = Schema.GetProperty("$defs").GetProperty(definition).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);
        Assert.Equal(labels, allowed);
    }

    private static void Visit(JsonElement node, string path, List<string> problems)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in node.EnumerateArray())
            {
                Visit(item, $"{path}/{i++}", problems);
            }

            return;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (node.TryGetProperty("properties", out var properties))
        {
            if (!node.TryGetProperty("additionalProperties", out var additional) || additional.ValueKind != JsonValueKind.False)
            {
                problems.Add($"{path}: an object without `additionalProperties: false`");
            }

            foreach (var property in properties.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Object && !property.Value.TryGetProperty("description", out _))
                {
                    problems.Add($"{path}/properties/{property.Name}: no description");
                }
            }
        }

        foreach (var child in node.EnumerateObject())
        {
            // dependentSchemas hold constraints on an object described elsewhere, not object shapes.
            if (child.Name is "examples" or "default" or "enum" or "const" or "dependentSchemas")
            {
                continue;
            }

            Visit(child.Value, $"{path}/{child.Name}", problems);
        }
    }
}
