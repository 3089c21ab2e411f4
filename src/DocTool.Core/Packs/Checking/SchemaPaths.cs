using System.Text.Json.Nodes;

namespace DocTool.Core.Packs.Checking;

/// <summary>Every field path the profile schema defines ("org.name", "membership.categories[].votes").</summary>
public static class SchemaPaths
{
    /// <summary>Reads the paths from a JSON Schema; leaves are fields with no sub-fields (text fields count as leaves).</summary>
    public static (IReadOnlySet<string> All, IReadOnlySet<string> Leaves) From(string schemaJson)
    {
        var root = JsonNode.Parse(schemaJson) as JsonObject ?? [];
        var all = new SortedSet<string>(StringComparer.Ordinal);
        var leaves = new SortedSet<string>(StringComparer.Ordinal);
        Walk(root, root, string.Empty, all, leaves, 0);
        return (all, leaves);
    }

    private static void Walk(JsonObject root, JsonObject schema, string path, SortedSet<string> all, SortedSet<string> leaves, int depth)
    {
        if (depth > 20)
        {
            return;
        }

        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            if (reference.EndsWith("/text", StringComparison.Ordinal))
            {
                leaves.Add(path);
                return;
            }

            if (Resolve(root, reference) is { } target)
            {
                Walk(root, target, path, all, leaves, depth + 1);
            }

            return;
        }

        var descended = false;
        if (schema["properties"] is JsonObject props)
        {
            foreach (var (name, child) in props)
            {
                var childPath = path.Length == 0 ? name : path + "." + name;
                all.Add(childPath);
                if (child is JsonObject c)
                {
                    Walk(root, c, childPath, all, leaves, depth + 1);
                }
            }

            descended = true;
        }

        if (schema["items"] is JsonObject items)
        {
            all.Add(path + "[]");
            Walk(root, items, path + "[]", all, leaves, depth + 1);
            descended = true;
        }

        if (schema["additionalProperties"] is JsonObject map)
        {
            all.Add(path + "[]");
            Walk(root, map, path + "[]", all, leaves, depth + 1);
            descended = true;
        }

        // A map keyed by pattern (per diem by country code) is read with an index: path[].
        if (schema["patternProperties"] is JsonObject patterns)
        {
            all.Add(path + "[]");
            foreach (var (_, child) in patterns)
            {
                if (child is JsonObject c)
                {
                    Walk(root, c, path + "[]", all, leaves, depth + 1);
                }
            }

            descended = true;
        }

        foreach (var key in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema[key] is JsonArray branches)
            {
                foreach (var branch in branches.OfType<JsonObject>())
                {
                    if (branch["properties"] is not null || branch["items"] is not null || branch["$ref"] is not null || branch["additionalProperties"] is JsonObject)
                    {
                        Walk(root, branch, path, all, leaves, depth + 1);
                        descended = true;
                    }
                }
            }
        }

        if (!descended && path.Length > 0)
        {
            leaves.Add(path);
        }
    }

    private static JsonObject? Resolve(JsonObject root, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        JsonNode? node = root;
        foreach (var part in reference[2..].Split('/'))
        {
            node = (node as JsonObject)?[part];
        }

        return node as JsonObject;
    }
}
