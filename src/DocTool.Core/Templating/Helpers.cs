using System.Globalization;
using DocTool.Core.Localization;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DocTool.Core.Templating;

/// <summary>The helpers every template can call (see docs/template-authoring.md).</summary>
internal static class Helpers
{
    /// <summary>Marks a clause reference in rendered Markdown until clause numbers are known.</summary>
    public const char RefOpen = '\u2983';

    /// <summary>Closes a clause reference marker.</summary>
    public const char RefClose = '\u2984';

    /// <summary>Every helper name, for the template linter.</summary>
    public static IEnumerable<string> Names => Arity.Keys;

    /// <summary>How many arguments each helper takes (for the template linter).</summary>
    public static IReadOnlyDictionary<string, (int Min, int Max)> Arity { get; } = new Dictionary<string, (int, int)>(StringComparer.Ordinal)
    {
        ["money"] = (1, 2), ["num"] = (1, 1), ["pct"] = (1, 1), ["date"] = (1, 1), ["month_day"] = (1, 1),
        ["plural"] = (2, 7), ["count"] = (2, 7), ["join"] = (1, 1), ["join_or"] = (1, 1), ["country"] = (1, 1),
        ["countries"] = (1, 1), ["currency_name"] = (1, 1), ["label"] = (2, 2), ["s"] = (1, 1), ["g"] = (1, 1),
        ["ref"] = (1, 1), ["t"] = (1, 1), ["m"] = (1, 2), ["term"] = (1, 1),
    };

    public static ScriptObject Create(HelperServices services)
    {
        var obj = new ScriptObject();
        foreach (var helper in All(services))
        {
            obj.SetValue(helper.Name, helper, readOnly: true);
        }

        return obj;
    }

    private static IEnumerable<Helper> All(HelperServices s)
    {
        yield return new Fn("money", 1, 2, "`money AMOUNT` or `money AMOUNT \"USD\"`", (h, c, a) =>
        {
            var amount = h.Num(c, a[0], "the amount");
            var currency = a.Count > 1 ? h.Str(c, a[1], "the currency code") : s.FunctionalCurrency;
            if (IsoNames.Currency("en", currency) is null)
            {
                throw Fn.Error(c, $"`{currency}` is not an ISO 4217 currency code");
            }

            return s.Formatter.Money(amount, currency);
        });
        yield return new Fn("num", 1, 1, "`num NUMBER`", (h, c, a) => s.Formatter.Number(h.Num(c, a[0], "the number")));
        yield return new Fn("pct", 1, 1, "`pct PERCENT` (0 to 100)", (h, c, a) => s.Formatter.Percent(h.Num(c, a[0], "the percentage")));
        yield return new Fn("date", 1, 1, "`date \"YYYY-MM-DD\"`", (h, c, a) =>
        {
            var text = h.Str(c, a[0], "the date");
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw Fn.Error(c, $"\"{text}\" is not a date written YYYY-MM-DD");
            }

            return s.Formatter.Date(date);
        });
        yield return new Fn("month_day", 1, 1, "`month_day \"MM-DD\"`", (h, c, a) =>
        {
            var text = h.Str(c, a[0], "the month-day");
            if (!DateOnly.TryParseExact("2000-" + text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw Fn.Error(c, $"\"{text}\" is not a day of the year written MM-DD");
            }

            return s.Formatter.MonthDay(date.Month, date.Day);
        });
        var formsUsage = PluralUsage(s.Language);
        yield return new Fn("plural", 2, 7, $"`plural N {formsUsage}`", (h, c, a) =>
            PluralRules.Pick(s.Language, h.Num(c, a[0], "the count"), h.Forms(c, a, s.Language)));
        yield return new Fn("count", 2, 7, $"`count N {formsUsage}`", (h, c, a) =>
            s.Formatter.Count(h.Num(c, a[0], "the count"), h.Forms(c, a, s.Language)));
        yield return new Fn("join", 1, 1, "`join LIST`", (h, c, a) => s.Formatter.JoinAnd(h.List(c, a[0], "the list")));
        yield return new Fn("join_or", 1, 1, "`join_or LIST`", (h, c, a) => s.Formatter.JoinOr(h.List(c, a[0], "the list")));
        yield return new Fn("country", 1, 1, "`country \"KG\"`", (h, c, a) => CountryName(h, c, s, h.Str(c, a[0], "the country code")));
        yield return new Fn("countries", 1, 1, "`countries LIST`", (h, c, a) =>
            s.Formatter.JoinAnd([.. h.List(c, a[0], "the country codes").Select(code => CountryName(h, c, s, code))]));
        yield return new Fn("currency_name", 1, 1, "`currency_name \"USD\"`", (h, c, a) =>
        {
            var code = h.Str(c, a[0], "the currency code");
            return IsoNames.Currency(s.Language, code) ?? throw Fn.Error(c, $"`{code}` is not an ISO 4217 currency code");
        });
        yield return new Fn("label", 2, 2, "`label \"GROUP\" VALUE` (VALUE a word or a list of words)", (h, c, a) =>
        {
            var group = h.Str(c, a[0], "the label group");
            var values = a[1] is ScriptArray ? h.List(c, a[1], "the values") : [h.Str(c, a[1], "the value")];
            // A glossary term named "group.value" gives the label in the profile's inclusive style.
            var labels = values.Select(v => InclusiveTerm(s, group + "." + v) ?? Lookup(h, c, s, group + "." + v)).ToList();
            return s.Formatter.JoinAnd(labels);
        });
        yield return new Fn("s", 1, 1, "`s \"group.key\"`", (h, c, a) => Lookup(h, c, s, h.Str(c, a[0], "the key")), markdown: true);
        yield return new Fn("g", 1, 1, "`g \"term\"`", (h, c, a) =>
        {
            var key = h.Str(c, a[0], "the glossary term");
            if (!s.Terms.Terms.ContainsKey(key))
            {
                throw new HelperException(c.Span, Diagnostics.Codes.MissingString, $"the glossary of `{s.Language}` has no term `{key}`{Suggest(key, s.Terms.Terms.Keys)}");
            }

            var lookup = s.Terms.Lookup(key, null, s.InclusiveStyle);
            return lookup.Text ?? throw Fn.Error(c, $"the glossary term `{key}` has no `{s.InclusiveStyle}` form");
        });
        yield return new MessageHelper(s);
        yield return new TermHelper(s);
        yield return new Fn("ref", 1, 1, "`ref \"clause-id\"`", (h, c, a) => $"{RefOpen}{h.Str(c, a[0], "the clause id")}{RefClose}", markdown: true);
        yield return new Fn("t", 1, 1, "`t TEXT`", (h, c, a) => a[0] switch
        {
            ScriptObject map when map.TryGetValue(s.Language, out var v) && v is string text => text,
            ScriptObject => throw Fn.Error(c, $"this text has no `{s.Language}` version"),
            var other => h.Str(c, other, "the text"),
        });
    }

