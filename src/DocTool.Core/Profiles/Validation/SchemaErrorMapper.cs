using System.Text.Json;
using DocTool.Core.Diagnostics;
using Json.Schema;

namespace DocTool.Core.Profiles.Validation;

/// <summary>
/// Turns JsonSchema.Net's list output into one plain-language diagnostic per real problem, at the
/// YAML line and column: alternatives (<c>anyOf</c>) are condensed to the one the user meant, a
/// wrong type hides the other complaints about the same value, and a misspelled field is reported
/// once (not also as a missing one).
/// </summary>
internal sealed partial class SchemaErrorMapper
{
    /// <summary>Values whose <c>const</c> rule <see cref="SemanticRules"/> reports with a fuller explanation.</summary>
    private static readonly HashSet<string> ConstOwnedBySemantics = new(StringComparer.Ordinal) { "/profile_version", "/hr/status_disclosure_required" };

    private readonly JsonProjection _projection;
    private readonly IReadOnlyCollection<string> _languages;
    private readonly DiagnosticBag _bag;
    private readonly HashSet<string> _invalid = new(StringComparer.Ordinal);
    private readonly HashSet<string> _explained = new(StringComparer.Ordinal);

    private SchemaErrorMapper(JsonProjection projection, IReadOnlyCollection<string> languages, DiagnosticBag bag)
    {
        _projection = projection;
        _languages = languages;
        _bag = bag;
    }

    public static void Report(EvaluationResults results, JsonProjection projection, IReadOnlyCollection<string> languages, DiagnosticBag bag)
    {
        var mapper = new SchemaErrorMapper(projection, languages, bag);
        mapper.Run(mapper.Collect(results));
    }

    private static string Key(string instance, IEnumerable<string> eval) => instance + "\n" + Pointer.Join(eval);

    private List<SchemaLeaf> Collect(EvaluationResults results)
    {
        var leaves = new List<SchemaLeaf>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in (results.Details ?? []).Prepend(results))
        {
            if (node.IsValid)
            {
                continue;
            }

            var instance = node.InstanceLocation.ToString();
            var eval = SchemaLeaf.Normalize(Pointer.Split(node.EvaluationPath.ToString()));
            _invalid.Add(Key(instance, eval));
            foreach (var keyword in node.Errors?.Keys ?? Enumerable.Empty<string>())
            {
                if (seen.Add(Key(instance, eval) + "\n" + keyword))
                {
                    leaves.Add(new SchemaLeaf(instance, eval, keyword));
                }
            }
        }

