using System.Text.Json;

namespace DocTool.Core.Profiles.Validation;

/// <summary>
/// What a schema <c>pattern</c> means in words, how to write a matching value, and a guess at the
/// intended value. Found by the <c>$defs</c> entry that owns the pattern, else by the field's name.
/// </summary>
internal sealed record PatternHint(string What, string How, Func<string, IReadOnlyCollection<string>, string?> Guess)
{
    private static readonly Lazy<Dictionary<string, string>> DefsByPattern = new(() =>
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var def in ProfileSchema.Root.GetProperty("$defs").EnumerateObject())
        {
            if (def.Value.TryGetProperty("pattern", out var pattern))
            {
                map.TryAdd(pattern.GetString()!, def.Name);
            }
        }

        return map;
    });

    /// <summary>The hint for a pattern, or a plain one when the pattern is not one DocTool explains.</summary>
    public static PatternHint For(string pattern, string fieldName)
    {
        var kind = DefsByPattern.Value.GetValueOrDefault(pattern) ?? fieldName;
        return kind switch
        {
            "country" => new("an ISO 3166-1 country code", "two capital letters, such as `KG`", (v, _) => Suggest.Country(v) is { } c ? Suggest.Named(c, currency: false) : null),
            "currency" => new("an ISO 4217 currency code", "three capital letters, such as `USD`", (v, _) => Suggest.Currency(v) is { } c ? Suggest.Named(c, currency: true) : null),
            "language" => new("a language code", "a BCP 47 code such as `en`, `fr` or `pt-BR`", (v, langs) => Suggest.Language(v, langs) is { } l ? $"`{l}`" : null),
            "month_day" => new("a day of the year", "\"MM-DD\" in quotes, month first, such as \"03-31\"", (v, _) => Suggest.MonthDay(v) is { } m ? $"\"{m}\"" : null),
            "date" => new("a date", "\"YYYY-MM-DD\" in quotes, such as \"2026-03-01\"", (v, _) => Suggest.Date(v) is { } d ? $"\"{d}\"" : null),
            "email" => new("an e-mail address", "an address such as info@example.org", (_, _) => null),
            "colour" => new("a colour", "a hex code in quotes, such as \"#B3122E\"", (v, _) => Colour(v)),
            "website" => new("a web address", "the full address starting with https://, such as \"https://example.org\"", (v, _) => v.Contains('.', StringComparison.Ordinal) && !v.Contains("://", StringComparison.Ordinal) && !v.Contains(' ', StringComparison.Ordinal) ? $"\"https://{v}\"" : null),
            "logo" => new("a PNG or JPEG file", "a path ending in .png, .jpg or .jpeg", (_, _) => null),
            "reference_doc" => new("a Word document", "a path ending in .docx", (_, _) => null),
            "id" => new("an id", "lowercase letters, digits and underscores, starting with a letter, such as `full`", (v, _) => Suggest.Id(v) is { } id ? $"`{id}`" : null),
            _ => new("in the expected form", $"text matching `{pattern}`", (_, _) => null),
        };
    }

    /// <summary>The pattern of the first <c>patternProperties</c> entry of an object schema, or null.</summary>
    public static string? KeyPattern(JsonElement objectSchema) =>
        objectSchema.ValueKind == JsonValueKind.Object && objectSchema.TryGetProperty("patternProperties", out var pp)
            ? pp.EnumerateObject().Select(p => p.Name).FirstOrDefault()
            : null;

    private static string? Colour(string value)
    {
        var hex = value.TrimStart('#');
        if (hex.Length == 3)
        {
            hex = string.Concat(hex.Select(c => $"{c}{c}"));
        }

        return hex.Length == 6 && hex.All(Uri.IsHexDigit) && $"#{hex}" != value ? $"\"#{hex.ToUpperInvariant()}\"" : null;
    }
}
