using System.Globalization;
using System.Text.Json;

namespace DocTool.Core.Profiles.Validation;

/// <summary>Plain-language phrases for what a value is and what a schema expects.</summary>
internal static class Describe
{
    private const int MaxShown = 60;

    /// <summary>The JSON kind a YAML node projects to: object, array, string, number, boolean or null.</summary>
    public static string Kind(YNode node) => node switch
    {
        YMapping => "object",
        YSequence => "array",
        YScalar { Value: null } => "null",
        YScalar { Value: bool } => "boolean",
        YScalar { Value: long or decimal } => "number",
        YScalar { Value: double d } when double.IsFinite(d) => "number",
        _ => "string",
    };

    /// <summary>The JSON kind of a schema constant.</summary>
    public static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    /// <summary>A scalar as the user wrote it, in backticks: <c>`"2011"`</c> when quoted, <c>`2011`</c> otherwise.</summary>
    public static string Shown(YScalar scalar)
    {
        var text = scalar.Text.Length > MaxShown ? scalar.Text[..MaxShown] + "…" : scalar.Text;
        text = text.Replace("\n", " ", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal);
        return scalar.Quoted ? $"`\"{text}\"`" : $"`{text}`";
    }

    /// <summary>What was found, as the end of "…, but …".</summary>
    public static string Found(YNode node) => node switch
    {
        YMapping => "it is a mapping of fields",
        YSequence => "it is a list",
        YScalar { Value: null } => "it is empty",
        YScalar { Value: bool } s => $"{Shown(s)} is a true/false value",
        YScalar { Value: long or decimal } s => $"{Shown(s)} is a number",
        YScalar { Value: double d } s when !double.IsFinite(d) => $"{Shown(s)} is not a usable number",
        YScalar s => $"{Shown(s)} is text",
        _ => "it is something else",
    };

    /// <summary>What a <c>type</c> keyword asks for, in words.</summary>
    public static string Expected(IReadOnlyList<string> types, JsonElement schema)
    {
        var words = new List<string>();
        foreach (var type in types)
        {
            var word = type switch
            {
                "integer" => "a whole number",
                "number" => "a number",
                "string" => "text",
                "boolean" => "`true` or `false`",
                "object" => ObjectWords(schema),
                "array" => "a list (`[a, b]`, or one `- item` per line)",
                "null" => "`null`",
                _ => type,
            };
            if (!words.Contains(word))
            {
                words.Add(word);
            }
        }

        return Or(words);
    }

    /// <summary>Joins alternatives: "a", "a or b", "a, b or c".</summary>
    public static string Or(IReadOnlyList<string> words) => Join(words, "or");

    /// <summary>Joins items: "a", "a and b", "a, b and c".</summary>
    public static string And(IReadOnlyList<string> words) => Join(words, "and");

    /// <summary>Backticked names joined with commas.</summary>
    public static string List(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"`{n}`"));

    /// <summary>A number from the schema, printed plainly.</summary>
    public static string Number(JsonElement value) =>
        value.TryGetDecimal(out var d) ? d.ToString("0.############", CultureInfo.InvariantCulture) : value.GetRawText();

    /// <summary>An example value as it would be written in YAML, from a schema's <c>examples</c> or its type.</summary>
    public static string Example(JsonElement schema)
    {
        var own = schema;
        schema = ProfileSchema.Deref(schema);
        foreach (var s in new[] { own, schema })
        {
            if (s.ValueKind == JsonValueKind.Object && s.TryGetProperty("examples", out var examples) && examples.GetArrayLength() > 0)
            {
                return Yaml(examples[0]);
            }
        }

        var enums = ProfileSchema.Strings(schema, "enum");
        if (enums.Count > 0)
        {
            return enums[0];
        }

        if (schema.TryGetProperty("minimum", out var minimum))
        {
            return Number(minimum);
        }

        var types = ProfileSchema.Types(schema);
        return (types.Count > 0 ? types[0] : null) switch
        {
            "integer" or "number" => "0",
            "boolean" => "false",
            "array" => "[]",
            _ => "...",
        };
    }

    /// <summary>A JSON value in YAML flow style.</summary>
    public static string Yaml(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => NeedsQuotes(value.GetString()!) ? $"\"{value.GetString()}\"" : value.GetString()!,
        JsonValueKind.Array => "[" + string.Join(", ", value.EnumerateArray().Select(Yaml)) + "]",
        JsonValueKind.Object => "{" + string.Join(", ", value.EnumerateObject().Select(p => p.Name + ": " + Yaml(p.Value))) + "}",
        JsonValueKind.Null => "null",
        _ => value.GetRawText(),
    };

    private static bool NeedsQuotes(string text) =>
        text.Length == 0 || char.IsDigit(text[0]) || text[0] is '#' or '&' or '*' or '!' or '@' or '"' or '\'' || text.Contains(": ", StringComparison.Ordinal);

    private static string ObjectWords(JsonElement schema)
    {
        var names = ProfileSchema.PropertyNames(ProfileSchema.Deref(schema));
        return names.Count == 0
            ? "a mapping of fields"
            : $"a mapping of fields ({string.Join(", ", names.Take(4).Select(n => $"`{n}: ...`"))}{(names.Count > 4 ? ", ..." : string.Empty)})";
    }

    private static string Join(IReadOnlyList<string> words, string conjunction) => words.Count switch
    {
        0 => string.Empty,
        1 => words[0],
        _ => string.Join(", ", words.Take(..^1)) + " " + conjunction + " " + words[^1],
    };
}
