using System.Security;

namespace DocTool.Core.Docx;

/// <summary>Small helpers for writing WordprocessingML as text.</summary>
internal static class Xml
{
    public const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    public const string WordNs = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    /// <summary>Escapes text for an attribute or element.</summary>
    public static string Esc(string text) => SecurityElement.Escape(Clean(text));

    /// <summary>Removes characters XML 1.0 cannot carry (control characters, lone surrogates).</summary>
    public static string Clean(string text)
    {
        // Almost all text is made of characters from U+0020 to U+D7FF (no control characters, no
        // surrogates); one vectorised scan proves it.
        if (text.AsSpan().IndexOfAnyExceptInRange('\u0020', '\uD7FF') < 0)
        {
            return text;
        }

        var ok = true;
        foreach (var c in text)
        {
            if (!IsXmlChar(c))
            {
                ok = false;
                break;
            }
        }

        if (ok && !HasLoneSurrogate(text))
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (!char.IsSurrogate(c) && IsXmlChar(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool IsXmlChar(char c) => c is '\t' or '\n' or '\r' || (c >= 0x20 && c != '\uFFFE' && c != '\uFFFF');

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
