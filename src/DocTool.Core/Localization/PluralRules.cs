namespace DocTool.Core.Localization;

/// <summary>CLDR plural categories.</summary>
public enum PluralCategory
{
    /// <summary>CLDR "zero".</summary>
    Zero,

    /// <summary>CLDR "one".</summary>
    One,

    /// <summary>CLDR "two".</summary>
    Two,

    /// <summary>CLDR "few".</summary>
    Few,

    /// <summary>CLDR "many".</summary>
    Many,

    /// <summary>CLDR "other".</summary>
    Other,
}

/// <summary>
/// The CLDR cardinal plural rules of the languages DocTool writes (.NET has no plural API).
/// Templates pass the forms in the order of <see cref="Categories"/> for their language.
/// </summary>
public static class PluralRules
{
    /// <summary>The categories a template gives forms for, in order, per language.</summary>
    public static IReadOnlyList<PluralCategory> Categories(string language) => Base(language) switch
    {
        "ru" or "uk" => [PluralCategory.One, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        "zh" or "ja" or "ko" => [PluralCategory.Other],
        "ar" => [PluralCategory.Zero, PluralCategory.One, PluralCategory.Two, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        _ => [PluralCategory.One, PluralCategory.Other],
    };

    /// <summary>How many forms a template must give at least (Russian may omit "other", used for fractions).</summary>
    public static int RequiredForms(string language) => Base(language) is "ru" or "uk" ? 3 : Categories(language).Count;

    /// <summary>The CLDR category of a number in a language.</summary>
    public static PluralCategory Select(string language, decimal n)
    {
        var abs = Math.Abs(n);
        var isInteger = abs == decimal.Truncate(abs);
        var i = (long)decimal.Truncate(abs % 1_000_000_000_000m);
        switch (Base(language))
        {
            case "ru" or "uk":
                if (!isInteger)
                {
                    return PluralCategory.Other;
                }

                var mod10 = i % 10;
                var mod100 = i % 100;
                if (mod10 == 1 && mod100 != 11)
                {
                    return PluralCategory.One;
                }

                if (mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14)
                {
                    return PluralCategory.Few;
                }

                return PluralCategory.Many;
            case "zh" or "ja" or "ko":
                return PluralCategory.Other;
            case "fr":
                // CLDR: one for i = 0,1; "many" (millions) takes the plural form here.
                return isInteger && i is 0 or 1 ? PluralCategory.One : (!isInteger && abs < 2 ? PluralCategory.One : PluralCategory.Other);
            case "ar":
                if (!isInteger)
                {
                    return PluralCategory.Other;
                }

                var m100 = i % 100;
                return i switch
                {
                    0 => PluralCategory.Zero,
                    1 => PluralCategory.One,
                    2 => PluralCategory.Two,
                    _ when m100 is >= 3 and <= 10 => PluralCategory.Few,
                    _ when m100 is >= 11 and <= 99 => PluralCategory.Many,
                    _ => PluralCategory.Other,
                };
            default:
                return isInteger && i == 1 ? PluralCategory.One : PluralCategory.Other;
        }
    }

    /// <summary>Picks the form for n from forms given in the order of <see cref="Categories"/>.</summary>
    public static string Pick(string language, decimal n, IReadOnlyList<string> forms)
    {
        var categories = Categories(language);
        var index = -1;
        var category = Select(language, n);
        for (var k = 0; k < categories.Count; k++)
        {
            if (categories[k] == category)
            {
                index = k;
            }
        }

        if (category == PluralCategory.Other && Base(language) is "ru" or "uk" && forms.Count == 3)
        {
            index = 1; // fractions take the genitive singular, as "few" does: 1,5 дня
        }

        return forms[Math.Clamp(index, 0, forms.Count - 1)];
    }

    private static string Base(string language)
    {
        var dash = language.IndexOf('-', StringComparison.Ordinal);
        return (dash > 0 ? language[..dash] : language).ToLowerInvariant();
    }
}
