using System.Globalization;
using System.Text;
using DocTool.Core.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocTool.Core.Docx;

/// <summary>Writes the body of document.xml from the parsed Markdown.</summary>
internal sealed class DocxBody(DocxRequest request, DocxNumbering numbering, int textWidth, string colour)
{
    private readonly StringBuilder _sb = new();
    private readonly bool _rtl = request.Culture.TextInfo.IsRightToLeft;
    private int _bookmark;
    private string? _section;

    /// <summary>External links (relationship id, address), in order of appearance.</summary>
    public List<(string Id, Uri Target)> Links { get; } = [];

    public string Build()
    {
        TitlePage();
        TableOfContents();
        foreach (var block in request.Document.Ast)
        {
            Block(block, depth: 0);
        }

        SeparateTable();
        return _sb.ToString();
    }

    private void TitlePage()
    {
        SimpleParagraph("Subtitle", request.OrgName);
        SimpleParagraph("Title", request.Title);
        SimpleParagraph("TitleMeta", $"{request.Strings.Get("ui.version")} {request.Version}");
        SimpleParagraph("TitleMeta", $"{request.Strings.Get("ui.adopted_on")} {request.AdoptedOn}");
        SimpleParagraph("TitleNotice", request.Strings.Get("ui.draft_notice"));
        _sb.Append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
    }

    private void TableOfContents()
    {
        SimpleParagraph("TOCHeading", request.Strings.Get("ui.contents"));
        _sb.Append("<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>");
        var entries = request.Document.Clauses.Where(c => c.Level <= (c.IsAnnex ? 1 : 2)).ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var clause = entries[i];
            var level = clause.IsAnnex ? 1 : clause.Level;
            // A right tab with dot leaders for the page number (filled from a layout by TocPages, or by Word).
            _sb.Append($"<w:p><w:pPr><w:pStyle w:val=\"TOC{level}\"/><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"{textWidth}\"/></w:tabs>{Bidi}</w:pPr>");
            if (i == 0)
            {
                _sb.Append("<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-2\" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
            }

            _sb.Append($"<w:hyperlink w:anchor=\"{clause.Bookmark}\" w:history=\"1\">");
            Run(HeadingText(clause), bold: false, italic: false);
            _sb.Append("</w:hyperlink>");
            if (i == entries.Count - 1)
            {
                _sb.Append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
            }

            _sb.Append("</w:p>");
        }

        if (entries.Count == 0)
        {
            _sb.Append("<w:p><w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-2\" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>");
        }

        _sb.Append("</w:sdtContent></w:sdt>");
        _sb.Append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
    }

    private string HeadingText(Clause clause)
    {
        if (clause.IsAnnex && clause.Level == 1)
        {
            return string.Format(CultureInfo.InvariantCulture, request.Strings.Get("ui.annex_label"), clause.Number, clause.Title);
        }

        return clause.Number.Length == 0 ? clause.Title : (clause.Level == 1 ? clause.Number + "." : clause.Number) + "\u2003" + clause.Title;
    }

    private string Bidi => _rtl ? "<w:bidi/>" : string.Empty;

