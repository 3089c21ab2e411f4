using System.Globalization;
using DocTool.Core.Diagnostics;

namespace DocTool.Core.Profiles.Validation;

/// <summary>Threshold tables (approval limits, procurement): ascending, one open-ended last row.</summary>
internal static partial class SemanticRules
{
    private static void Thresholds(YMapping root, string table, string lastRowExample, DiagnosticBag bag)
    {
        if (At(root, "finance", table) is not YSequence rows || rows.Items.Count == 0)
        {
            return;
        }

        var path = "finance." + table;
        var last = rows.Items.Count - 1;
        var open = false;
        (decimal Value, string Text)? previous = null;
        for (var i = 0; i < rows.Items.Count; i++)
        {
            if (At(rows.Items[i], "max") is not YScalar max)
            {
                continue;
            }

            if (max.Value is null)
            {
                open = true;
                if (i != last)
                {
                    bag.Error(max.Span, Codes.ThresholdOpenEnd,
                        $"`{Index(path, i)}.max` is null (no upper limit), but only the last row of `{path}` may be open-ended; give this row an upper limit, or move it to the end");
                }

                continue;
            }

            if (max.Value is not (long or decimal))
            {
                continue;
            }

            var value = Convert.ToDecimal(max.Value, CultureInfo.InvariantCulture);
            if (previous is { } before && value <= before.Value)
            {
                bag.Error(max.Span, Codes.ThresholdOrder, value == before.Value
                    ? $"`{Index(path, i)}.max` is {max.Text}, the same as the row before; each row must go higher than the one before"
                    : $"`{Index(path, i)}.max` is {max.Text}, lower than the row before ({before.Text}); list the rows from the smallest `max` to the largest");
            }

            previous = (value, max.Text);
        }

        if (!open)
        {
            bag.Error(rows.Items[last].Span, Codes.ThresholdOpenEnd,
                $"the last row of `{path}` must have `max: null` (no upper limit), so that every amount has a row; add a last row such as `{lastRowExample}`");
        }
    }
}
