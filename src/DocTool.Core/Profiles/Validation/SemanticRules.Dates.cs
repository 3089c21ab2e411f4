using System.Globalization;
using DocTool.Core.Diagnostics;

namespace DocTool.Core.Profiles.Validation;

/// <summary>Month-days and dates that have the right form but do not exist.</summary>
internal static partial class SemanticRules
{
    private static readonly (string Path, string[] Keys)[] MonthDays =
    [
        ("membership.annual_update_due", ["membership", "annual_update_due"]),
        ("finance.fiscal_year_start", ["finance", "fiscal_year_start"]),
        ("finance.budget.deadline", ["finance", "budget", "deadline"]),
    ];

    private static void Dates(YMapping root, DiagnosticBag bag)
    {
        foreach (var (path, keys) in MonthDays)
        {
            if (!IsForm(At(root, keys), "month_day", out var node))
            {
                continue;
            }

            var month = int.Parse(node.Text.AsSpan(0, 2), CultureInfo.InvariantCulture);
            var day = int.Parse(node.Text.AsSpan(3, 2), CultureInfo.InvariantCulture);
            var most = DateTime.DaysInMonth(2024, month); // a leap year: "02-29" is a valid day of the year
            if (day > most)
            {
                bag.Error(node.Span, Codes.BadDate, string.Create(CultureInfo.InvariantCulture,
                    $"`{path}` is \"{node.Text}\", a day that does not exist: {MonthName(month)} has {most} days; write a day from 01 to {most}"));
            }
        }

        if (IsForm(At(root, "style", "date_of_adoption"), "date", out var date)
            && !DateOnly.TryParseExact(date.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            var year = int.Parse(date.Text.AsSpan(0, 4), CultureInfo.InvariantCulture);
            var month = int.Parse(date.Text.AsSpan(5, 2), CultureInfo.InvariantCulture);
            var reason = month is < 1 or > 12 ? string.Create(CultureInfo.InvariantCulture, $"there is no month {month:00}")
                : year < 1 ? "there is no year 0000"
                : string.Create(CultureInfo.InvariantCulture, $"{MonthName(month)} {year} has {DateTime.DaysInMonth(year, month)} days");
            bag.Error(date.Span, Codes.BadDate, $"`style.date_of_adoption` is \"{date.Text}\", a date that does not exist ({reason}); write a real date as \"YYYY-MM-DD\"");
        }
    }

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
}
