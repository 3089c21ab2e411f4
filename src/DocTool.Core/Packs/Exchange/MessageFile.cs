using System.Globalization;
using System.Text;

namespace DocTool.Core.Packs.Exchange;

/// <summary>
/// Writes a message catalogue in its one canonical layout: a header comment, then <c>id: "text"</c> per message in
/// a YAML double-quoted scalar on one line. Every catalogue of the bundled pack is in this layout (a test checks it),
/// so importing an unchanged translation writes the same bytes.
/// </summary>
public static class MessageFile
{
    /// <summary>The catalogue text for a document in a language.</summary>
    public static string Write(string document, string language, IEnumerable<KeyValuePair<string, string>> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var text = new StringBuilder();
        text.Append("# ").Append(document).Append(": messages (").Append(language)
            .Append("). Id -> one heading, paragraph, list item or table cell of Markdown; see docs/template-authoring.md.\n");
        foreach (var (id, message) in messages)
        {
            text.Append(id).Append(": \"").Append(Escape(message)).Append("\"\n");
        }

        return text.ToString();
    }

    private static string Escape(string message)
    {
        var sb = new StringBuilder(message.Length + 8);
        foreach (var c in message)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x7F || c is '\u2028' or '\u2029' or '\uFEFF')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }
}
