using System.Collections.Frozen;
using System.Globalization;
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
    /// The currency's name in a language (falls back to English), or null when the code is unknown, as
    /// written in running text. ISO 4217 lists names in title case ("US Dollar", "CFA Franc BCEAO"); in
    /// French, Spanish and Russian a currency name is a common noun, in lower case ("dollar américain"),
    /// and in English the unit is in lower case while the words taken from place names keep their capital
    /// ("US dollar", "Kenyan shilling", "CFA franc BCEAO").
    /// </summary>
    public static string? Currency(string language, string code)
    {
        var name = Lookup(language, "currency:" + code.ToUpperInvariant());
        if (name is not { Length: > 1 })
        {
            return name;
        }

        var lang = BaseLanguage(language);
        if (lang is "fr" or "es" or "ru" && char.IsUpper(name[0]) && !char.IsUpper(name[1]))
        {
            return char.ToLower(name[0], CultureInfo.InvariantCulture) + name[1..];
        }

        if (lang == "en" || !Table(lang).ContainsKey("currency:" + code.ToUpperInvariant()))
        {
            return string.Join(' ', name.Split(' ').Select(w => EnglishUnits.Contains(w) ? w.ToLowerInvariant() : w));
        }

        return name;
    }

    /// <summary>Words of ISO 4217 English names that are the currency unit, a common noun.</summary>
    private static readonly FrozenSet<string> EnglishUnits = new[]
    {
        "Afghani", "Ariary", "Baht", "Balboa", "Birr", "Bolivar", "Boliviano", "Cedi", "Colon", "Cordoba", "Dalasi",
        "Denar", "Dinar", "Dirham", "Dobra", "Dollar", "Dong", "Dram", "Escudo", "Euro", "Florin", "Forint", "Franc",
        "Gourde", "Guarani", "Guilder", "Hryvnia", "Kina", "Kip", "Koruna", "Krona", "Krone", "Kuna", "Kwacha",
        "Kwanza", "Kyat", "Lari", "Lek", "Lempira", "Leone", "Leu", "Lev", "Lilangeni", "Lira", "Loti", "Manat",
        "Metical", "Naira", "Nakfa", "Ngultrum", "Ouguiya", "Pataca", "Peso", "Pound", "Pula", "Quetzal", "Rand",
        "Real", "Rial", "Riel", "Ringgit", "Riyal", "Ruble", "Rufiyaa", "Rupee", "Rupiah", "Shekel", "Shilling",
        "Sol", "Som", "Somoni", "Sterling", "Sum", "Taka", "Tala", "Tenge", "Tugrik", "Vatu", "Won", "Yen", "Yuan", "Renminbi",
        "Zloty",
    }.ToFrozenSet(StringComparer.Ordinal);

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
