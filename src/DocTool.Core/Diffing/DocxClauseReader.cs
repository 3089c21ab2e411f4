using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace DocTool.Core.Diffing;

/// <summary>
/// Reads a generated .docx back as clauses keyed by their stable ids (heading bookmarks <c>c_…</c>).
/// Reads the package with the zip and XML readers of the framework: the main document part is found
/// through the package relationships, as Word does, and only paragraphs, tables and bookmarks are
/// looked at (a full OpenXML object model would add megabytes to the native binary and time to every
/// start of the tool, for a command that reads text).
/// </summary>
public static class DocxClauseReader
{
    /// <summary>The id used for everything before the first clause (title page).</summary>
    public const string FrontMatter = "(title page)";

    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string StrictOfficeDocument = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace StrictW = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private static readonly XNamespace Rels = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Reads the clauses of a .docx.</summary>
    /// <exception cref="InvalidDataException">The file is not a zip, or has no main document part or body.</exception>
    /// <exception cref="XmlException">A part the reader needs is not well-formed XML.</exception>
    public static IReadOnlyList<DocClause> Read(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var document = Load(zip, MainPartName(zip)) ?? throw new InvalidDataException("the file has no main document part (word/document.xml)");
        var w = document.Root?.Name.Namespace == StrictW ? StrictW : W;
        var body = document.Root?.Element(w + "body") ?? throw new InvalidDataException("the file has no document body");

        var clauses = new List<DocClause>();
        var id = FrontMatter;
        var heading = FrontMatter;
        var text = new StringBuilder();
        foreach (var element in body.Elements())
        {
            if (element.Name == w + "sdt")
            {
                continue; // the table of contents repeats the headings
            }

            if (element.Name == w + "p" && element.Elements(w + "bookmarkStart").Select(b => (string?)b.Attribute(w + "name")).FirstOrDefault(n => n?.StartsWith("c_", StringComparison.Ordinal) == true) is { } mark)
            {
                clauses.Add(new DocClause(id, heading, text.ToString().TrimEnd()));
                id = mark[2..].Replace('_', '-');
                heading = ParagraphText(element, w);
                text.Clear();
                continue;
            }

            if (element.Name == w + "p")
            {
                var line = ParagraphText(element, w);
                if (line.Length > 0)
                {
                    text.AppendLine(line);
                }
            }
            else if (element.Name == w + "tbl")
            {
                foreach (var row in element.Elements(w + "tr"))
                {
                    text.AppendLine("| " + string.Join(" | ", row.Elements(w + "tc").Select(c => string.Join(" ", c.Elements(w + "p").Select(p => ParagraphText(p, w))))) + " |");
                }
            }
        }

        clauses.Add(new DocClause(id, heading, text.ToString().TrimEnd()));
        return clauses;
    }

    /// <summary>The main document part named by the package relationships (<c>word/document.xml</c> when they say nothing).</summary>
    private static string MainPartName(ZipArchive zip)
    {
        var rels = Load(zip, "_rels/.rels");
        var target = rels?.Root?.Elements(Rels + "Relationship")
            .FirstOrDefault(r => (string?)r.Attribute("Type") is OfficeDocument or StrictOfficeDocument)
            ?.Attribute("Target")?.Value;
        return string.IsNullOrEmpty(target) ? "word/document.xml" : Uri.UnescapeDataString(target.TrimStart('/'));
    }

    private const long MaxPartCharacters = 64L * 1024 * 1024;

    private static XDocument? Load(ZipArchive zip, string name)
    {
        // Part names are case-insensitive in a package.
        var entry = zip.GetEntry(name) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, name, StringComparison.OrdinalIgnoreCase));
        if (entry is null)
        {
            return null;
        }

        // An untrusted .docx: a 315 KB zip can claim (or hold) gigabytes of XML. Refuse a part that says it is
        // large, and stop the XML reader at the same bound in case the zip's sizes lie.
        if (entry.Length > MaxPartCharacters)
        {
            throw new InvalidDataException($"its part {entry.FullName} expands to {entry.Length / 1024 / 1024} MiB; a Word document's parts are far smaller");
        }

        using var part = entry.Open();
        using var reader = XmlReader.Create(part, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxPartCharacters });
        return XDocument.Load(reader);
    }

    private static string ParagraphText(XElement paragraph, XNamespace w) =>
        string.Concat(paragraph.Descendants(w + "t").Select(t => t.Value)).Trim();
}
