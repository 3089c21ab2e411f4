using System.Text.Json;
using DocTool.Core.Diagnostics;

namespace DocTool.Core.Profiles.Validation;

/// <summary>The message for each kind of schema failure.</summary>
internal sealed partial class SchemaErrorMapper
{
    private void UnknownField(SchemaLeaf leaf)
    {
        if (_projection.Find(leaf.Instance) is not { Key: { } key, Parent: YMapping parent })
        {
            return;
        }

        var parentPointer = Pointer.Join(Pointer.Split(leaf.Instance).SkipLast(1));
        var where = _projection.Find(parentPointer)?.Path ?? string.Empty;
        var schema = ProfileSchema.Walk(leaf.Eval, leaf.Eval.Count - 1);
        var allowed = ProfileSchema.PropertyNames(schema);
        var present = parent.Entries.Select(e => e.Key.Text).ToHashSet(StringComparer.Ordinal);

        if (PatternHint.KeyPattern(schema) is { } pattern)
        {
            // Keys are codes (languages in a text, countries in per diems), plus any named fields.
            var hint = PatternHint.For(pattern, string.Empty);
            var named = allowed.Count > 0 ? " or " + Describe.Or([.. allowed.Select(a => $"`{a}`")]) : string.Empty;
            var namedGuess = Suggest.Name(key.Text, allowed);
            if (namedGuess is not null)
            {
                _explained.Add(parentPointer + "\n" + namedGuess);
            }

            var guess = namedGuess is not null ? $"`{namedGuess}`" : hint.Guess(key.Text, _languages);
            _bag.Error(key.Span, Codes.UnknownField,
                $"`{key.Text}` in `{where}` is not {hint.What}{named}; write {hint.How}{(named.Length == 0 ? string.Empty : "," + named)}{(guess is null ? string.Empty : $"; did you mean {guess}?")}");
            return;
        }

        var missing = allowed.Where(a => !present.Contains(a)).ToList();
        var suggestion = Suggest.Name(key.Text, missing) ?? Suggest.Name(key.Text, allowed);
        var field = where.Length == 0 ? "section" : "field";
        var place = where.Length == 0 ? "at the top of a profile" : $"in `{where}`";
        if (suggestion is not null)
        {
            _explained.Add(parentPointer + "\n" + suggestion);
            _bag.Error(key.Span, Codes.UnknownField, $"unknown {field} `{key.Text}` {place}; did you mean `{suggestion}`?");
            return;
        }

        _bag.Error(key.Span, Codes.UnknownField,
            $"unknown {field} `{key.Text}` {place}; the {field}s {(where.Length == 0 ? "of a profile" : $"of `{where}`")} are {Describe.List(allowed)}");
    }

