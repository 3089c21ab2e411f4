namespace DocTool.Core.Templating;

/// <summary>
/// The profile fields of type "text" (a string, or a map of language code to string). They are
/// resolved to the document's language before rendering, with fallback to <c>languages.primary</c>.
/// </summary>
public static class TextFields
{
    /// <summary>Paths of every text field; <c>[]</c> stands for any list index.</summary>
    public static IReadOnlySet<string> Paths { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "org.name",
        "org.region.subregion",
        "membership.categories[].name",
        "governance.board.name",
        "code_of_conduct.focal_point",
    };
}
