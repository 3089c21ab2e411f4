using System.Globalization;

namespace DocTool.Core.Text;

/// <summary>WCAG 2 colour contrast: relative luminance, contrast ratio, and the nearest darker shade that passes.</summary>
public static class Contrast
{
    /// <summary>The minimum ratio for normal text (WCAG 2.x, level AA).</summary>
    public const double AA = 4.5;

    /// <summary>The contrast ratio (1 to 21) of two colours written "RRGGBB" (with or without #).</summary>
    public static double Ratio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>
    /// The colour darkened (same hue, every channel scaled down together) just enough to reach
    /// <paramref name="target"/> against <paramref name="background"/>; the colour itself when it already does.
    /// </summary>
    public static string Darken(string colour, string background = "FFFFFF", double target = AA)
    {
        var (r, g, b) = Channels(colour);
        for (var factor = 1.0; factor > 0; factor -= 0.01)
        {
            var candidate = Hex((int)(r * factor), (int)(g * factor), (int)(b * factor));
            if (Ratio(candidate, background) >= target)
            {
                return candidate;
            }
        }

        return "000000";
    }

    /// <summary>True for "RRGGBB" or "#RRGGBB".</summary>
    public static bool IsHex(string? colour) =>
        colour is not null && colour.TrimStart('#') is { Length: 6 } hex && hex.All(Uri.IsHexDigit);

    private static double Luminance(string colour)
    {
        var (r, g, b) = Channels(colour);
        static double Linear(int c)
        {
            var s = c / 255.0;
            return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Linear(r)) + (0.7152 * Linear(g)) + (0.0722 * Linear(b));
    }

    private static (int R, int G, int B) Channels(string colour)
    {
        var hex = colour.TrimStart('#');
        int At(int i) => int.Parse(hex.AsSpan(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (At(0), At(2), At(4));
    }

    private static string Hex(int r, int g, int b) => string.Create(CultureInfo.InvariantCulture, $"{r:X2}{g:X2}{b:X2}");
}
