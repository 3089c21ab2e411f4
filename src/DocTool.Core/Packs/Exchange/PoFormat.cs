using System.Globalization;
using System.Text;
using DocTool.Core.Diagnostics;

namespace DocTool.Core.Packs.Exchange;

/// <summary>
/// Gettext PO files (Poedit, Weblate, Lokalize): one entry per message, <c>msgctxt "doc/message-id"</c>, the
/// source as <c>msgid</c>, the translation as <c>msgstr</c>, <c>#, fuzzy</c> when it needs review, the source it was
/// reviewed against as <c>#| msgid</c>, and the note as an extracted comment (<c>#.</c>).
/// </summary>
public static class PoFormat
{
    /// <summary>Writes a PO file (UTF-8, LF, no creation date, so the same pack gives the same bytes).</summary>
    public static string Write(TranslationFile file, string packId, string packVersion)
    {
        ArgumentNullException.ThrowIfNull(file);
        var po = new StringBuilder();
        po.Append("# DocTool template pack ").Append(packId).Append(", messages for translation into ").Append(file.TargetLanguage).Append('\n');
        po.Append("# Translate msgstr and keep every {placeholder} the note lists: {org} is the organisation's short name,\n");
        po.Append("# {org_name} its full name, {#id} a clause number, {-term} a term of the termbase; inside\n");
        po.Append("# {x, select|plural|count, key {...}} translate the text of each branch. Import: doctool templates import FILE\n");
        po.Append("msgid \"\"\nmsgstr \"\"\n");
        po.Append(Quote("Project-Id-Version: " + packId + " " + packVersion + "\n"));
        po.Append(Quote("PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\n"));
        po.Append(Quote("Last-Translator: \n"));
        po.Append(Quote("Language-Team: \n"));
        po.Append(Quote("Language: " + file.TargetLanguage + "\n"));
        po.Append(Quote("MIME-Version: 1.0\n"));
        po.Append(Quote("Content-Type: text/plain; charset=UTF-8\n"));
        po.Append(Quote("Content-Transfer-Encoding: 8bit\n"));
        po.Append(Quote("X-Source-Language: " + file.SourceLanguage + "\n"));
        foreach (var unit in file.Units)
        {
            po.Append('\n');
            foreach (var line in unit.Note.Split('\n'))
            {
                po.Append("#. ").Append(line).Append('\n');
            }

            if (unit.State == UnitState.NeedsReview)
            {
                po.Append("#, fuzzy\n");
            }

            if (unit.PreviousSource is not null)
            {
                po.Append("#| msgctxt ").Append(Quote(unit.Document + "/" + unit.Id));
                po.Append(Quote(unit.PreviousSource, "#| msgid "));
            }

            po.Append("msgctxt ").Append(Quote(unit.Document + "/" + unit.Id));
            po.Append(Quote(unit.Source, "msgid "));
            po.Append(Quote(unit.Target, "msgstr "));
        }

        return po.ToString();
    }

    /// <summary>Reads a PO file; problems are reported at their line.</summary>
    public static TranslationFile? Read(string text, string display, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(bag);
        var units = new List<TranslationUnit>();
        var language = string.Empty;
        var sourceLanguage = string.Empty;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var entry = new Entry();
        string? field = null;
        for (var i = 0; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i].TrimEnd() : string.Empty;
            if (line.Length == 0)
            {
                if (entry.HasContent)
                {
                    Finish(entry, units, ref language, ref sourceLanguage, display, bag);
                }

                entry = new Entry();
                field = null;
                continue;
            }

            if (line.StartsWith("#,", StringComparison.Ordinal))
            {
                entry.Fuzzy |= line[2..].Split(',').Any(f => f.Trim() == "fuzzy");
                continue;
            }

            if (line.StartsWith('#'))
            {
                continue; // notes, references, previous source: written by export, not read back
            }

            var keyword = line.StartsWith('"') ? null : line.Split(' ', 2)[0];
            if (keyword is not null)
            {
                if (keyword is not ("msgctxt" or "msgid" or "msgstr"))
                {
                    bag.Error(new SourceSpan(display, i + 1, 1), Codes.PackCatalogue, $"`{keyword}` is not a keyword DocTool reads from PO files (msgctxt, msgid, msgstr; plural forms are written inside the message)");
                    field = null;
                    continue;
                }

                if (entry.Fields.ContainsKey(keyword) && keyword != field)
                {
                    // A new entry without a blank line between: close the previous one first.
                    Finish(entry, units, ref language, ref sourceLanguage, display, bag);
                    entry = new Entry();
                }

                field = keyword;
                entry.Line = entry.Line == 0 ? i + 1 : entry.Line;
                entry.Fields[field] = new StringBuilder();
                entry.FieldLines[field] = i + 1;
                line = line[keyword.Length..].TrimStart();
            }

            if (field is null)
            {
                bag.Error(new SourceSpan(display, i + 1, 1), Codes.PackCatalogue, "a quoted string that follows no msgctxt, msgid or msgstr");
                continue;
            }

            if (!TryUnquote(line, out var value, out var column))
            {
                bag.Error(new SourceSpan(display, i + 1, column + 1), Codes.PackCatalogue, "a PO string must be written between double quotes, with \\\" and \\\\ for quotes and backslashes");
                continue;
            }

            entry.Fields[field].Append(value);
        }

