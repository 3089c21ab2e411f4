using System.Globalization;
using System.Text;
using DocTool.Core.Localization;
using DocTool.Core.Text;

namespace DocTool.Core.Profiles.Validation;

/// <summary>"Did you mean …?" guesses for names, codes and dates people commonly get wrong.</summary>
internal static partial class Suggest
{
    private static readonly string[] NameLanguages = ["en", "fr", "es", "ru", "zh"];

    private static readonly Dictionary<string, string> CountryAliases = new(StringComparer.Ordinal)
    {
        ["UK"] = "GB", // the United Kingdom's ISO code is GB
        ["EL"] = "GR", // the EU's code for Greece
    };

    private static readonly Dictionary<string, string> CurrencyAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["RUR"] = "RUB",
        ["BYR"] = "BYN",
        ["EURO"] = "EUR",
        ["EUROS"] = "EUR",
        ["€"] = "EUR",
        ["$"] = "USD",
        ["US$"] = "USD",
        ["DOLLAR"] = "USD",
        ["£"] = "GBP",
    };

    private static readonly Lazy<Dictionary<string, string>> Alpha3 = new(BuildAlpha3);

    /// <summary>The closest allowed name (field names, enum values): same words in another case or separator, a unique longer name containing it, or a near spelling.</summary>
    public static string? Name(string word, IReadOnlyCollection<string> candidates)
    {
        var norm = Normalize(word);
        if (norm.Length == 0)
        {
            return null;
        }

        var exact = candidates.FirstOrDefault(c => Normalize(c) == norm);
        if (exact is not null)
        {
            return exact;
        }

        if (norm.Length >= 3)
        {
            var containing = candidates.Where(c => Normalize(c).Contains(norm, StringComparison.Ordinal)).ToList();
            if (containing.Count == 1)
            {
                return containing[0];
            }
        }

        return Similar.Closest(norm, candidates);
    }

    /// <summary>An ISO 3166-1 alpha-2 code for what was written: the code in capitals, an alias (UK), an alpha-3 code or a country's name.</summary>
    public static string? Country(string value)
    {
        var known = IsoNames.CountryCodes;
        var upper = value.Trim().ToUpperInvariant();
        if (known.Contains(upper))
        {
            return upper;
        }

        if (CountryAliases.TryGetValue(upper, out var alias))
        {
            return alias;
        }

        if (Alpha3.Value.TryGetValue(upper, out var fromAlpha3))
        {
            return fromAlpha3;
        }

        return ByName(value, known, IsoNames.Country);
    }

    /// <summary>An ISO 4217 code for what was written: the code in capitals, a common alias (RUR, euro, $) or a currency's name.</summary>
    public static string? Currency(string value)
    {
        var known = IsoNames.CurrencyCodes;
        var upper = value.Trim().ToUpperInvariant();
        if (known.Contains(upper))
        {
            return upper;
        }

        if (CurrencyAliases.TryGetValue(upper, out var alias))
        {
            return alias;
        }

        var byName = ByName(value, known, IsoNames.Currency);
        if (byName is not null)
        {
            return byName;
        }

        if (upper.Length == 3)
        {
            var near = known.Where(c => Similar.Distance(c, upper) == 1).ToList();
            return near.Count == 1 ? near[0] : null;
        }

        return null;
    }

    /// <summary>The country or currency name to show beside a suggested code.</summary>
    public static string Named(string code, bool currency)
    {
        var name = currency ? IsoNames.Currency("en", code) : IsoNames.Country("en", code);
        return name is null ? $"`{code}`" : $"`{code}` ({name})";
    }

    /// <summary>One of <paramref name="languages"/> for what was written: a code in other case, a regional variant, or a language's name.</summary>
    public static string? Language(string value, IReadOnlyCollection<string> languages)
    {
        var trimmed = value.Trim();
        var lower = trimmed.ToLowerInvariant().Replace('_', '-');
        var match = languages.FirstOrDefault(l => l.Equals(lower, StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return match;
        }

        var dash = lower.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            match = languages.FirstOrDefault(l => l.Equals(lower[..dash], StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                return match;
            }
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var language in languages)
        {
            foreach (var name in LanguageNames(language))
            {
                var d = Similar.Distance(lower, name.ToLowerInvariant());
                if (d < bestDistance)
                {
                    (best, bestDistance) = (language, d);
                }
            }
        }

        if (best is not null && bestDistance <= Math.Max(1, lower.Length / 4))
        {
            return best;
        }

        // ISO 639-2 and Windows three-letter codes: "rus", "eng", "fra", "FRA".
        return languages.FirstOrDefault(l => ThreeLetterNames(l).Contains(lower, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>"MM-DD" for a month-day written another way ("3-31", "31-03", "03/31").</summary>
    public static string? MonthDay(string value)
    {
        var parts = value.Trim().Split(['-', '/', '.', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var a) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var b))
        {
            return null;
        }

        var (month, day) = a is >= 1 and <= 12 ? (a, b) : (b, a);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            return null;
        }

        var result = string.Create(CultureInfo.InvariantCulture, $"{month:00}-{day:00}");
        return result == value ? null : result;
    }

    /// <summary>"YYYY-MM-DD" for a date written another way ("2026-3-1", "17.01.2026"), when unambiguous.</summary>
    public static string? Date(string value)
    {
        var parts = value.Trim().Split(['-', '/', '.', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || !parts.All(p => int.TryParse(p, CultureInfo.InvariantCulture, out _)))
        {
            return null;
        }

        var n = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        int year, month, day;
        if (parts[0].Length == 4)
        {
            (year, month, day) = (n[0], n[1], n[2]);
        }
        else if (parts[2].Length == 4 && (n[0] > 12 || n[0] == n[1]))
        {
            (year, month, day) = (n[2], n[1], n[0]);
        }
        else if (parts[2].Length == 4 && n[1] > 12)
        {
            (year, month, day) = (n[2], n[0], n[1]);
        }
        else
        {
            return null;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var result = string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}");
        return result == value ? null : result;
    }

    /// <summary>A lowercase id (letters, digits, underscores) made from a name.</summary>
    public static string? Id(string value)
    {
        var sb = new StringBuilder();
        foreach (var c in value.Trim().ToLowerInvariant())
        {
            sb.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '_');
        }

        var id = UnderscoreRuns().Replace(sb.ToString(), "_").Trim('_');
        return id.Length > 0 && id[0] is >= 'a' and <= 'z' && id != value ? id : null;
    }

    private static string Normalize(string word) => word.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');

    private static string? ByName(string value, IReadOnlySet<string> codes, Func<string, string, string?> name)
    {
        var wanted = value.Trim();
        foreach (var language in NameLanguages)
        {
            foreach (var code in codes.Order(StringComparer.Ordinal))
            {
                if (string.Equals(name(language, code), wanted, StringComparison.OrdinalIgnoreCase))
                {
                    return code;
                }
            }
        }

        if (wanted.Length < 4)
        {
            return null;
        }

        var english = codes.Order(StringComparer.Ordinal).Select(c => (Code: c, Name: name("en", c) ?? string.Empty)).ToList();
        var closest = Similar.Closest(wanted, english.Select(e => e.Name).Where(n => n.Length > 0).ToList());
        return closest is null ? null : english.First(e => e.Name == closest).Code;
    }

    private static IEnumerable<string> LanguageNames(string language)
    {
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            yield break;
        }

        foreach (var name in new[] { culture.EnglishName, culture.NativeName })
        {
            var paren = name.IndexOf(" (", StringComparison.Ordinal);
            yield return paren > 0 ? name[..paren] : name;
        }
    }

    private static string[] ThreeLetterNames(string language)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(language);
            return [culture.ThreeLetterISOLanguageName, culture.ThreeLetterWindowsLanguageName];
        }
        catch (CultureNotFoundException)
        {
            return [];
        }
    }

    private static Dictionary<string, string> BuildAlpha3()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in IsoNames.CountryCodes)
        {
            try
            {
                var three = new RegionInfo(code).ThreeLetterISORegionName;
                if (three.Length == 3)
                {
                    map.TryAdd(three.ToUpperInvariant(), code);
                }
            }
            catch (ArgumentException)
            {
                // ICU does not know every ISO code (e.g. some territories); they simply get no alpha-3 alias.
            }
        }

        return map;
    }

    [System.Text.RegularExpressions.GeneratedRegex("_+")]
    private static partial System.Text.RegularExpressions.Regex UnderscoreRuns();
}
