using System.Globalization;
using System.Text.RegularExpressions;

namespace DocTool.Core.Profiles;

/// <summary>The YAML 1.2 core schema for plain scalars (so <c>yes</c>, <c>on</c>, <c>no</c> stay strings).</summary>
internal static partial class ScalarTypes
{
    public static object? Resolve(string text, string? tag)
    {
        switch (tag)
        {
            case "tag:yaml.org,2002:null":
                return null;
            case "tag:yaml.org,2002:bool":
                return bool.TryParse(text, out var b) ? b : text;
            case "tag:yaml.org,2002:int":
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : text;
            case "tag:yaml.org,2002:float":
                return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? f : text;
        }

        if (text.Length == 0 || text is "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE")
        {
            return true;
        }

        if (text is "false" or "False" or "FALSE")
        {
            return false;
        }

        if (IntPattern().IsMatch(text))
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
            {
                return l;
            }

            return decimal.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big) ? big : text;
        }

        if (HexPattern().IsMatch(text))
        {
            return long.Parse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        }

        if (OctPattern().IsMatch(text))
        {
            return Convert.ToInt64(text[2..], 8);
        }

        if (FloatPattern().IsMatch(text))
        {
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                return d;
            }

            return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        if (InfPattern().IsMatch(text))
        {
            return text.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (NanPattern().IsMatch(text))
        {
            return double.NaN;
        }

        return text;
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^0x[0-9a-fA-F]{1,15}$")]
    private static partial Regex HexPattern();

    [GeneratedRegex(@"^0o[0-7]{1,20}$")]
    private static partial Regex OctPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^[-+]?\.(inf|Inf|INF)$")]
    private static partial Regex InfPattern();

    [GeneratedRegex(@"^\.(nan|NaN|NAN)$")]
    private static partial Regex NanPattern();
}
