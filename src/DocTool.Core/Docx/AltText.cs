using System.Globalization;

namespace DocTool.Core.Docx;

/// <summary>
/// The alternative text of the organisation's logo ("SCSWA logo"), in the document language: the pack's
/// <c>ui.logo_alt</c> string when it has one (<c>{0}</c> is the organisation's name), else a built-in
/// pattern. A language without either gets no description and the logo is marked decorative instead, so
/// a screen reader skips it rather than reading a file name.
/// </summary>
internal static class AltText
{
    private static readonly Dictionary<string, string> Patterns = new(StringComparer.Ordinal)
    {
        ["en"] = "{0} logo",
        ["fr"] = "Logo de {0}",
        ["es"] = "Logotipo de {0}",
        ["pt"] = "Logotipo de {0}",
        ["ru"] = "Логотип: {0}",
        ["zh"] = "{0}标志",
        ["ar"] = "شعار {0}",
    };

    /// <summary>The logo's description, or null when it should be marked decorative.</summary>
    public static string? Logo(DocxRequest request)
    {
        if (request.Strings.TryGet("ui.logo_alt", out var pattern) || Patterns.TryGetValue(request.Language.Split('-')[0], out pattern))
        {
            return string.Format(CultureInfo.InvariantCulture, pattern, request.OrgName);
        }

        return null;
    }
}
