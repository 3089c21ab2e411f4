using System.Text;

namespace DocTool.Core.Templating;

/// <summary>
/// Turns text a user typed (a profile value) into Markdown that renders as exactly that text: every character
/// Markdown or DocTool's extensions give a meaning to is backslash-escaped, and line breaks become spaces, so a
/// value cannot start a table, list, heading, link, emphasis, attribute block or HTML. Plain text comes back as
/// the same instance, so documents whose values hold none of these characters do not change by a byte.
/// </summary>
public static class MarkdownLiteral
{
    // ASCII punctuation with a meaning somewhere in DocTool's pipeline (CommonMark, pipe tables, generic
    // attributes, entities). Every ASCII punctuation character may be backslash-escaped in CommonMark.
    // "_" between two letters or digits and "&" not followed by a letter or "#" mean nothing (snake_case ids,
    // "Steppe & Caucasus") and are left as they are.
    private const string Special = "\\`*_[]<>{}|#&";

    /// <summary>The Markdown that shows <paramref name="text"/> as typed.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsEscape(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsLineBreak(c))
            {
                // A break would end the paragraph or table row the value sits in.
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                builder.Append(' ');
            }
            else if (c == Helpers.RefOpen || c == Helpers.RefClose)
            {
                // DocTool's own clause-reference markers: a value must not make a cross-reference. These
                // brackets have look-alikes that mean nothing to DocTool.
                builder.Append(c == Helpers.RefOpen ? '\u2774' : '\u2775');
            }
            else if ((Special.Contains(c, StringComparison.Ordinal) && !Inert(text, i)) || (i == 0 && StartsBlock(text)))
            {
                builder.Append('\\').Append(c);
            }
            else if ((c == '.' || c == ')') && LeadingDigitsEndAt(text, i))
            {
                // "1. " or "1) " at the start of a line is an ordered list item.
                builder.Append('\\').Append(c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        if (StartsBlock(text) || LeadingDigitsEndAt(text, LeadingDigits(text)))
        {
            return true;
        }

        foreach (var c in text)
        {
            if (IsLineBreak(c) || c == Helpers.RefOpen || c == Helpers.RefClose)
            {
                return true;
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (Special.Contains(text[i], StringComparison.Ordinal) && !Inert(text, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Inert(string text, int i) => text[i] switch
    {
        '_' => i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]),
        '&' => i + 1 >= text.Length || !(char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '#'),
        _ => false,
    };

    // "-", "+" and "=" start a list item or a setext underline at the start of a line; ">" and "#" are
    // escaped everywhere already.
    private static bool StartsBlock(string text) => text[0] is '-' or '+' or '=';

    private static int LeadingDigits(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool LeadingDigitsEndAt(string text, int index) =>
        index > 0 && index < text.Length && index == LeadingDigits(text) && text[index] is '.' or ')';

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u000B' or '\u000C' or '\u0085' or '\u2028' or '\u2029';
}
