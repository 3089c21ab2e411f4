using DocTool.Core.Diagnostics;
using DocTool.Core.Localization;

namespace DocTool.Core.Profiles.Validation;

/// <summary>Country (ISO 3166-1) and currency (ISO 4217) codes that have the right form but do not exist.</summary>
internal static partial class SemanticRules
{
    private static void Countries(YMapping root, DiagnosticBag bag)
    {
        if (IsForm(At(root, "org", "registration", "country"), "country", out var registration))
        {
            Country(registration, registration.Span, "`org.registration.country` is", bag);
        }

        if (At(root, "org", "countries") is YSequence countries)
        {
            for (var i = 0; i < countries.Items.Count; i++)
            {
                if (IsForm(countries.Items[i], "country", out var country))
                {
                    Country(country, country.Span, $"`{Index("org.countries", i)}` is", bag);
                }
            }
        }

        if (At(root, "finance", "travel", "per_diem") is YMapping perDiem)
        {
            foreach (var key in perDiem.Entries.Select(e => e.Key))
            {
                if (IsForm(key, "country", out _))
                {
                    Country(key, key.Span, "`finance.travel.per_diem` has", bag);
                }
            }
        }
    }

    private static void Country(YScalar code, Diagnostics.SourceSpan span, string subject, DiagnosticBag bag)
    {
        if (IsoNames.CountryCodes.Contains(code.Text))
        {
            return;
        }

        var guess = Suggest.Country(code.Text);
        bag.Error(span, Codes.UnknownCountry, guess is not null
            ? $"{subject} `{code.Text}`, which is not an ISO 3166-1 country code; did you mean {Suggest.Named(guess, currency: false)}?"
            : $"{subject} `{code.Text}`, which is not an ISO 3166-1 country code; use the two-letter code of the country (for example `KE` for Kenya)");
    }

    private static void Currencies(YMapping root, DiagnosticBag bag)
    {
        (string Path, string[] Keys)[] fields =
        [
            ("membership.fee_currency", ["membership", "fee_currency"]),
            ("finance.currency.functional", ["finance", "currency", "functional"]),
            ("finance.currency.reporting", ["finance", "currency", "reporting"]),
        ];
        foreach (var (path, keys) in fields)
        {
            if (!IsForm(At(root, keys), "currency", out var code) || IsoNames.CurrencyCodes.Contains(code.Text))
            {
                continue;
            }

            var guess = Suggest.Currency(code.Text);
            bag.Error(code.Span, Codes.UnknownCurrency, guess is not null
                ? $"`{path}` is `{code.Text}`, which is not an ISO 4217 currency code; did you mean {Suggest.Named(guess, currency: true)}?"
                : $"`{path}` is `{code.Text}`, which is not an ISO 4217 currency code; use the three-letter code of the currency (for example `KES` for the Kenyan shilling)");
        }
    }
}