        return bag.HasErrors ? null : new TranslationFile(sourceLanguage, language, units);
    }

    private static void Finish(Entry entry, List<TranslationUnit> units, ref string language, ref string sourceLanguage, string display, DiagnosticBag bag)
    {
        var msgid = entry.Get("msgid");
        var msgstr = entry.Get("msgstr");
        var context = entry.Get("msgctxt");
        if (msgid is null || msgstr is null)
        {
            bag.Error(new SourceSpan(display, entry.Line, 1), Codes.PackCatalogue, "a PO entry needs both msgid and msgstr");
            return;
        }

        if (context is null && msgid.Length == 0)
        {
            foreach (var header in msgstr.Split('\n'))
            {
                var colon = header.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0 && header[..colon].Trim() == "Language")
                {
                    language = header[(colon + 1)..].Trim();
                }
                else if (colon > 0 && header[..colon].Trim() == "X-Source-Language")
                {
                    sourceLanguage = header[(colon + 1)..].Trim();
                }
            }

            return;
        }

        var slash = context?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (context is null || slash <= 0)
        {
            bag.Error(new SourceSpan(display, entry.Line, 1), Codes.PackCatalogue, "a PO entry without `msgctxt \"document/message-id\"` cannot be matched to a message of the pack");
            return;
        }

        units.Add(new TranslationUnit(context[..slash], context[(slash + 1)..], msgid, msgstr, entry.Fuzzy ? UnitState.NeedsReview : msgstr.Length == 0 ? UnitState.Missing : UnitState.Reviewed, string.Empty, null, entry.FieldLines.GetValueOrDefault("msgstr", entry.Line)));
    }

    private static string Quote(string text, string keyword = "")
    {
        // Long or multi-line texts are written as "" followed by one line per source line, as gettext does.
        var escaped = new StringBuilder(keyword);
        var parts = SplitLines(text);
        if (parts.Count > 1)
        {
            escaped.Append("\"\"\n");
            foreach (var part in parts)
            {
                escaped.Append('"').Append(Escape(part)).Append("\"\n");
            }
        }
        else
        {
            escaped.Append('"').Append(Escape(text)).Append("\"\n");
        }

        return escaped.ToString();
    }

    private static List<string> SplitLines(string text)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                parts.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            parts.Add(text[start..]);
        }

        return parts;
    }

    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (c < 0x20 || c == 0x7F)
                    {
                        sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
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

    private static bool TryUnquote(string line, out string value, out int column)
    {
        value = string.Empty;
        column = 0;
        if (line.Length < 2 || line[0] != '"' || line[^1] != '"')
        {
            return false;
        }

        var sb = new StringBuilder();
        for (var i = 1; i < line.Length - 1; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                column = i;
                return false;
            }

            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            if (++i >= line.Length - 1)
            {
                column = i;
                return false;
            }

            switch (line[i])
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case 'x' when i + 2 < line.Length - 1 && int.TryParse(line.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    sb.Append((char)code);
                    i += 2;
                    break;
                default:
                    column = i;
                    return false;
            }
        }

        value = sb.ToString();
        return true;
    }

    private sealed class Entry
    {
        public Dictionary<string, StringBuilder> Fields { get; } = new(StringComparer.Ordinal);

        public bool Fuzzy { get; set; }

        public int Line { get; set; }

        public Dictionary<string, int> FieldLines { get; } = new(StringComparer.Ordinal);

        public bool HasContent => Fields.Count > 0;

        public string? Get(string key) => Fields.TryGetValue(key, out var value) ? value.ToString() : null;
    }
}
