using System.Text.Json;

namespace DocTool.Core.Profiles.Validation;

/// <summary>
/// Completes a validated profile so that templates can read every field of the format: each
/// optional field the profile omits is inserted with the schema's <c>default</c>, or null.
/// </summary>
public static class ProfileNormalizer
{
    /// <summary>
    /// After a successful validation: inserts every optional property the profile omits, with the
    /// schema's <c>default</c> or null, recursively (objects inside lists too). Inserted nodes carry
    /// the span of the mapping they were added to.
    /// </summary>
    /// <param name="root">The validated profile; changed in place.</param>
    public static void ApplyDefaults(YMapping root)
    {
        ArgumentNullException.ThrowIfNull(root);
        Fill(root, ProfileSchema.Root);
    }

    private static void Fill(YNode node, JsonElement schema)
    {
        schema = ProfileSchema.Deref(schema);
        switch (node)
        {
            case YMapping map when schema.TryGetProperty("properties", out var properties):
                var required = ProfileSchema.Strings(schema, "required");
                foreach (var property in properties.EnumerateObject())
                {
                    var value = map[property.Name];
                    if (value is null)
                    {
                        if (required.Contains(property.Name) || property.Value.ValueKind == JsonValueKind.False)
                        {
                            continue;
                        }

                        value = FromJson(Default(property.Value), map.Span);
                        map.Entries.Add(new(new YScalar { Span = map.Span, Text = property.Name, Value = property.Name }, value));
                    }

                    Fill(value, property.Value);
                }

                break;
            case YSequence list when schema.TryGetProperty("items", out var items):
                foreach (var item in list.Items)
                {
                    Fill(item, items);
                }

                break;
        }
    }

    /// <summary>The <c>default</c> of a property schema (on the property itself or on what it references), or null.</summary>
    private static JsonElement? Default(JsonElement property)
    {
        if (property.ValueKind == JsonValueKind.Object && property.TryGetProperty("default", out var own))
        {
            return own;
        }

        var target = ProfileSchema.Deref(property);
        return target.ValueKind == JsonValueKind.Object && target.TryGetProperty("default", out var shared) ? shared : null;
    }

    private static YNode FromJson(JsonElement? value, Diagnostics.SourceSpan span)
    {
        switch (value?.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new YMapping { Span = span };
                foreach (var p in value.Value.EnumerateObject())
                {
                    map.Entries.Add(new(new YScalar { Span = span, Text = p.Name, Value = p.Name }, FromJson(p.Value, span)));
                }

                return map;
            case JsonValueKind.Array:
                var list = new YSequence { Span = span };
                list.Items.AddRange(value.Value.EnumerateArray().Select(item => FromJson(item, span)));
                return list;
            case JsonValueKind.String:
                return new YScalar { Span = span, Text = value.Value.GetString()!, Value = value.Value.GetString(), Quoted = true };
            case JsonValueKind.Number:
                var number = value.Value;
                object boxed = number.TryGetInt64(out var l) ? l : number.GetDecimal();
                return new YScalar { Span = span, Text = number.GetRawText(), Value = boxed };
            case JsonValueKind.True or JsonValueKind.False:
                var b = value.Value.GetBoolean();
                return new YScalar { Span = span, Text = b ? "true" : "false", Value = b };
            default:
                return new YScalar { Span = span, Text = string.Empty, Value = null };
        }
    }
}