    private void Missing(ProjectedNode at, string pointer, JsonElement schema)
    {
        if (at.Node is not YMapping map)
        {
            return;
        }

        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        foreach (var name in ProfileSchema.Strings(schema, "required"))
        {
            if (map[name] is not null || _explained.Contains(pointer + "\n" + name))
            {
                continue;
            }

            var full = at.Path.Length == 0 ? name : at.Path + "." + name;
            var what = at.Path.Length == 0 ? "section" : "field";
            var under = at.Path.Length == 0 ? "at the top level" : $"under `{at.Path}`";
            var add = properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var prop) ? AddLine(name, prop) : $"`{name}: ...`";
            _bag.Error(map.Span, Codes.MissingField, $"the required {what} `{full}` is missing; add {add} {under}");
        }
    }

    /// <summary>How to add a field: <c>`founded: 2011`</c>, or <c>`petty_cash:` with the fields `float` and `max_single_payment`</c>.</summary>
    private static string AddLine(string name, JsonElement property)
    {
        var schema = ProfileSchema.Deref(property);
        if (ProfileSchema.Types(schema).Contains("object") && ProfileSchema.Strings(schema, "required") is { Count: > 0 } required)
        {
            return $"`{name}:` with the fields {Describe.And([.. required.Select(r => $"`{r}`")])}";
        }

        return $"`{name}: {Describe.Example(property)}`";
    }

    private void WrongType(ProjectedNode at, JsonElement schema)
    {
        var types = ProfileSchema.Types(schema);
        _bag.Error(at.Span, Codes.WrongType, $"`{at.Path}` must be {Describe.Expected(types, schema)}, but {Found(at.Node, types)}{FormHint(at.Node, schema, leafField: at.Key?.Text) ?? TypeHint(at.Node, types)}");
    }

    private void NoAlternativeFits(ProjectedNode at, JsonElement branches)
    {
        var words = branches.EnumerateArray().Select(b => Alternative(b, branches)).Distinct().ToList();
        var types = branches.EnumerateArray().SelectMany(b => ProfileSchema.Types(b).Concat(ConstKinds(b))).Distinct().ToList();
        var code = at.Node is YScalar { Value: string } && words.Exists(w => w.StartsWith('`') || w.StartsWith("one of", StringComparison.Ordinal))
            ? Codes.NotAllowed
            : Codes.WrongType;
        var guess = at.Node is YScalar { Value: string text }
            ? Suggest.Name(text, [.. branches.EnumerateArray().SelectMany(b => AllowedValues(ProfileSchema.Deref(b)))])
            : null;
        // Alternatives that are themselves lists of choices are set apart: "one of `a` or `b`, or a list of these".
        var expected = words.Exists(w => w.Contains(" or ", StringComparison.Ordinal)) ? string.Join(", or ", words) : Describe.Or(words);
        _bag.Error(at.Span, code,
            $"`{at.Path}` must be {expected}, but {Found(at.Node, types)}{TypeHint(at.Node, types)}{(guess is null ? string.Empty : $"; did you mean `{guess}`?")}");
    }

    private static IEnumerable<string> ConstKinds(JsonElement branch)
    {
        var schema = ProfileSchema.Deref(branch);
        return schema.TryGetProperty("const", out var c) ? [Describe.Kind(c)] : [];
    }

    private void NeedsOneOf(ProjectedNode at, JsonElement owner, JsonElement branches)
    {
        var names = branches.EnumerateArray().SelectMany(b => ProfileSchema.Strings(b, "required")).Distinct().ToList();
        var properties = owner.GetProperty("properties");
        var examples = names.Select(n => properties.TryGetProperty(n, out var p) ? $"`{n}: {Describe.Example(p)}`" : $"`{n}`").ToList();
        _bag.Error(at.Span, Codes.MissingField, $"`{at.Path}` needs {Describe.Or([.. names.Select(n => $"`{n}`")])}; add {Describe.Or(examples)}");
    }

    private void BothFields(ProjectedNode at, string first)
    {
        var row = at.Path[..at.Path.LastIndexOf('.')];
        var second = at.Key?.Text ?? at.Path[(at.Path.LastIndexOf('.') + 1)..];
        _bag.Error(at.Key?.Span ?? at.Span, Codes.SchemaOther, $"`{row}` has both `{first}` and `{second}`; keep only one of them");
    }

    private void NotAllowed(ProjectedNode at, JsonElement schema, string? otherwise)
    {
        var allowed = AllowedValues(schema);
        var shown = at.Node is YScalar s ? Describe.Shown(s) : at.Node is YMapping ? "a mapping" : "a list";
        var guess = at.Node is YScalar { Value: string text } ? Suggest.Name(text, allowed) : null;
        var choices = allowed.Count == 1 ? $"`{allowed[0]}`" : "one of " + Describe.Or([.. allowed.Select(a => $"`{a}`")]);
        var alternatives = otherwise is null ? string.Empty : ", or " + otherwise;
        _bag.Error(at.Span, Codes.NotAllowed, guess is not null
            ? $"`{at.Path}` cannot be {shown}; did you mean `{guess}`? Write {choices}{alternatives}"
            : $"`{at.Path}` cannot be {shown}; write {choices}{alternatives}");
    }

    private static List<string> AllowedValues(JsonElement schema)
    {
        if (schema.TryGetProperty("const", out var c))
        {
            return [Describe.Yaml(c)];
        }

        return schema.TryGetProperty("enum", out var e) ? [.. e.EnumerateArray().Select(Describe.Yaml)] : [];
    }

    private void OutOfRange(ProjectedNode at, JsonElement schema)
    {
        var bounds = new List<string>();
        string? low = null, high = null;
        if (schema.TryGetProperty("minimum", out var min))
        {
            low = Describe.Number(min);
        }

        if (schema.TryGetProperty("maximum", out var max))
        {
            high = Describe.Number(max);
        }

        if (low is not null && high is not null)
        {
            bounds.Add($"between {low} and {high}");
        }
        else if (low is not null)
        {
            bounds.Add($"{low} or more");
        }
        else if (high is not null)
        {
            bounds.Add($"{high} or less");
        }

        if (schema.TryGetProperty("exclusiveMinimum", out var xmin))
        {
            bounds.Add($"more than {Describe.Number(xmin)}");
        }

        if (schema.TryGetProperty("exclusiveMaximum", out var xmax))
        {
            bounds.Add($"less than {Describe.Number(xmax)}");
        }

        var shown = at.Node is YScalar s ? s.Text : "?";
        var nullable = ProfileSchema.Types(schema).Contains("null") ? " (or `null` for no limit)" : string.Empty;
        _bag.Error(at.Span, Codes.OutOfRange, $"`{at.Path}` is {shown}, but it must be {Describe.And(bounds)}{nullable}");
    }

    private void BadFormat(ProjectedNode at, JsonElement schema, SchemaLeaf leaf)
    {
        var text = (at.Node as YScalar)?.Text ?? string.Empty;
        var shown = at.Node is YScalar s ? Describe.Shown(s) : "it";
        switch (leaf.Keyword)
        {
            case "minLength":
                _bag.Error(at.Span, Codes.BadFormat, text.Length == 0
                    ? $"`{at.Path}` is empty; write a text{(Describe.Example(schema) is var example && example != "..." ? $", such as {example}" : string.Empty)}"
                    : $"`{at.Path}` is too short: write at least {Describe.Number(schema.GetProperty("minLength"))} characters");
                return;
            case "maxLength":
                _bag.Error(at.Span, Codes.BadFormat, $"`{at.Path}` is {text.Length} characters long; shorten it to at most {Describe.Number(schema.GetProperty("maxLength"))}");
                return;
        }

        var pattern = schema.TryGetProperty("pattern", out var p) ? p.GetString() ?? string.Empty : string.Empty;
        var hint = PatternHint.For(pattern, leaf.FieldName);
        var guess = hint.Guess(text, _languages);
        _bag.Error(at.Span, Codes.BadFormat,
            $"`{at.Path}` must be {hint.What} ({hint.How}), but it is {shown}{(guess is null ? string.Empty : $"; did you mean {guess}?")}");
    }

    private void Collection(ProjectedNode at, JsonElement schema, string keyword)
    {
        switch (keyword, at.Node)
        {
            case ("uniqueItems", YSequence list):
                var first = new Dictionary<string, YScalar>(StringComparer.Ordinal);
                foreach (var item in list.Items.OfType<YScalar>())
                {
                    if (!first.TryAdd(item.Text, item))
                    {
                        var line = first[item.Text].Span.Line;
                        _bag.Error(item.Span, Codes.SchemaOther,
                            $"{Describe.Shown(item)} is listed twice in `{at.Path}`{(line == item.Span.Line ? string.Empty : $" (first at line {line})")}; list each once");
                    }
                }

                return;
            case ("minItems", YSequence list):
                var least = Describe.Number(schema.GetProperty("minItems"));
                _bag.Error(at.Span, Codes.SchemaOther, list.Items.Count == 0
                    ? $"`{at.Path}` is an empty list; list at least {(least == "1" ? "one item" : least + " items")}"
                    : $"`{at.Path}` has {list.Items.Count} items; list at least {least}");
                return;
            case ("minProperties", YMapping):
                _bag.Error(at.Span, Codes.SchemaOther, $"`{at.Path}` is empty; write the text, or translations such as `en: \"...\"`");
                return;
            default:
                _bag.Error(at.Span, Codes.SchemaOther, $"`{at.Path}` breaks a rule of the profile format ({keyword})");
                return;
        }
    }
}
