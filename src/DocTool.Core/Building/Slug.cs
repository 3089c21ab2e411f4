using System.Globalization;
using System.Text;

namespace DocTool.Core.Building;

/// <summary>File-name slugs: only <c>[a-z0-9-]</c>, so no profile value can steer a path.</summary>
public static class Slug
{
    /// <summary>Makes a slug, or returns <paramref name="fallback"/> when nothing usable is left.</summary>
    public static string Make(string? text, string fallback = "org")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        var normalized = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(lower);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        if (slug.Length > 60)
        {
            slug = slug[..60].Trim('-');
        }

        return slug.Length == 0 ? fallback : slug;
    }
}
