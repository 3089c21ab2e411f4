using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DocTool.Core.Profiles.Validation;

/// <summary>What to write instead, for the type mistakes people make in YAML.</summary>
internal sealed partial class SchemaErrorMapper
{
    private static readonly string[] YesWords = ["yes", "y", "on"];
    private static readonly string[] NoWords = ["no", "n", "off"];

    private static string Found(YNode node, IReadOnlyList<string> types) =>
        node is YScalar { Value: decimal or double } s && types.Contains("integer") && !types.Contains("number")
            ? $"{Describe.Shown(s)} has a fraction"
            : Describe.Found(node);

    /// <summary>
    /// For a number or true/false where text of a given form is expected (<c>fiscal_year_start: 0101</c>):
    /// how to write that form, when putting the value in quotes would not be enough. Null otherwise.
    /// </summary>
    private static string? FormHint(YNode node, JsonElement schema, string? leafField)
    {
        var target = ProfileSchema.Deref(schema);
        if (node is not YScalar { Value: not (null or string) } scalar
            || !ProfileSchema.Types(target).Contains("string")
            || !target.TryGetProperty("pattern", out var pattern))
        {
            return null;
        }

        var regex = new Regex(pattern.GetString()!, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (regex.IsMatch(scalar.Text))
        {
            return null;
        }

        var hint = PatternHint.For(pattern.GetString()!, leafField ?? string.Empty);
        return $"; write {hint.What}: {hint.How}";
    }

    private static string TypeHint(YNode node, IReadOnlyList<string> types)
    {
        if (node is not YScalar scalar)
        {
            return string.Empty;
        }

        var wantsNumber = types.Contains("integer") || types.Contains("number");
        switch (scalar.Value)
        {
            case not null when types.Contains("array") && !types.Contains("string"):
                return $"; for a list of one, write [{scalar.Text}]";
            case string text when wantsNumber:
                return NumberHint(text.Trim(), scalar.Quoted);
            case string text when types.Contains("boolean"):
                var lower = text.Trim().ToLowerInvariant();
                if (lower is "true" or "false")
                {
                    return $"; write {lower} without quotes";
                }

                if (YesWords.Contains(lower))
                {
                    return "; write `true` (in YAML 1.2 `yes` and `on` are text, not true/false)";
                }

                return NoWords.Contains(lower) ? "; write `false` (in YAML 1.2 `no` and `off` are text, not true/false)" : string.Empty;
            case decimal or double when types.Contains("integer") && !types.Contains("number"):
                return "; write a whole number";
            case long or decimal or double or bool when types.Contains("string"):
                return $"; write it in quotes: \"{scalar.Text}\"";
            default:
                return string.Empty;
        }
    }

    private static string NumberHint(string text, bool quoted)
    {
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
        {
            return quoted ? $"; write {text} without quotes" : string.Empty;
        }

        var match = NumberInText().Match(text);
        if (!match.Success)
        {
            return string.Empty;
        }

        var before = match.Groups["before"].Value.Trim();
        var after = match.Groups["after"].Value.Trim();
        var digits = match.Groups["number"].Value;
        var plain = PlainNumber(digits);
        if (plain is null)
        {
            return string.Empty;
        }

        if (before.Length == 0 && after == "%")
        {
            return $"; write {plain} without the % sign";
        }

        if (before.Length > 0 || after.Length > 0)
        {
            return $"; write the number only: {plain}";
        }

        return $"; write {plain} without separators";
    }

    /// <summary>"40,000", "40 000", "1.000.000" and "40'000" as a plain number, or null when it is ambiguous.</summary>
    private static string? PlainNumber(string digits)
    {
        var groups = GroupSeparators().Replace(digits, string.Empty);
        if (groups != digits && decimal.TryParse(groups, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
        {
            return groups;
        }

        // Dots as thousands separators ("1.000.000") or a decimal comma ("12,5").
        if (DotThousands().IsMatch(digits))
        {
            return digits.Replace(".", string.Empty, StringComparison.Ordinal);
        }

        if (DecimalComma().IsMatch(digits))
        {
            return digits.Replace(',', '.');
        }

        return decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _) ? digits : null;
    }

    [GeneratedRegex(@"^(?<before>[^0-9-]*)(?<number>-?[0-9][0-9 ,.'\u00A0\u202F]*[0-9]|-?[0-9])(?<after>[^0-9]*)$")]
    private static partial Regex NumberInText();

    [GeneratedRegex(@"(?<=[0-9])[,'\u00A0\u202F ](?=[0-9]{3}(?![0-9]))")]
    private static partial Regex GroupSeparators();

    [GeneratedRegex(@"^-?[0-9]{1,3}(\.[0-9]{3})+$")]
    private static partial Regex DotThousands();

    [GeneratedRegex(@"^-?[0-9]+,[0-9]{1,2}$")]
    private static partial Regex DecimalComma();
}
