namespace DocTool.Core.Packs;

/// <summary>
/// A language's inclusive-writing glossary: each gendered term with every supported form
/// (fr: capital_suffix, middle_dot, paired, neutral; es: epicene, paired, e_ending; ru: generic, paired).
/// </summary>
public sealed class Glossary(string language, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> terms)
{
    /// <summary>The forms each language supports, the first being the default.</summary>
    public static IReadOnlyDictionary<string, string[]> Styles { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["fr"] = ["capital_suffix", "middle_dot", "paired", "neutral"],
        ["es"] = ["epicene", "paired", "e_ending"],
        ["ru"] = ["generic", "paired"],
    };

    /// <summary>The language.</summary>
    public string Language { get; } = language;

    /// <summary>Every term: key → form → text.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Terms { get; } = terms;
}