    private void Block(Block block, int depth)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Heading(heading);
                break;
            case ParagraphBlock paragraph:
                Paragraph(paragraph, style: null, numId: 0, level: 0);
                break;
            case ListBlock list:
                List(list, depth);
                break;
            case Table table:
                Table(table);
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    if (child is ParagraphBlock p)
                    {
                        Paragraph(p, "ListParagraph", 0, 0);
                    }
                    else
                    {
                        Block(child, depth);
                    }
                }

                break;
            case ThematicBreakBlock:
                _sb.Append($"<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"A6A6A6\"/></w:pBdr>{Bidi}</w:pPr></w:p>");
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                // Code blocks (usually text indented by mistake): keep the words as plain paragraphs.
                foreach (var line in leaf.Lines.Lines.Take(leaf.Lines.Count))
                {
                    var text = line.Slice.ToString();
                    if (text.Trim().Length > 0)
                    {
                        SimpleParagraph(null, text.Trim());
                    }
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Block(child, depth);
                }

                break;
        }
    }

    private void Heading(HeadingBlock heading)
    {
        var clause = request.Document.ClauseOf(heading);
        _section = clause is null ? MarkdownParser.PlainText(heading.Inline) : HeadingText(clause);
        var style = clause is { IsAnnex: true } ? (heading.Level == 1 ? "AnnexHeading1" : "AnnexHeading2") : $"Heading{Math.Clamp(heading.Level, 1, 3)}";
        _sb.Append($"<w:p><w:pPr><w:pStyle w:val=\"{style}\"/>{Bidi}</w:pPr>");
        var id = _bookmark++;
        if (clause is not null)
        {
            _sb.Append($"<w:bookmarkStart w:id=\"{id}\" w:name=\"{clause.Bookmark}\"/>");
        }

        if (clause is { IsAnnex: true, Level: 1 })
        {
            Run(HeadingText(clause), bold: false, italic: false);
        }
        else
        {
            Inlines(heading.Inline, bold: false, italic: false);
        }

        if (clause is not null)
        {
            _sb.Append($"<w:bookmarkEnd w:id=\"{id}\"/>");
        }

        _sb.Append("</w:p>");
    }

    private void Paragraph(ParagraphBlock paragraph, string? style, int numId, int level, int indent = 0)
    {
        if (MarkdownParser.PlainText(paragraph.Inline) == "\\pagebreak")
        {
            _sb.Append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
            return;
        }

        _sb.Append("<w:p><w:pPr>");
        if (style is not null)
        {
            _sb.Append($"<w:pStyle w:val=\"{style}\"/>");
        }

        if (numId > 0)
        {
            _sb.Append($"<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr>");
        }

        _sb.Append(Bidi);
        if (indent > 0)
        {
            _sb.Append($"<w:ind w:left=\"{indent}\"/>");
        }

        _sb.Append("</w:pPr>");
        Inlines(paragraph.Inline, bold: style == "TableHeading", italic: false);
        _sb.Append("</w:p>");
    }

    private void List(ListBlock list, int depth)
    {
        var numId = numbering.NewList(list.IsOrdered);
        var level = Math.Min(depth, 8);
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var first = true;
            foreach (var child in item)
            {
                switch (child)
                {
                    case ParagraphBlock p:
                        Paragraph(p, "ListParagraph", first ? numId : 0, level, first ? 0 : 720 + (level * 360));
                        first = false;
                        break;
                    case ListBlock nested:
                        List(nested, depth + 1);
                        break;
                    default:
                        Block(child, depth + 1);
                        break;
                }
            }
        }
    }

    private void Table(Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var columns = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Count));
        var widths = ColumnWidths(rows, columns);
        SeparateTable();

        // Caption (the clause the table belongs to) and description (its column headings) for screen readers.
        var caption = _section ?? request.Title;
        var description = string.Join(" | ", rows.Where(r => r.IsHeader).Take(1).SelectMany(r => r.OfType<TableCell>())
            .Select(c => string.Concat(c.OfType<ParagraphBlock>().Select(p => MarkdownParser.PlainText(p.Inline)))));
        _sb.Append($"<w:tbl><w:tblPr><w:tblStyle w:val=\"DocToolTable\"/>{(_rtl ? "<w:bidiVisual/>" : string.Empty)}<w:tblW w:w=\"{widths.Sum()}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>")
          .Append($"<w:tblCaption w:val=\"{Xml.Esc(caption)}\"/>{(description.Length > 0 ? $"<w:tblDescription w:val=\"{Xml.Esc(description)}\"/>" : string.Empty)}</w:tblPr><w:tblGrid>");
        foreach (var w in widths)
        {
            _sb.Append($"<w:gridCol w:w=\"{w}\"/>");
        }

        _sb.Append("</w:tblGrid>");
        foreach (var row in rows)
        {
            _sb.Append("<w:tr><w:trPr><w:cantSplit/>");
            if (row.IsHeader)
            {
                _sb.Append("<w:tblHeader/>");
            }

            _sb.Append("</w:trPr>");
            for (var c = 0; c < columns; c++)
            {
                _sb.Append($"<w:tc><w:tcPr><w:tcW w:w=\"{widths[c]}\" w:type=\"dxa\"/>");
                if (row.IsHeader)
                {
                    _sb.Append($"<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{colour}\"/>");
                }

                _sb.Append("</w:tcPr>");
                var cell = c < row.Count ? row[c] as TableCell : null;
                var wrote = false;
                if (cell is not null)
                {
                    foreach (var child in cell)
                    {
                        if (child is ParagraphBlock p)
                        {
                            Paragraph(p, row.IsHeader ? "TableHeading" : "TableText", 0, 0);
                            wrote = true;
                        }
                        else if (child is ListBlock l)
                        {
                            List(l, 0);
                            wrote = true;
                        }
                    }
                }

                if (!wrote)
                {
                    _sb.Append($"<w:p><w:pPr><w:pStyle w:val=\"{(row.IsHeader ? "TableHeading" : "TableText")}\"/>{Bidi}</w:pPr></w:p>");
                }

                _sb.Append("</w:tc>");
            }

            _sb.Append("</w:tr>");
        }

        _sb.Append("</w:tbl>");
    }

    /// <summary>
    /// Word needs a paragraph between two tables and after a table at the end of the document; only
    /// there is an empty paragraph written (never as spacing, which screen readers announce as "blank").
    /// </summary>
    private void SeparateTable()
    {
        if (_sb.Length >= 8 && _sb[^1] == '>' && _sb.ToString(_sb.Length - 8, 8) == "</w:tbl>")
        {
            _sb.Append($"<w:p><w:pPr>{Bidi}<w:spacing w:after=\"0\"/></w:pPr></w:p>");
        }
    }

    private int[] ColumnWidths(List<TableRow> rows, int columns)
    {
        // Width by content: the longest word sets a floor, the average cell length shares the rest.
        var weight = new double[columns];
        var floor = new double[columns];
        foreach (var row in rows)
        {
            for (var c = 0; c < columns && c < row.Count; c++)
            {
                var text = string.Concat(((TableCell)row[c]).OfType<ParagraphBlock>().Select(p => MarkdownParser.PlainText(p.Inline)));
                weight[c] += Math.Min(text.Length, 120) + 4;
                var longest = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();
                floor[c] = Math.Max(floor[c], Math.Min(longest, 20));
            }
        }

        var total = weight.Sum();
        var widths = new int[columns];
        for (var c = 0; c < columns; c++)
        {
            var share = total <= 0 ? 1.0 / columns : weight[c] / total;
            var minimum = (floor[c] * 110) + 300;
            widths[c] = (int)Math.Max(minimum, share * textWidth);
        }

        // Scale back to the text width.
        var sum = widths.Sum();
        for (var c = 0; c < columns; c++)
        {
            widths[c] = (int)Math.Round(widths[c] * (double)textWidth / sum);
        }

        widths[^1] += textWidth - widths.Sum();
        return widths;
    }

    private void Inlines(ContainerInline? container, bool bold, bool italic)
    {
        if (container is null)
        {
            return;
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Run(literal.Content.ToString(), bold, italic);
                    break;
                case ClauseReferenceInline reference:
                    // "see clause 4.2": a REF field to the clause's bookmark (its number in full context), pre-filled.
                    _sb.Append("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>")
                       .Append($"<w:r><w:instrText xml:space=\"preserve\"> REF {reference.Clause.Bookmark} \\w \\h </w:instrText></w:r>")
                       .Append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
                    Run(reference.Clause.Number, bold, italic);
                    _sb.Append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
                    break;
                case EmphasisInline emphasis:
                    Inlines(emphasis, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount % 2 == 1);
                    break;
                case CodeInline code:
                    Run(code.Content, bold, italic);
                    break;
                case LineBreakInline lineBreak:
                    if (lineBreak.IsHard)
                    {
                        _sb.Append("<w:r><w:br/></w:r>");
                    }
                    else
                    {
                        Run(" ", bold, italic);
                    }

                    break;
                case HtmlEntityInline entity:
                    Run(entity.Transcoded.ToString(), bold, italic);
                    break;
                case AutolinkInline autolink:
                    Link(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, () => Run(autolink.Url, bold, italic));
                    break;
                case LinkInline { IsImage: true } image:
                    Inlines(image, bold, italic);
                    break;
                case LinkInline link:
                    Link(link.Url ?? string.Empty, () => Inlines(link, bold, italic));
                    break;
                case ContainerInline nested:
                    Inlines(nested, bold, italic);
                    break;
                default:
                    Run(inline.ToString() ?? string.Empty, bold, italic);
                    break;
            }
        }
    }

    private void Link(string url, Action content)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto")
        {
            var id = "rIdLink" + (Links.Count + 1).ToString(CultureInfo.InvariantCulture);
            Links.Add((id, uri));
            _sb.Append($"<w:hyperlink r:id=\"{id}\" w:history=\"1\">");
            var mark = _sb.Length;
            content();
            _sb.Replace("<w:r><w:rPr>", "<w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/>", mark, _sb.Length - mark);
            _sb.Append("</w:hyperlink>");
        }
        else
        {
            content();
        }
    }

    private void SimpleParagraph(string? style, string text)
    {
        _sb.Append("<w:p><w:pPr>");
        if (style is not null)
        {
            _sb.Append($"<w:pStyle w:val=\"{style}\"/>");
        }

        _sb.Append(Bidi).Append("</w:pPr>");
        Run(text, bold: false, italic: false);
        _sb.Append("</w:p>");
    }

    private void Run(string text, bool bold, bool italic)
    {
        if (text.Length == 0)
        {
            return;
        }

        _sb.Append("<w:r><w:rPr>");
        if (bold)
        {
            _sb.Append("<w:b/><w:bCs/>");
        }

        if (italic)
        {
            _sb.Append("<w:i/><w:iCs/>");
        }

        if (_rtl)
        {
            _sb.Append("<w:rtl/>");
        }

        _sb.Append("</w:rPr>");
        _sb.Append("<w:t xml:space=\"preserve\">").Append(Xml.Esc(text)).Append("</w:t></w:r>");
    }
}
