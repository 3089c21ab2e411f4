using System.Globalization;

namespace DocTool.Core.Templating.Messages;

/// <summary>
/// The organisation's own names as messages write them: <c>{org}</c> (short name) and <c>{org_name}</c>, with the
/// forms that take a preposition or article in front — French <c>de</c>/<c>a</c> (à)/<c>que</c> with elision
/// ("d'ASO", "qu'ASO", "du Réseau…", "à l'Association…"), Spanish <c>de</c>/<c>a</c> with contraction ("del Consejo…",
/// "al Colectivo…"). What the profile states in <c>org.grammar.&lt;lang&gt;</c> (<c>article</c>, <c>gender</c>) decides;
/// by default the name is used bare, as acronyms are ("de KORA", "d'ASO").
/// </summary>
internal sealed class OrgGrammar(string language, string shortName, string fullName, OrgGrammarFacts facts)
{
    /// <summary>French letters before which "de" and "que" elide.</summary>
    private const string FrenchElision = "AEIOUYHÉÈÊÂÎÔ";

    /// <summary>The built-in argument names.</summary>
    public static IReadOnlyList<string> Names { get; } = ["org", "org_name"];

    /// <summary>The forms a language gives the names (besides the bare name).</summary>
    public static IReadOnlyList<string> Forms(string language) => Base(language) switch
    {
        "fr" => ["de", "a", "que", "le"],
        "es" => ["de", "a", "el"],
        _ => [],
    };

    private readonly Dictionary<(string, string?), string?> _rendered = [];

    /// <summary>Renders <c>{org}</c>/<c>{org_name}</c> in a form (null: the bare name); null when the form is unknown.</summary>
    public string? Render(string name, string? form)
    {
        // One grammar serves one document render (one thread): remember each form.
        if (!_rendered.TryGetValue((name, form), out var text))
        {
            text = Compute(name, form);
            _rendered[(name, form)] = text;
        }

        return text;
    }

    private string? Compute(string name, string? form)
    {
        var text = name == "org" ? shortName : fullName;
        if (form is null)
        {
            return text;
        }

        return Base(language) switch
        {
            "fr" => French(text, form),
            "es" => Spanish(text, form),
            _ => null,
        };
    }

    private string? French(string text, string form)
    {
        var first = text.Length == 0 ? string.Empty : text[..1].ToUpper(CultureInfo.InvariantCulture);
        var vowel = FrenchElision.Contains(first, StringComparison.Ordinal);
        if (facts.Article)
        {
            var feminine = facts.Gender == "f";
            var withArticle = vowel ? "l'" + text : (feminine ? "la " : "le ") + text;
            return form switch
            {
                "le" => withArticle,
                "de" => vowel || feminine ? "de " + withArticle : "du " + text,
                "a" => vowel || feminine ? "à " + withArticle : "au " + text,
                "que" => "que " + withArticle, // the article starts with l: que le…, que la…, que l'…
                _ => null,
            };
        }

        return form switch
        {
            "le" => text,
            "de" => (vowel ? "d'" : "de ") + text,
            "a" => "à " + text,
            "que" => (vowel ? "qu'" : "que ") + text,
            _ => null,
        };
    }

    private string? Spanish(string text, string form)
    {
        var article = facts.Article ? (facts.Gender == "f" ? "la " : "el ") : string.Empty;
        return form switch
        {
            "el" => article + text,
            "de" => facts.Article && facts.Gender != "f" ? "del " + text : "de " + article + text,
            "a" => facts.Article && facts.Gender != "f" ? "al " + text : "a " + article + text,
            _ => null,
        };
    }

    private static string Base(string language)
    {
        var dash = language.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? language[..dash] : language;
    }
}

/// <summary>What the profile says of its name's grammar in one language (<c>org.grammar.&lt;lang&gt;</c>).</summary>
internal sealed record OrgGrammarFacts(bool Article, string? Gender)
{
    /// <summary>No article: the name is used bare.</summary>
    public static OrgGrammarFacts Bare { get; } = new(false, null);
}
