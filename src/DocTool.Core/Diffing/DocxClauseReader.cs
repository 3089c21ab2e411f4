using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocTool.Core.Diffing;

/// <summary>Reads a generated .docx back as clauses keyed by their stable ids (heading bookmarks <c>c_…</c>).</summary>
public static class DocxClauseReader
{
    /// <summary>The id used for everything before the first clause (title page).</summary>
    public const string FrontMatter = "(title page)";

    /// <summary>Reads the clauses of a .docx.</summary>
    public static IReadOnlyList<DocClause> Read(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var doc = WordprocessingDocument.Open(stream, false);
        var body = doc.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("the file has no document body");
        var clauses = new List<DocClause>();
        var id = FrontMatter;
        var heading = FrontMatter;
        var text = new StringBuilder();
        foreach (var element in body.Elements())
        {
            if (element is SdtBlock)
            {
                continue; // the table of contents repeats the headings
            }

            if (element is Paragraph p && p.Elements<BookmarkStart>().FirstOrDefault(b => b.Name?.Value?.StartsWith("c_", StringComparison.Ordinal) == true) is { } mark)
            {
                clauses.Add(new DocClause(id, heading, text.ToString().TrimEnd()));
                id = mark.Name!.Value![2..].Replace('_', '-');
                heading = ParagraphText(p);
                text.Clear();
                continue;
            }

            switch (element)
            {
                case Paragraph para:
                    var line = ParagraphText(para);
                    if (line.Length > 0)
                    {
                        text.AppendLine(line);
                    }

                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        text.AppendLine("| " + string.Join(" | ", row.Elements<TableCell>().Select(c => string.Join(" ", c.Elements<Paragraph>().Select(ParagraphText)))) + " |");
                    }

                    break;
            }
        }

        clauses.Add(new DocClause(id, heading, text.ToString().TrimEnd()));
        return clauses;
    }

    private static string ParagraphText(Paragraph p) => string.Concat(p.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text)).Trim();
}
