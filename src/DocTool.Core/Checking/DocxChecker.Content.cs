using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocTool.Core.Diagnostics;

namespace DocTool.Core.Checking;

/// <summary>Content rules: images, tables, headings, empty paragraphs, hand-typed numbering.</summary>
public static partial class DocxChecker
{
    private static void Images(CheckedDocument d, Reporter report)
    {
        var parts = new[] { d.Body }.Concat(d.HeadersFooters);
        foreach (var docPr in parts.SelectMany(p => p.Descendants(CheckedDocument.WP + "docPr")))
        {
            var decorative = docPr.Descendants().Any(e => e.Name.LocalName == "decorative" && (string?)e.Attribute("val") is "1" or "true");
            var described = !string.IsNullOrWhiteSpace((string?)docPr.Attribute("descr")) || !string.IsNullOrWhiteSpace((string?)docPr.Attribute("title"));
            if (!decorative && !described)
            {
                var name = (string?)docPr.Attribute("name");
                report(Severity.Error, Codes.CheckNoAltText, $"missing alternative text: the image{(string.IsNullOrEmpty(name) ? string.Empty : $" \"{name}\"")} has no description, so a screen reader says only \"picture\"; describe it (right-click > View Alt Text), or mark it decorative");
            }
        }
    }

    private static void Tables(CheckedDocument d, Reporter report)
    {
        var tables = d.Body.Descendants(W + "tbl").ToList();
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var where = $"table {i + 1}";
            if (table.Elements(W + "tr").FirstOrDefault() is { } first && Text(first).Trim().Length > 0)
            {
                where += $" (\"{Shorten(Text(first).Trim())}\")";
            }

            var properties = table.Element(W + "tblPr");
            if (table.Elements(W + "tr").FirstOrDefault()?.Element(W + "trPr")?.Element(W + "tblHeader") is not { } header || (string?)header.Attribute(W + "val") is "0" or "false" or "off")
            {
                report(Severity.Error, Codes.CheckNoHeaderRow, $"{where} has no header row: screen readers cannot name the column of a cell, and the header does not repeat on the next page; select the first row and tick Table Properties > Row > Repeat as header row");
            }

            var look = properties?.Element(W + "tblLook");
            var firstRow = (string?)look?.Attribute(W + "firstRow") is "1" or "true" or "on"
                || (look?.Attribute(W + "val") is { } val && int.TryParse((string)val, System.Globalization.NumberStyles.HexNumber, null, out var bits) && (bits & 0x20) != 0);
            if (!firstRow)
            {
                report(Severity.Warning, Codes.CheckHeaderLook, $"{where}: the first row is not marked as the header in the table style options (Table Design > Header Row)");
            }

            if (string.IsNullOrWhiteSpace((string?)properties?.Element(W + "tblCaption")?.Attribute(W + "val")) && string.IsNullOrWhiteSpace((string?)properties?.Element(W + "tblDescription")?.Attribute(W + "val")))
            {
                report(Severity.Warning, Codes.CheckNoTableCaption, $"{where} has no title or description (Table Properties > Alt Text), which screen readers announce before the table");
            }
        }
    }

    private static void Headings(CheckedDocument d, Reporter report)
    {
        var paragraphs = Paragraphs(d);
        var previous = 0;
        foreach (var paragraph in paragraphs)
        {
            if (InsideContents(paragraph) || paragraph.Ancestors(W + "tbl").Any())
            {
                continue;
            }

            var own = paragraph.Element(W + "pPr")?.Element(W + "outlineLvl");
            var level = own is not null && int.TryParse((string?)own.Attribute(W + "val"), out var v) ? (v is >= 0 and < 9 ? v + 1 : 0) : d.Styles.OutlineLevel(StyleOf(paragraph));
            if (level == 0 || Text(paragraph).Trim().Length == 0)
            {
                continue;
            }

            if (level > previous + 1)
            {
                report(Severity.Error, Codes.CheckHeadingOrder, $"skipped heading level: {Where(paragraphs, paragraph)} is a level-{level} heading after {(previous == 0 ? "no heading at all" : $"a level-{previous} heading")}; screen-reader users navigate by heading levels, so use level {previous + 1} here");
            }

            previous = level;
        }
    }

    private static void EmptyParagraphs(CheckedDocument d, Reporter report)
    {
        var paragraphs = Paragraphs(d);
        var body = d.Body.Root?.Element(W + "body");
        if (body is null)
        {
            return;
        }

        var blocks = body.Elements().Where(e => e.Name == W + "p" || e.Name == W + "tbl" || e.Name == W + "sdt").ToList();
        var run = new List<XElement>();
        for (var i = 0; i <= blocks.Count; i++)
        {
            var block = i < blocks.Count ? blocks[i] : null;
            if (block is not null && block.Name == W + "p" && IsEmpty(block) && !NeededAfterTable(blocks, i))
            {
                run.Add(block);
                continue;
            }

            if (run.Count > 0)
            {
                report(Severity.Error, Codes.CheckEmptyParagraphs, $"{(run.Count == 1 ? "an empty paragraph" : $"{run.Count} empty paragraphs")} used for spacing at {Where(paragraphs, run[0])}: screen readers announce each as \"blank\"; remove {(run.Count == 1 ? "it" : "them")} and use paragraph spacing (Layout > Spacing) or a page break instead");
                run.Clear();
            }
        }
    }

    /// <summary>An empty paragraph Word requires: between two tables, or after a table at the end of the body.</summary>
    private static bool NeededAfterTable(List<XElement> blocks, int i) =>
        i > 0 && blocks[i - 1].Name == W + "tbl" && (i + 1 == blocks.Count || blocks[i + 1].Name == W + "tbl");

    private static bool IsEmpty(XElement paragraph)
    {
        var pPr = paragraph.Element(W + "pPr");
        if (pPr?.Element(W + "sectPr") is not null || pPr?.Element(W + "pBdr") is not null || pPr?.Element(W + "pageBreakBefore") is not null)
        {
            return false;
        }

        return !paragraph.Descendants().Any(e =>
            (e.Name == W + "t" && e.Value.Trim().Length > 0) || e.Name == W + "br" || e.Name == W + "drawing" || e.Name == W + "pict" || e.Name == W + "object"
            || e.Name == W + "fldChar" || e.Name == W + "fldSimple" || e.Name == W + "sym" || e.Name == W + "ptab");
    }

    private static void ManualNumbering(CheckedDocument d, Reporter report)
    {
        var paragraphs = Paragraphs(d);
        var typed = paragraphs.Where(p => !InsideContents(p) && p.Element(W + "pPr")?.Element(W + "numPr") is null && !d.Styles.Numbered(StyleOf(p)) && TypedNumber().IsMatch(Text(p))).ToList();
        if (typed.Count > 0)
        {
            report(Severity.Warning, Codes.CheckManualNumbering, $"{typed.Count} paragraph(s) start with a number or bullet typed by hand, first {Where(paragraphs, typed[0])}: screen readers do not announce them as a list, and the numbers do not follow edits; use Word's numbering or bullets (Home > Numbering)");
        }
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    [GeneratedRegex(@"^\s*(?:\d{1,2}[.)]|[a-z][.)]|\(\d{1,2}\)|[•▪◦‣\-–*])\s+\S")]
    private static partial Regex TypedNumber();
}