    private static string? InclusiveTerm(HelperServices s, string key) =>
        s.Terms.Terms.ContainsKey(key) ? s.Terms.Lookup(key, null, s.InclusiveStyle).Text : null;

    private static string CountryName(Fn h, ScriptNode c, HelperServices s, string code) =>
        IsoNames.Country(s.Language, code) ?? throw Fn.Error(c, $"`{code}` is not an ISO 3166-1 country code");

    private static string Lookup(Fn h, ScriptNode c, HelperServices s, string key) =>
        s.Strings.TryGet(key, out var value)
            ? value
            : throw new HelperException(c.Span, Diagnostics.Codes.MissingString, $"the string catalogue `{s.Strings.File}` has no `{key}`{Suggest(key, s.Strings.Entries.Keys)}");

    private static string PluralUsage(string language) =>
        string.Join(' ', PluralRules.Categories(language).Select(cat => "\"" + cat.ToString().ToLowerInvariant() + "-form\""));

    internal static string Suggest(string key, IEnumerable<string> candidates)
    {
        var best = Text.Similar.Closest(key, candidates);
        return best is null ? string.Empty : $"; did you mean `{best}`?";
    }

    private sealed class Fn(string name, int min, int max, string usage, Func<Fn, ScriptNode, ScriptArray, object> body, bool markdown = false)
        : Helper(name, min, max, usage)
    {
        protected override bool ReturnsMarkdown => markdown;

        public decimal Num(ScriptNode c, object? v, string what) => Number(c, v, what);

        public string Str(ScriptNode c, object? v, string what) => Text(c, v, what);

        public List<string> List(ScriptNode c, object? v, string what) => Texts(c, v, what);

        public static HelperException Error(ScriptNode c, string message) => Fail(c, message);

        public List<string> Forms(ScriptNode c, ScriptArray a, string language)
        {
            var forms = a.Skip(1).Select(v => Text(c, v, "a plural form")).ToList();
            var needed = PluralRules.RequiredForms(language);
            var max = PluralRules.Categories(language).Count;
            if (forms.Count < needed || forms.Count > max)
            {
                throw Fail(c, $"`{Name}` in `{language}` takes {needed}{(max > needed ? " or " + max.ToString(CultureInfo.InvariantCulture) : string.Empty)} forms ({string.Join(", ", PluralRules.Categories(language).Take(max).Select(x => x.ToString().ToLowerInvariant()))}), but was given {forms.Count}");
            }

            return forms;
        }

        protected override object Call(ScriptNode caller, ScriptArray args) => body(this, caller, args);
    }
}
