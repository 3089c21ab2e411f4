using System.Globalization;
using System.Text;

namespace DocTool.Core.Localization;

/// <summary>
/// Formats numbers, money, percentages, dates and lists for one document language from the
/// culture's own data (never hand-written patterns).
/// </summary>
public sealed class Formatter
{
    private const char Nbsp = '\u00A0';

    // ISO 4217 currencies with no minor unit (the iso-codes data does not carry minor units).
    private static readonly HashSet<string> ZeroDecimalCurrencies = new(StringComparer.Ordinal)
    {
        "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF",
    };

    private readonly string _and;
    private readonly string _or;

    /// <summary>Creates a formatter.</summary>
    public Formatter(string language, CultureInfo culture, string and, string or)
    {
        Language = language;
        Culture = culture;
        _and = and;
        _or = or;
    }

    /// <summary>The document language (pack code, e.g. "fr").</summary>
    public string Language { get; }

    /// <summary>The culture used for numbers and dates.</summary>
    public CultureInfo Culture { get; }

    private bool IsChinese => Language.StartsWith("zh", StringComparison.Ordinal) || Language.StartsWith("ja", StringComparison.Ordinal);

    /// <summary>A number with the culture's grouping; decimals only when the number has them.</summary>
    public string Number(decimal value)
    {
        var decimals = Math.Min(DecimalPlaces(value), 4);
        return KeepTogether(value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture));
    }

    /// <summary>An amount with its ISO 4217 code placed where the culture places its currency sign.</summary>
    public string Money(decimal amount, string currency)
    {
        var code = currency.ToUpperInvariant();
        var decimals = DecimalPlaces(amount) == 0 ? 0 : (ZeroDecimalCurrencies.Contains(code) ? 0 : 2);
        var number = KeepTogether(Math.Abs(amount).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture));
        var nf = Culture.NumberFormat;
        var codeFirst = nf.CurrencyPositivePattern is 0 or 2;
        var text = codeFirst ? code + Nbsp + number : number + Nbsp + code;
        return amount < 0 ? nf.NegativeSign + text : text;
    }

    /// <summary>A percentage given as 0–100.</summary>
    public string Percent(decimal value)
    {
        var decimals = Math.Min(DecimalPlaces(value), 2);
        return KeepTogether((value / 100m).ToString("P" + decimals.ToString(CultureInfo.InvariantCulture), Culture));
    }

    /// <summary>A date written out in full, without the day of the week ("1 March 2026").</summary>
    public string Date(DateOnly date)
    {
        var pattern = Culture.DateTimeFormat.LongDatePattern;
        pattern = WithoutWeekday(pattern);
        return FirstOfMonth(date.Day, date.ToDateTime(TimeOnly.MinValue).ToString(pattern, Culture));
    }

    /// <summary>A day of the year ("31 March").</summary>
    public string MonthDay(int month, int day) =>
        FirstOfMonth(day, new DateTime(2000, month, day, 0, 0, 0, DateTimeKind.Unspecified).ToString(Culture.DateTimeFormat.MonthDayPattern, Culture));

    /// <summary>French writes the first day of a month as an ordinal: "1er mars", never "1 mars".</summary>
    private string FirstOfMonth(int day, string text) =>
        day == 1 && Language.StartsWith("fr", StringComparison.Ordinal) && text.StartsWith('1') && text.Length > 1 && !char.IsAsciiDigit(text[1])
            ? "1er" + text[1..]
            : text;

    /// <summary>"A, B and C" in the language.</summary>
    public string JoinAnd(IReadOnlyList<string> items) => Join(items, _and);

    /// <summary>"A, B or C" in the language.</summary>
    public string JoinOr(IReadOnlyList<string> items) => Join(items, _or);

    /// <summary>"5 days": the number and the plural form that agrees with it.</summary>
    public string Count(decimal n, IReadOnlyList<string> forms)
    {
        var word = PluralRules.Pick(Language, n, forms);
        return IsChinese ? Number(n) + word : Number(n) + Nbsp + word;
    }

    private string Join(IReadOnlyList<string> items, string conjunction)
    {
        if (items.Count == 0)
        {
            return string.Empty;
        }

        if (items.Count == 1)
        {
            return items[0];
        }

        if (IsChinese)
        {
            // Chinese enumerates with the ideographic comma and joins the last item with the conjunction.
            return string.Join('、', items.Take(items.Count - 1)) + conjunction + items[^1];
        }

        var last = items[^1];
        conjunction = SpanishEuphony(conjunction, last);
        var sb = new StringBuilder();
        var separator = Culture.TextInfo.ListSeparator is ";" or "؛" ? ", " : Culture.TextInfo.ListSeparator.TrimEnd() + " ";
        if (Language.StartsWith("ar", StringComparison.Ordinal))
        {
            separator = "، ";
        }

        sb.AppendJoin(separator, items.Take(items.Count - 1));
        sb.Append(' ').Append(conjunction).Append(' ').Append(last);
        return sb.ToString();
    }

    private string SpanishEuphony(string conjunction, string next)
    {
        if (!Language.StartsWith("es", StringComparison.Ordinal) || next.Length == 0)
        {
            return conjunction;
        }

        var lower = next.ToLower(Culture);
        if (conjunction == "y" && (lower.StartsWith('i') || lower.StartsWith("hi", StringComparison.Ordinal)) && !lower.StartsWith("hie", StringComparison.Ordinal) && !lower.StartsWith("hia", StringComparison.Ordinal))
        {
            return "e";
        }

        if (conjunction == "o" && (lower.StartsWith('o') || lower.StartsWith("ho", StringComparison.Ordinal)))
        {
            return "u";
        }

        return conjunction;
    }

    private static string WithoutWeekday(string pattern)
    {
        var i = pattern.IndexOf("dddd", StringComparison.Ordinal);
        if (i < 0)
        {
            return pattern;
        }

        var before = pattern[..i];
        var after = pattern[(i + 4)..];
        if (before.Length == 0)
        {
            // "dddd, d MMMM yyyy": drop the weekday and the separator after it.
            return after.TrimStart(',', '،', ' ');
        }

        // "yyyy年M月d日dddd": drop the weekday and the separator before it.
        return before.TrimEnd(',', '،', ' ') + after;
    }

    // A number and its sign never break across lines: ordinary spaces from the culture data become no-break spaces.
    private static string KeepTogether(string text) => text.Replace(' ', Nbsp);

    private static int DecimalPlaces(decimal value)
    {
        value = Math.Abs(value);
        var places = 0;
        while (value != decimal.Truncate(value) && places < 10)
        {
            value *= 10;
            places++;
        }

        return places;
    }
}
