using System.Globalization;
using System.Text;

namespace DocTool.Core.Building;

/// <summary>
/// File-name slugs: only <c>[a-z0-9-]</c>, so no profile value can steer a path. Cyrillic and Greek are
/// transliterated (as <c>init</c> does for short names); a name with nothing left in Latin letters (Chinese,
/// Arabic) gets <c>org-</c> and a short hash of itself, so two such organisations never share a folder.
/// </summary>
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

            if (c is >= '\u0370' and <= '\u04FF' && Profiles.StarterChoices.Transliterate(c.ToString()) is { Length: > 0 } latin)
            {
                foreach (var l in latin.ToLowerInvariant())
                {
                    if (l is >= 'a' and <= 'z')
                    {
                        sb.Append(l);
                    }
                }

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

        if (slug.Length > 0)
        {
            return slug;
        }

        // Nothing Latin: a stable name from the text itself, not one shared by every such organisation.
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text.Trim()));
        return fallback + "-" + Convert.ToHexStringLower(hash)[..8];
    }
}
