using DocTool.Core.Diagnostics;
using DocTool.Core.Templating;

namespace DocTool.Core.Profiles.Validation;

/// <summary>Languages the pack must have, and translations every text field needs.</summary>
internal static partial class SemanticRules
{
    private static void Languages(YMapping root, IReadOnlySet<string> packLanguages, DiagnosticBag bag)
    {
        var known = packLanguages.Order(StringComparer.Ordinal).ToList();
        if (IsForm(At(root, "languages", "primary"), "language", out var primary))
        {
            UnknownLanguage(primary, "languages.primary", known, packLanguages, bag);
        }

        if (At(root, "languages", "generate") is YSequence generate)
        {
            for (var i = 0; i < generate.Items.Count; i++)
            {
                if (IsForm(generate.Items[i], "language", out var language))
                {
                    UnknownLanguage(language, Index("languages.generate", i), known, packLanguages, bag);
                }
            }
        }
    }

    private static void UnknownLanguage(YScalar language, string path, List<string> known, IReadOnlySet<string> packLanguages, DiagnosticBag bag)
    {
        if (packLanguages.Contains(language.Text))
        {
            return;
        }

        var guess = Suggest.Language(language.Text, known);
        bag.Error(language.Span, Codes.UnknownLanguage,
            $"`{path}` is `{language.Text}`, a language the template pack does not have; its languages are {Describe.And([.. known.Select(l => $"`{l}`")])}{(guess is null ? string.Empty : $"; did you mean `{guess}`?")}");
    }

    private static void Translations(YMapping root, DiagnosticBag bag)
    {
        if (!IsForm(At(root, "languages", "primary"), "language", out var primaryNode) || At(root, "languages", "generate") is not YSequence generateNode)
        {
            return;
        }

        var primary = primaryNode.Text;
        var generate = generateNode.Items.OfType<YScalar>().Where(s => s.Value is string).Select(s => s.Text).Distinct(StringComparer.Ordinal).ToList();
        foreach (var (text, path) in TextFields.Paths.Order(StringComparer.Ordinal).SelectMany(p => Find(root, p)))
        {
            // A map with keys that are not language codes was reported against the schema; the
            // translations it lacks follow from that mistake.
            if (text is not YMapping map || map[primary] is YScalar { Value: not null } || map.Entries.Count == 0 || !map.Entries.TrueForAll(e => IsForm(e.Key, "language", out _)))
            {
                continue;
            }

            var missing = generate.Where(l => !Has(map, l)).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            var others = missing.Where(l => l != primary).Select(l => $"`{l}`").ToList();
            string message;
            if (missing.Contains(primary))
            {
                message = others.Count == 0
                    ? $"`{path}` has no text in the primary language `{primary}`; add `{primary}: \"...\"`"
                    : $"`{path}` has no text in the primary language `{primary}` nor in {Describe.And(others)}; add `{primary}: \"...\"` (documents in a language without its own text use it), or a text for each language";
            }
            else
            {
                message = $"`{path}` has no text in {Describe.And(others)} (a language in `languages.generate`), and none in the primary language `{primary}` to fall back on; add {Describe.And([.. missing.Select(l => $"`{l}: \"...\"`")])}, or `{primary}: \"...\"`";
            }

            bag.Error(map.Span, Codes.MissingTranslation, message);
        }
    }

    /// <summary>True when a text has this language, exactly or as a regional variant (<c>fr-CI</c> for <c>fr</c>), as the generator resolves it (the primary-language fallback is exact).</summary>
    private static bool Has(YMapping text, string language) =>
        text.Entries.Exists(e => e.Value is YScalar { Value: not null }
            && (e.Key.Text == language || e.Key.Text.StartsWith(language + "-", StringComparison.Ordinal)));

    /// <summary>The nodes at a text-field path such as <c>membership.categories[].name</c>, with their printed paths.</summary>
    private static List<(YNode Node, string Path)> Find(YMapping root, string dotted)
    {
        IEnumerable<(YNode Node, string Path)> current = [(root, string.Empty)];
        foreach (var part in dotted.Split('.'))
        {
            var each = part.EndsWith("[]", StringComparison.Ordinal);
            var key = each ? part[..^2] : part;
            current = current.SelectMany(c => Step(c.Node, c.Path, key, each));
        }

        return current.ToList();
    }

    private static IEnumerable<(YNode Node, string Path)> Step(YNode node, string path, string key, bool each)
    {
        var child = (node as YMapping)?[key];
        var childPath = path.Length == 0 ? key : path + "." + key;
        if (child is null)
        {
            return [];
        }

        if (!each)
        {
            return [(child, childPath)];
        }

        return child is YSequence list ? list.Items.Select((item, i) => (item, Index(childPath, i))) : [];
    }
}