        return leaves;
    }

    private void Run(List<SchemaLeaf> leaves)
    {
        var kept = Condense(leaves);

        // A value of the wrong type also breaks its enum, pattern or range: report the type only.
        var wrongType = kept.Where(l => l.Keyword == "type").Select(l => l.Instance).ToHashSet(StringComparer.Ordinal);
        kept = [.. kept.Where(l => l.Keyword == "type" || !wrongType.Contains(l.Instance))];

        // Unknown fields first: a misspelled field explains the "missing" field it was meant to be.
        foreach (var leaf in kept.Where(IsUnknownField))
        {
            UnknownField(leaf);
        }

        foreach (var leaf in kept.Where(l => !IsUnknownField(l)))
        {
            Map(leaf);
        }
    }

    private static bool IsUnknownField(SchemaLeaf leaf) => leaf.Keyword.Length == 0 && leaf.Eval.Count > 0 && leaf.Eval[^1] == "additionalProperties";

    private void Map(SchemaLeaf leaf)
    {
        if (_projection.Find(leaf.Instance) is not { } at)
        {
            return;
        }

        var schema = ProfileSchema.Walk(leaf.Eval, leaf.Eval.Count);
        switch (leaf.Keyword)
        {
            case "required":
                Missing(at, leaf.Instance, schema);
                break;
            case "type":
                WrongType(at, schema);
                break;
            case "const" when ConstOwnedBySemantics.Contains(leaf.Instance):
                break;
            case "enum" or "const":
                NotAllowed(at, schema, leaf.Otherwise);
                break;
            case "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum":
                OutOfRange(at, schema);
                break;
            case "pattern" or "format" or "minLength" or "maxLength":
                BadFormat(at, schema, leaf);
                break;
            case "minItems" or "minProperties" or "uniqueItems":
                Collection(at, schema, leaf.Keyword);
                break;
            case "" when leaf.Eval.Count >= 4 && leaf.Eval[^4] == "dependentSchemas":
                BothFields(at, leaf.Eval[^3]);
                break;
            default:
                _bag.Error(at.Span, Codes.SchemaOther, $"`{at.Path}` breaks a rule of the profile format ({(leaf.Keyword.Length == 0 ? "not allowed here" : leaf.Keyword)})");
                break;
        }
    }

    /// <summary>Resolves every <c>anyOf</c>/<c>oneOf</c> to the alternative the user meant, or to one message when none fits.</summary>
    private List<SchemaLeaf> Condense(List<SchemaLeaf> leaves)
    {
        var kept = new List<SchemaLeaf>();
        var groups = new List<(string Key, string Instance, int At, List<SchemaLeaf> Leaves)>();
        foreach (var leaf in leaves)
        {
            var at = CompositeIndex(leaf);
            if (at < 0)
            {
                kept.Add(leaf);
                continue;
            }

            var instance = CompositeInstance(leaf, at);
            var key = Key(instance, leaf.Eval.Take(at + 1));
            var group = groups.FindIndex(g => g.Key == key);
            if (group < 0)
            {
                groups.Add((key, instance, at, [leaf]));
            }
            else
            {
                groups[group].Leaves.Add(leaf);
            }
        }

        foreach (var (_, instance, at, group) in groups)
        {
            kept.AddRange(Resolve(instance, at, group));
        }

        return kept;
    }

    private static int CompositeIndex(SchemaLeaf leaf)
    {
        for (var i = leaf.From; i < leaf.Eval.Count - 1; i++)
        {
            if (leaf.Eval[i] is "anyOf" or "oneOf")
            {
                return i;
            }

            if (SchemaLeaf.TakesName(leaf.Eval[i]))
            {
                i++;
            }
        }

        return -1;
    }

    /// <summary>The pointer of the value an <c>anyOf</c> applies to: the leaf's pointer less the steps taken inside the alternative.</summary>
    private static string CompositeInstance(SchemaLeaf leaf, int at)
    {
        var descents = 0;
        for (var i = at + 2; i < leaf.Eval.Count; i++)
        {
            var segment = leaf.Eval[i];
            if (SchemaLeaf.Descends(segment))
            {
                descents++;
            }

            if (SchemaLeaf.TakesName(segment))
            {
                i++;
            }
        }

        var segments = Pointer.Split(leaf.Instance);
        return Pointer.Join(segments.Take(segments.Count - descents));
    }

    private List<SchemaLeaf> Resolve(string instance, int at, List<SchemaLeaf> group)
    {
        var eval = group[0].Eval;
        var owner = ProfileSchema.Walk(eval, at);
        var branches = owner.GetProperty(eval[at]);
        var prefix = eval.Take(at + 1).ToList();
        var count = branches.GetArrayLength();

        // The alternatives that failed are listed even when another one passed: then all is well.
        for (var k = 0; k < count; k++)
        {
            if (!_invalid.Contains(Key(instance, [.. prefix, k.ToString(System.Globalization.CultureInfo.InvariantCulture)])))
            {
                return [];
            }
        }

        if (_projection.Find(instance) is not { } value)
        {
            return [];
        }

        var byBranch = group.GroupBy(l => l.Eval[at + 1], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var candidates = byBranch.Where(b => !RejectsKind(b.Value, instance, value.Node)).OrderBy(b => b.Key, StringComparer.Ordinal).ToList();
        if (candidates.Count == 0)
        {
            NoAlternativeFits(value, branches);
            return [];
        }

        if (candidates.Count > 1 && candidates.All(c => c.Value.All(l => l.Keyword == "required" && l.Instance == instance)))
        {
            NeedsOneOf(value, owner, branches);
            return [];
        }

        var chosen = candidates.OrderBy(c => c.Value.Count).First();
        var index = int.Parse(chosen.Key, System.Globalization.CultureInfo.InvariantCulture);
        var others = Enumerable.Range(0, count).Where(k => k != index).Select(k => Alternative(branches[k], branches)).ToList();
        var otherwise = Describe.Or(others);
        return Condense([.. chosen.Value.Select(l => l with { From = at + 2, Otherwise = l.Instance == instance ? otherwise : l.Otherwise })]);
    }

    /// <summary>True when an alternative is for another kind of value (a list where a word was written).</summary>
    private static bool RejectsKind(List<SchemaLeaf> leaves, string instance, YNode node)
    {
        var kind = Describe.Kind(node);
        foreach (var leaf in leaves.Where(l => l.Instance == instance))
        {
            if (leaf.Keyword == "type")
            {
                return true;
            }

            if (leaf.Keyword is "const" or "enum")
            {
                var schema = ProfileSchema.Walk(leaf.Eval, leaf.Eval.Count);
                var values = leaf.Keyword == "const" ? [schema.GetProperty("const")] : schema.GetProperty("enum").EnumerateArray().ToList();
                if (!values.Exists(v => Describe.Kind(v) == kind))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>An alternative in words: "text", "one of `a`, `b`", "a list of these".</summary>
    private static string Alternative(JsonElement branch, JsonElement siblings)
    {
        var schema = ProfileSchema.Deref(branch);
        if (schema.TryGetProperty("const", out var constant))
        {
            return $"`{Describe.Yaml(constant)}`";
        }

        var enums = ProfileSchema.Strings(schema, "enum");
        if (enums.Count > 0)
        {
            return "one of " + Describe.Or([.. enums.Select(e => $"`{e}`")]);
        }

        var types = ProfileSchema.Types(schema);
        if (types.Contains("array") && schema.TryGetProperty("items", out var items))
        {
            var itemEnum = ProfileSchema.Strings(ProfileSchema.Deref(items), "enum");
            var sameAsSibling = itemEnum.Count > 0 && siblings.EnumerateArray().Any(s => ProfileSchema.Strings(ProfileSchema.Deref(s), "enum").SequenceEqual(itemEnum));
            return sameAsSibling ? "a list of these" : "a list";
        }

        if (types.Contains("object") && PatternHint.KeyPattern(schema) is { } keys)
        {
            var hint = PatternHint.For(keys, string.Empty);
            return hint.What == "a language code" ? "translations by language (`{en: \"...\", fr: \"...\"}`)" : "a mapping of fields";
        }

        return Describe.Expected(types, schema);
    }
}
