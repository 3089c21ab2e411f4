namespace DocTool.Cli;

/// <summary>
/// <c>--lang</c> values as people type them: <c>FR</c>, <c>fr-FR</c> and <c>fr_FR</c> all mean the
/// pack's <c>fr</c> (profiles and packs name languages by their two- or three-letter code only).
/// </summary>
internal static class LanguageArgs
{
    public static string[] Normalize(string[]? values) =>
        [.. (values ?? []).Select(Normalize).Distinct(StringComparer.Ordinal)];

    public static string Normalize(string value)
    {
        var code = value.Trim().Replace('_', '-').ToLowerInvariant();
        var dash = code.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? code[..dash] : code;
    }
}
