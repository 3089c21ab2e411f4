using System.Globalization;
using System.Text;
using DocTool.Core.Localization;

namespace DocTool.Core.Profiles;

/// <summary>
/// The choices <c>doctool init</c> makes from what the user typed: a Latin short name for a name in
/// another script, the country code, and the currency from a code, a common name or the country.
/// </summary>
public static class StarterChoices
{
    // The CFA franc is two currencies: BCEAO (West Africa) and BEAC (Central Africa).
    private static readonly HashSet<string> Xof = new(["BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"], StringComparer.Ordinal);
    private static readonly HashSet<string> Xaf = new(["CM", "CF", "TD", "CG", "GQ", "GA"], StringComparer.Ordinal);

    private static readonly Dictionary<string, string> CommonNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["$"] = "USD", ["US$"] = "USD", ["DOLLAR"] = "USD", ["DOLLARS"] = "USD",
        ["€"] = "EUR", ["EURO"] = "EUR", ["EUROS"] = "EUR",
        ["£"] = "GBP", ["POUND"] = "GBP",
        ["RAND"] = "ZAR", ["NAIRA"] = "NGN", ["CEDI"] = "GHS", ["KWACHA"] = "ZMW",
        ["RUBLE"] = "RUB", ["ROUBLE"] = "RUB", ["RUR"] = "RUB", ["РУБЛЬ"] = "RUB", ["СОМ"] = "KGS", ["TENGE"] = "KZT",
        ["YUAN"] = "CNY", ["RMB"] = "CNY", ["RENMINBI"] = "CNY", ["元"] = "CNY", ["人民币"] = "CNY",
    };

    private static readonly Dictionary<char, string> Cyrillic = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh", ['з'] = "z",
        ['и'] = "i", ['й'] = "i", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r",
        ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch",
        ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "iu", ['я'] = "ia", ['і'] = "i", ['ї'] = "i", ['є'] = "ie",
        ['ґ'] = "g", ['ў'] = "u", ['ң'] = "n", ['ө'] = "o", ['ү'] = "u", ['ә'] = "a", ['ғ'] = "g", ['қ'] = "q", ['ұ'] = "u", ['һ'] = "h",
    };

    private static readonly Dictionary<char, string> Greek = new()
    {
        ['α'] = "a", ['β'] = "v", ['γ'] = "g", ['δ'] = "d", ['ε'] = "e", ['ζ'] = "z", ['η'] = "i", ['θ'] = "th", ['ι'] = "i",
        ['κ'] = "k", ['λ'] = "l", ['μ'] = "m", ['ν'] = "n", ['ξ'] = "x", ['ο'] = "o", ['π'] = "p", ['ρ'] = "r", ['σ'] = "s",
        ['ς'] = "s", ['τ'] = "t", ['υ'] = "y", ['φ'] = "f", ['χ'] = "ch", ['ψ'] = "ps", ['ω'] = "o",
    };

    // NSWP's regions (Central Asia and the Caucasus are in Europe's network); a country not listed is left for the user to set.
    private static readonly (string Region, string Countries)[] Regions =
    [
        ("africa", "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW"),
        ("asia_pacific", "AF AU BD BT BN KH CN FJ HK IN ID JP KI KP KR LA MO MY MV MH FM MN MM NR NP NZ PK PW PG PH WS SB LK TW TH TL TO TV VU VN SG"),
        ("europe", "AL AD AM AT AZ BY BE BA BG HR CY CZ DK EE FI FR GE DE GR HU IS IE IT KZ KG XK LV LI LT LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SE CH TJ TM TR UA GB UZ"),
        ("latin_america", "AR BO BR CL CO CR CU DO EC SV GT HN MX NI PA PY PE UY VE"),
        ("north_america_caribbean", "US CA JM TT BS BB HT GY SR BZ AG DM GD KN LC VC PR"),
    ];

    /// <summary>The NSWP region of a country (<c>org.region.nswp_region</c>), or null when DocTool does not know it.</summary>
    public static string? Region(string country) =>
        Regions.FirstOrDefault(r => r.Countries.Split(' ').Contains(country, StringComparer.Ordinal)).Region;

    /// <summary>
    /// An uppercase short name from a name in any script that DocTool can transliterate (Latin with
    /// accents, Cyrillic, Greek): the initials of its words, or its first word when it has one. Null when
    /// the name has no letter that can be written in Latin (Chinese, Arabic): then ask for --short-name.
    /// </summary>
    public static string? ShortName(string name)
    {
        var latin = Transliterate(name);
        var words = latin.Split([' ', '-', '\'', '’', '.', ',', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsAsciiLetterOrDigit)]))
            .Where(w => w.Length > 0)
            .ToList();
        var initials = string.Concat(words.Where(w => char.IsAsciiLetter(w[0])).Select(w => char.ToUpperInvariant(w[0])));
        if (initials.Length >= 2)
        {
            return initials;
        }

        var first = words.FirstOrDefault(w => w.Length >= 2);
        return first is null ? null : first[..Math.Min(first.Length, 12)].ToUpperInvariant();
    }

    /// <summary>The name written in Latin letters (accents removed); letters of other scripts are dropped.</summary>
    public static string Transliterate(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            var lower = char.ToLowerInvariant(c);
            var upper = c != lower;
            if (Cyrillic.TryGetValue(lower, out var latin) || Greek.TryGetValue(lower, out latin))
            {
                sb.Append(upper && latin.Length > 0 ? char.ToUpperInvariant(latin[0]) + latin[1..] : latin);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && (c < 128 || !char.IsLetter(c)))
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The ISO 3166-1 code for what was typed, or null with a message (and a guess when there is one).</summary>
    public static string? Country(string value, out string? problem)
    {
        var code = value.Trim().ToUpperInvariant();
        if (IsoNames.CountryCodes.Contains(code))
        {
            problem = null;
            return code;
        }

        var guess = Validation.Suggest.Country(value.Trim());
        problem = guess is not null
            ? $"`{value}` is not an ISO 3166-1 country code; did you mean {Validation.Suggest.Named(guess, currency: false)}?"
            : $"`{value}` is not an ISO 3166-1 country code; use the two-letter code (for example KE for Kenya)";
        return null;
    }

    /// <summary>
    /// The ISO 4217 code for what was typed — a code, a common name (<c>CFA</c>, <c>FCFA</c>, <c>euro</c>,
    /// <c>shilling</c>) read with the country — or, when nothing was typed, the country's currency.
    /// Null with a message when it cannot be decided.
    /// </summary>
    public static string? Currency(string? value, string? country, out string? problem)
    {
        problem = null;
        var countryCurrency = CountryCurrency(country);
        if (string.IsNullOrWhiteSpace(value))
        {
            return countryCurrency;
        }

        var typed = value.Trim();
        var code = typed.ToUpperInvariant();
        if (IsoNames.CurrencyCodes.Contains(code))
        {
            return code;
        }

        if (code.Replace(" ", string.Empty, StringComparison.Ordinal) is "CFA" or "FCFA" or "FRANCCFA" or "CFAFRANC" or "XFA")
        {
            if (country is not null && (Xof.Contains(country) || Xaf.Contains(country)))
            {
                return Xof.Contains(country) ? "XOF" : "XAF";
            }

            problem = $"`{typed}` is two currencies: XOF, the West African CFA franc ({string.Join(", ", Xof)}), and XAF, the Central African CFA franc ({string.Join(", ", Xaf)}); pass --currency XOF or XAF, or --country";
            return null;
        }

        if (CommonNames.TryGetValue(typed, out var named) && named is not null)
        {
            return named;
        }

        // "shilling" in Kenya is KES, "peso" in Mexico MXN: the country's currency when its name contains the word.
        if (countryCurrency is not null && RegionOf(country!) is { } region
            && region.CurrencyEnglishName.Contains(typed, StringComparison.OrdinalIgnoreCase))
        {
            return countryCurrency;
        }

        var guess = Validation.Suggest.Currency(typed);
        problem = guess is not null
            ? $"`{typed}` is not an ISO 4217 currency code; did you mean {Validation.Suggest.Named(guess, currency: true)}?"
            : $"`{typed}` is not an ISO 4217 currency code; use the three-letter code (for example KES, XOF, EUR){(country is null ? ", or pass --country" : string.Empty)}";
        return null;
    }

    private static string? CountryCurrency(string? country)
    {
        var code = country is null ? null : RegionOf(country)?.ISOCurrencySymbol;
        return code is not null && IsoNames.CurrencyCodes.Contains(code) ? code : null;
    }

    private static RegionInfo? RegionOf(string country)
    {
        try
        {
            return new RegionInfo(country);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
