using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocTool.Core.Docx;

/// <summary>
/// A readable text projection of a .docx for snapshots and diffs: properties, header and footer,
/// then each paragraph with its style, its clause or list number (as Word and LibreOffice will show
/// it), run formatting (**bold**, *italic*, [links]) and tables as grids.
/// </summary>
public static class DocxProjection
{
    /// <summary>Projects a .docx given as bytes.</summary>
    public static string Project(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var doc = WordprocessingDocument.Open(stream, false);
        var sb = new StringBuilder();
        var main = doc.MainDocumentPart!;
        sb.AppendLine("== properties ==");
        var core = doc.PackageProperties;
        sb.AppendLine($"title: {core.Title}");
        sb.AppendLine($"subject: {core.Subject}");
        sb.AppendLine($"creator: {core.Creator}");
        sb.AppendLine($"language: {core.Language}");
        sb.AppendLine($"keywords: {core.Keywords}");
        sb.AppendLine($"version: {core.Version}");
        if (doc.CustomFilePropertiesPart?.Properties is { } custom)
        {
            foreach (var p in custom.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>())
            {
                sb.AppendLine($"custom {p.Name}: {p.InnerText}");
            }
        }

        var styles = main.StyleDefinitionsPart?.Styles;
        var defaults = styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
        var lang = defaults?.GetFirstChild<Languages>();
        var fonts = defaults?.GetFirstChild<RunFonts>();
        sb.AppendLine($"w:lang: val={lang?.Val} eastAsia={lang?.EastAsia} bidi={lang?.Bidi}");
        sb.AppendLine($"fonts: ascii={fonts?.Ascii} eastAsia={fonts?.EastAsia} cs={fonts?.ComplexScript}");
        var sect = main.Document.Body?.GetFirstChild<SectionProperties>() ?? main.Document.Body?.Elements<SectionProperties>().LastOrDefault();
        var size = sect?.GetFirstChild<PageSize>();
        sb.AppendLine($"page: {size?.Width}x{size?.Height}{(sect?.GetFirstChild<TitlePage>() is null ? string.Empty : " title-page")}");

        foreach (var header in main.HeaderParts.OrderBy(h => main.GetIdOfPart(h), StringComparer.Ordinal))
        {
            sb.AppendLine($"== header {main.GetIdOfPart(header)} ==");
            foreach (var p in header.Header.Elements<Paragraph>())
            {
                sb.AppendLine(Text(p, main));
            }

            if (header.ImageParts.Any())
            {
                sb.AppendLine($"[image {string.Join(", ", header.ImageParts.Select(i => i.ContentType))}]");
            }
        }

        foreach (var footer in main.FooterParts.OrderBy(f => main.GetIdOfPart(f), StringComparer.Ordinal))
        {
            sb.AppendLine($"== footer {main.GetIdOfPart(footer)} ==");
            foreach (var p in footer.Footer.Elements<Paragraph>())
            {
                sb.AppendLine(Text(p, main));
            }
        }

        sb.AppendLine("== body ==");
        var numbering = new NumberingState(main.NumberingDefinitionsPart?.Numbering, styles);
        foreach (var element in main.Document.Body!.Elements())
        {
            switch (element)
            {
                case Paragraph p:
                    sb.AppendLine(ParagraphLine(p, main, numbering));
                    break;
                case Table t:
                    foreach (var row in t.Elements<TableRow>())
                    {
                        var header = row.TableRowProperties?.GetFirstChild<TableHeader>() is not null ? "H" : " ";
                        sb.Append(header).Append(" | ");
                        foreach (var cell in row.Elements<TableCell>())
                        {
                            sb.Append(string.Join(" / ", cell.Elements<Paragraph>().Select(p => Text(p, main)).Where(s => s.Length > 0))).Append(" | ");
                        }

                        sb.AppendLine();
                    }

                    break;
                case SdtBlock sdt:
                    foreach (var p in sdt.Descendants<Paragraph>())
                    {
                        sb.AppendLine(ParagraphLine(p, main, numbering));
                    }

                    break;
            }
        }

        return sb.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string ParagraphLine(Paragraph p, MainDocumentPart main, NumberingState numbering)
    {
        var style = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal";
        var text = Text(p, main);
        if (p.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page) && text.Length == 0)
        {
            return "---- page break ----";
        }

        var label = numbering.Label(p, style);
        return $"[{style}]{(label.Length > 0 ? " " + label : string.Empty)} {text}".TrimEnd();
    }

