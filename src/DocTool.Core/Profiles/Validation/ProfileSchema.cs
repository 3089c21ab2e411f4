using System.Text.Json;
using Json.Schema;

namespace DocTool.Core.Profiles.Validation;

/// <summary>
/// The embedded profile JSON Schema: its text, a read-only model for looking up keywords
/// (<see cref="JsonElement"/> is safe to read from many threads) and the compiled evaluator.
/// </summary>
internal static class ProfileSchema
{
    public const string ResourceName = "profile-v1.schema.json";

    private static readonly string SchemaText = Load();

    private static readonly Lazy<JsonSchema> Compiled = new(
        // A private registry: building twice (tests, several hosts) must not collide in the global one.
        () => JsonSchema.FromText(SchemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() }),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<JsonDocument> Document = new(() => JsonDocument.Parse(SchemaText), LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Text => SchemaText;

    public static JsonElement Root => Document.Value.RootElement;

    public static JsonSchema Evaluator => Compiled.Value;

    /// <summary>Compiles the evaluator and parses the lookup model now (see <see cref="Building.Prewarm"/>).</summary>
    public static void Prepare()
    {
        _ = Compiled.Value;
        _ = Document.Value;
    }

    /// <summary>Follows <c>$ref</c> (local <c>#/...</c> references only) until a schema without one.</summary>
    public static JsonElement Deref(JsonElement schema)
    {
        for (var hops = 0; hops < 16 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference); hops++)
        {
            schema = Resolve(reference.GetString() ?? "#");
        }

        return schema;
    }

    /// <summary>The subschema an evaluation path leads to (the path JsonSchema.Net reports), following <c>$ref</c>.</summary>
    public static JsonElement Walk(IReadOnlyList<string> evaluationPath, int count)
    {
        var node = Root;
        for (var i = 0; i < count; i++)
        {
            var segment = evaluationPath[i];
            if (segment == "$ref")
            {
                node = Resolve(node.GetProperty("$ref").GetString() ?? "#");
                continue;
            }

            node = Child(node, segment);
        }

        return node;
    }

    /// <summary>A string-valued keyword list such as <c>required</c> or <c>enum</c>, or empty.</summary>
    public static IReadOnlyList<string> Strings(JsonElement schema, string keyword)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty(keyword, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)];
    }

    /// <summary>The names of a schema's <c>properties</c>, in schema order.</summary>
    public static IReadOnlyList<string> PropertyNames(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var props)
            ? [.. props.EnumerateObject().Select(p => p.Name)]
            : [];

    /// <summary>The JSON types a schema allows through <c>type</c> (after <c>$ref</c>), or empty when it says none.</summary>
    public static IReadOnlyList<string> Types(JsonElement schema)
    {
        schema = Deref(schema);
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("type", out var type))
        {
            return [];
        }

        return type.ValueKind == JsonValueKind.String ? [type.GetString()!] : Strings(schema, "type");
    }

    private static JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith('#'))
        {
            throw new InvalidOperationException($"the profile schema may only use local references, not `{reference}`");
        }

        var node = Root;
        foreach (var segment in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = Child(node, Pointer.Unescape(segment));
        }

        return node;
    }

    private static JsonElement Child(JsonElement node, string segment) => node.ValueKind switch
    {
        JsonValueKind.Object => node.GetProperty(segment),
        JsonValueKind.Array => node[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)],
        _ => throw new InvalidOperationException($"the schema path step `{segment}` leads nowhere"),
    };

    private static string Load()
    {
        using var stream = typeof(ProfileSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing from {typeof(ProfileSchema).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
