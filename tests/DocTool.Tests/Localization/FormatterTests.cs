using System.Globalization;
using DocTool.Core.Localization;

namespace DocTool.Tests.Localization;

public class FormatterTests
{
    private static Formatter For(string lang, string? country = null, string and = "and", string or = "or") =>
        new(lang, CultureResolver.For(lang, country), and, or);

    [Theory]
    [InlineData("en", null, 40000, "KGS", "KGS\u00A040,000")]
    [InlineData("en", "IE", 1099.98, "EUR", "EUR\u00A01,099.98")]
    [InlineData("fr", null, 1099.98, "EUR", "1\u202F099,98\u00A0EUR")]
    [InlineData("fr", "CI", 250000, "XOF", "250\u202F000\u00A0XOF")]
    [InlineData("es", "PY", 1500000, "PYG", "PYG\u00A01.500.000")]
    [InlineData("ru", null, 25000, "KGS", "25\u00A0000\u00A0KGS")]
    [InlineData("zh", null, 3000.5, "CNY", "CNY\u00A03,000.50")]
    public void Should_format_money_with_iso_code_per_culture(string lang, string? country, double amount, string currency, string expected) =>
        Assert.Equal(expected, For(lang, country).Money((decimal)amount, currency));

    [Theory]
    [InlineData("en", "1 March 2026")]
    [InlineData("fr", "1er mars 2026")]
    [InlineData("es", "1 de marzo de 2026")]
    [InlineData("ru", "1 марта 2026 г.")]
    [InlineData("zh", "2026年3月1日")]
    public void Should_format_dates_without_weekday(string lang, string expected) =>
        Assert.Equal(expected, For(lang).Date(new DateOnly(2026, 3, 1)).Replace('\u00A0', ' ').Replace('\u202F', ' '));

    [Theory]
    [InlineData("en", "31 March")]
    [InlineData("fr", "31 mars")]
    [InlineData("fr", "1er avril", 4, 1)]
    [InlineData("en", "1 April", 4, 1)]
    [InlineData("es", "1 de abril", 4, 1)]
    [InlineData("ru", "31 марта")]
    [InlineData("zh", "3月31日")]
    public void Should_format_month_days(string lang, string expected, int month = 3, int day = 31) =>
        Assert.Equal(expected, For(lang).MonthDay(month, day));

    [Theory]
    [InlineData("en", 60, "60%", null)]
    [InlineData("fr", 60, "60\u00A0%", null)]
    [InlineData("ru", 33, "33\u00A0%", null)]
    [InlineData("es", 12.5, "12,5\u00A0%", "PY")]
    [InlineData("zh", 50, "50%", null)]
    public void Should_format_percentages(string lang, double pct, string expected, string? country) =>
        Assert.Equal(expected, For(lang, country).Percent((decimal)pct));

    [Theory]
    [InlineData(1, "1\u00A0день")]
    [InlineData(2, "2\u00A0дня")]
    [InlineData(5, "5\u00A0дней")]
    [InlineData(11, "11\u00A0дней")]
    [InlineData(21, "21\u00A0день")]
    [InlineData(22, "22\u00A0дня")]
    [InlineData(112, "112\u00A0дней")]
    public void Should_pluralise_russian_with_one_few_many(int n, string expected) =>
        Assert.Equal(expected, For("ru").Count(n, ["день", "дня", "дней"]));

    [Theory]
    [InlineData("en", 1, "1\u00A0day")]
    [InlineData("en", 0, "0\u00A0days")]
    [InlineData("fr", 0, "0\u00A0jour")]
    [InlineData("fr", 2, "2\u00A0jours")]
    [InlineData("zh", 5, "5天")]
    public void Should_pluralise_other_languages(string lang, int n, string expected)
    {
        string[] forms = lang switch
        {
            "zh" => ["天"],
            "fr" => ["jour", "jours"],
            _ => ["day", "days"],
        };
        Assert.Equal(expected, For(lang).Count(n, forms));
    }

    [Fact]
    public void Should_join_lists_per_language()
    {
        Assert.Equal("A, B and C", For("en").JoinAnd(["A", "B", "C"]));
        Assert.Equal("A et B", For("fr", and: "et").JoinAnd(["A", "B"]));
        Assert.Equal("Perú e Ingla", For("es", and: "y").JoinAnd(["Perú", "Ingla"]));
        Assert.Equal("siete u ocho", For("es", or: "o").JoinOr(["siete", "ocho"]));
        Assert.Equal("甲、乙和丙", For("zh", and: "和").JoinAnd(["甲", "乙", "丙"]));
        Assert.Equal("solo", For("en").JoinAnd(["solo"]));
    }

    [Fact]
    public void Should_pick_country_specific_culture_when_icu_knows_it()
    {
        Assert.Equal("fr-CI", CultureResolver.For("fr", "CI").Name);
        Assert.Equal("en-GB", CultureResolver.For("en", "ZZ").Name);
        Assert.Equal(CultureInfo.GetCultureInfo("ru-KG").Name, CultureResolver.For("ru", "KG").Name);
    }

    [Fact]
    public void Should_name_countries_and_currencies_in_the_document_language()
    {
        Assert.Equal("Kirghizistan", IsoNames.Country("fr", "KG"));
        Assert.Equal("吉尔吉斯坦", IsoNames.Country("zh", "KG"));
        Assert.Equal("франк КФА ВСЕАО", IsoNames.Currency("ru", "XOF"));
        Assert.Equal("dollar américain", IsoNames.Currency("fr", "USD"));
        Assert.Equal("yuan renminbi", IsoNames.Currency("fr", "CNY"));
    }

    [Theory]
    [InlineData("USD", "US dollar")]
    [InlineData("KES", "Kenyan shilling")]
    [InlineData("XOF", "CFA franc BCEAO")]
    [InlineData("EUR", "euro")]
    [InlineData("GBP", "pound sterling")]
    [InlineData("CNY", "yuan renminbi")]
    public void Should_write_english_currency_names_as_in_running_text(string code, string expected)
    {
        Assert.Equal(expected, IsoNames.Currency("en", code));
        Assert.Null(IsoNames.Country("en", "XX"));
        Assert.Contains("KG", IsoNames.CountryCodes);
        Assert.Contains("XOF", IsoNames.CurrencyCodes);
    }
}