    /// <summary>The text of a paragraph with Markdown-like run formatting.</summary>
    private static string Text(Paragraph p, MainDocumentPart main)
    {
        var sb = new StringBuilder();
        foreach (var child in p.Elements())
        {
            switch (child)
            {
                case Run r:
                    sb.Append(RunText(r));
                    break;
                case Hyperlink h:
                    var inner = string.Concat(h.Elements<Run>().Select(RunText));
                    var target = h.Id?.Value is { } id ? main.HyperlinkRelationships.FirstOrDefault(x => x.Id == id)?.Uri.ToString() : "#" + h.Anchor?.Value;
                    sb.Append('[').Append(inner).Append("](").Append(target).Append(')');
                    break;
            }
        }

        return sb.ToString();
    }

    private static string RunText(Run r)
    {
        var sb = new StringBuilder();
        foreach (var child in r.Elements())
        {
            switch (child)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    sb.Append(t.Text);
                    break;
                case TabChar:
                    sb.Append(" <tab> ");
                    break;
                case Break b when b.Type?.Value != BreakValues.Page:
                    sb.Append(" <br> ");
                    break;
                case FieldCode code:
                    sb.Append('{').Append(code.Text.Trim()).Append('}');
                    break;
                case Drawing:
                    sb.Append("[drawing]");
                    break;
            }
        }

        var text = sb.ToString();
        if (text.Length == 0 || r.Descendants<FieldChar>().Any())
        {
            return text;
        }

        var props = r.RunProperties;
        if (props?.Italic is not null)
        {
            text = "*" + text + "*";
        }

        if (props?.Bold is not null)
        {
            text = "**" + text + "**";
        }

        return text;
    }

    /// <summary>Computes what Word shows as the number of a heading or list paragraph.</summary>
    private sealed class NumberingState(Numbering? numbering, Styles? styles)
    {
        private readonly Dictionary<(int NumId, int Level), int> _counters = [];

        public string Label(Paragraph p, string style)
        {
            var numPr = p.ParagraphProperties?.NumberingProperties ?? StyleNumbering(style);
            if (numPr?.NumberingId?.Val?.Value is not int numId || numId == 0)
            {
                return string.Empty;
            }

            var level = numPr.NumberingLevelReference?.Val?.Value ?? 0;
            var abstractId = numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId)?.AbstractNumId?.Val?.Value;
            var definition = numbering?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
            var lvl = definition?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
            _counters[(numId, level)] = _counters.GetValueOrDefault((numId, level)) + 1;
            foreach (var key in _counters.Keys.Where(k => k.NumId == numId && k.Level > level).ToList())
            {
                _counters.Remove(key);
            }

            var format = lvl?.NumberingFormat?.Val?.Value;
            if (format == NumberFormatValues.Bullet)
            {
                return $"(list {numId}.{level} \u2022)";
            }

            var text = lvl?.LevelText?.Val?.Value ?? "%1.";
            for (var k = 0; k <= level; k++)
            {
                text = text.Replace("%" + (k + 1).ToString(CultureInfo.InvariantCulture), _counters.GetValueOrDefault((numId, k)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            }

            return style.StartsWith("Heading", StringComparison.Ordinal) ? text : $"(list {numId}.{level} {text})";
        }

        private NumberingProperties? StyleNumbering(string style) =>
            styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == style)?.StyleParagraphProperties?.NumberingProperties;
    }
}
