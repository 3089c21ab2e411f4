using System.Globalization;

namespace DocTool.Core.Localization;

/// <summary>Chooses the .NET culture (ICU data) that formats a document's numbers and dates.</summary>
public static class CultureResolver
{
    /// <summary>
    /// The culture for a document language, made specific to the registration country when ICU knows
    /// that combination (fr + CI gives fr-CI), otherwise a sensible default per language.
    /// </summary>
    public static CultureInfo For(string language, string? country)
    {
        if (language.Contains('-', StringComparison.Ordinal) && TryGet(language) is { } exact)
        {
            return exact;
        }

        if (!string.IsNullOrEmpty(country) && TryGet($"{language}-{country}") is { } local)
        {
            return local;
        }

        var fallback = language switch
        {
            "en" => "en-GB",
            "fr" => "fr-FR",
            "es" => "es-419",
            "ru" => "ru-RU",
            "zh" => "zh-CN",
            "ar" => "ar-EG",
            _ => language,
        };
        return TryGet(fallback) ?? TryGet(language) ?? CultureInfo.InvariantCulture;
    }

    /// <summary>True when the language is written right to left.</summary>
    public static bool IsRightToLeft(string language) => For(language, null).TextInfo.IsRightToLeft;

    private static CultureInfo? TryGet(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
