using System.Collections.Frozen;
using System.Reflection;

namespace DocTool.Core.Localization;

/// <summary>
/// Country (ISO 3166-1) and currency (ISO 4217) names per language, generated from Debian's
/// iso-codes translations by tools/gen-iso-names.py and embedded in the assembly.
/// </summary>
public static class IsoNames
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, FrozenDictionary<string, string>> Cache = new(StringComparer.Ordinal);

    /// <summary>Every known ISO 3166-1 alpha-2 code.</summary>
    public static IReadOnlySet<string> CountryCodes { get; } = Codes("country");

    /// <summary>Every known ISO 4217 code.</summary>
    public static IReadOnlySet<string> CurrencyCodes { get; } = Codes("currency");

    /// <summary>The country's name in a language (falls back to English), or null when the code is unknown.</summary>
    public static string? Country(string language, string code) => Lookup(language, "country:" + code.ToUpperInvariant());

    /// <summary>
    /// The currency's name in a language (falls back to English), or null when the code is unknown.
    /// In French, Spanish and Russian a currency name is a common noun, written in lower case in running text.
    /// </summary>
    public static string? Currency(string language, string code)
    {
        var name = Lookup(language, "currency:" + code.ToUpperInvariant());
        return name is { Length: > 1 } && BaseLanguage(language) is "fr" or "es" or "ru" && char.IsUpper(name[0]) && !char.IsUpper(name[1])
            ? char.ToLower(name[0], System.Globalization.CultureInfo.InvariantCulture) + name[1..]
            : name;
    }

    private static string? Lookup(string language, string key) =>
        Table(BaseLanguage(language)).TryGetValue(key, out var name) ? name
        : Table("en").TryGetValue(key, out var english) ? english : null;

    private static HashSet<string> Codes(string kind)
    {
        var prefix = kind + ":";
        return [.. Table("en").Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Select(k => k[prefix.Length..])];
    }

    private static string BaseLanguage(string language)
    {
        var dash = language.IndexOf('-', StringComparison.Ordinal);
        return (dash > 0 ? language[..dash] : language).ToLowerInvariant();
    }

    private static FrozenDictionary<string, string> Table(string language)
    {
        lock (Gate)
        {
            if (Cache.TryGetValue(language, out var table))
            {
                return table;
            }

            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"iso-names-{language}.tsv");
            if (stream is not null)
            {
                using var reader = new StreamReader(stream);
                while (reader.ReadLine() is { } line)
                {
                    if (line.StartsWith('#'))
                    {
                        continue;
                    }

                    var parts = line.Split('\t');
                    if (parts.Length == 3)
                    {
                        map[parts[0] + ":" + parts[1]] = parts[2];
                    }
                }
            }

            table = map.ToFrozenDictionary(StringComparer.Ordinal);
            Cache[language] = table;
            return table;
        }
    }
}
