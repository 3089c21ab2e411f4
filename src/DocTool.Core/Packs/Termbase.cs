namespace DocTool.Core.Packs;

/// <summary>
/// A language's termbase (<c>terms/&lt;lang&gt;.yaml</c>): one entry per defined term, with its grammatical forms
/// (French le/du/au, Spanish el/al/del, Russian cases…) and, for each form, the text in every inclusive-writing
/// style the language supports (fr: capital_suffix, middle_dot, paired, neutral; es: epicene, paired, e_ending;
/// ru: generic, paired). Every document of the language renders a term from here, so it reads the same in all of them.
/// </summary>
public sealed class Termbase
{
    /// <summary>The form name of a term that has a single form.</summary>
    public const string DefaultForm = "";

    /// <summary>The style name of a text that is the same in every style.</summary>
    public const string AnyStyle = "";

    /// <summary>Creates a termbase from term → form → style → text (first form and first style are the defaults).</summary>
    public Termbase(string language, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> forms)
    {
        Language = language;
        Forms = forms;
        Terms = forms.ToDictionary(e => e.Key, e => e.Value.Values.First(), StringComparer.Ordinal);
    }

    /// <summary>The forms each language supports, the first being the default.</summary>
    public static IReadOnlyDictionary<string, string[]> Styles { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["fr"] = ["capital_suffix", "middle_dot", "paired", "neutral"],
        ["es"] = ["epicene", "paired", "e_ending"],
        ["ru"] = ["generic", "paired"],
    };

    /// <summary>The language.</summary>
    public string Language { get; }

    /// <summary>Every term in its default form: id → style → text.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Terms { get; }

    /// <summary>Every term: id → form → style → text.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> Forms { get; }

    /// <summary>The text of a term in a form (null: the default form) and style (null: the default style).</summary>
    public TermLookup Lookup(string id, string? form, string? style)
    {
        if (!Forms.TryGetValue(id, out var forms))
        {
            return new TermLookup(null, $"the termbase of `{Language}` has no term `{id}`");
        }

        IReadOnlyDictionary<string, string>? styles;
        if (form is null)
        {
            styles = forms.Values.First();
        }
        else if (!forms.TryGetValue(form, out styles))
        {
            var known = forms.Keys.Where(k => k.Length > 0).ToList();
            return new TermLookup(null, known.Count == 0
                ? $"the term `{id}` has a single form in `{Language}`; write it without `.{form}`"
                : $"the term `{id}` has no form `{form}` in `{Language}` (it has {string.Join(", ", known)})");
        }

        if (styles.TryGetValue(AnyStyle, out var any))
        {
            return new TermLookup(any, null);
        }

        var chosen = style ?? styles.Keys.First();
        return styles.TryGetValue(chosen, out var text)
            ? new TermLookup(text, null)
            : new TermLookup(null, $"the term `{id}` has no `{chosen}` style in `{Language}`");
    }
}

/// <summary>The result of a termbase look-up: the text, or why there is none.</summary>
public readonly record struct TermLookup(string? Text, string? Error);
