namespace DocTool.Core.Profiles.Validation;

/// <summary>One failed keyword reported by the schema evaluator.</summary>
/// <param name="Instance">JSON Pointer of the failing value.</param>
/// <param name="Eval">Evaluation path segments (schema keywords and names from the root), normalised.</param>
/// <param name="Keyword">The failing keyword; empty for a <c>false</c> schema (a field not allowed).</param>
/// <param name="From">Where to look for the next <c>anyOf</c>/<c>oneOf</c> in <paramref name="Eval"/> (those before it are resolved).</param>
/// <param name="Otherwise">For a failure inside one alternative of several: the other alternatives, in words.</param>
internal sealed record SchemaLeaf(string Instance, IReadOnlyList<string> Eval, string Keyword, int From = 0, string? Otherwise = null)
{
    /// <summary>Keywords whose next segment is a name or index, not a keyword.</summary>
    public static bool TakesName(string segment) =>
        segment is "properties" or "patternProperties" or "dependentSchemas" or "$defs" or "prefixItems" or "anyOf" or "oneOf" or "allOf";

    /// <summary>Keywords that step from a value into one of its children.</summary>
    public static bool Descends(string segment) =>
        segment is "properties" or "patternProperties" or "prefixItems" or "additionalProperties" or "items" or "contains" or "unevaluatedProperties" or "unevaluatedItems";

    /// <summary>
    /// JsonSchema.Net 8 reports <c>items</c> twice in evaluation paths (<c>/items/items</c>) for one
    /// step into an array; collapse each pair so the path walks the schema one keyword at a time.
    /// </summary>
    public static IReadOnlyList<string> Normalize(IReadOnlyList<string> segments)
    {
        var result = new List<string>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            result.Add(segment);
            if (TakesName(segment) && i + 1 < segments.Count)
            {
                result.Add(segments[++i]);
            }
            else if (segment == "items" && i + 1 < segments.Count && segments[i + 1] == "items")
            {
                i++;
            }
        }

        return result;
    }

    /// <summary>The name of the innermost property the path goes through (the field a keyword belongs to).</summary>
    public string FieldName
    {
        get
        {
            for (var i = Eval.Count - 2; i >= 0; i--)
            {
                if (Eval[i] == "properties" && (i == 0 || !TakesName(Eval[i - 1])))
                {
                    return Eval[i + 1];
                }
            }

            return string.Empty;
        }
    }
}
