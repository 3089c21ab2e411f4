using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace DocTool.Core.Diffing.Redline;

/// <summary>
/// What a redline needs from one generated .docx: its clauses (as <see cref="DocxClauseReader"/> reads
/// them), the paragraph style of each clause heading, its styles and numbering parts (so the redline
/// looks like the documents), and its custom properties (pack version, profile SHA-256).
/// </summary>
public sealed record RedlineSource(
    IReadOnlyList<DocClause> Clauses,
    IReadOnlyDictionary<string, string> HeadingStyles,
    byte[]? Styles,
    byte[]? Numbering,
    IReadOnlyDictionary<string, string> Properties)
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
    private static readonly XNamespace Custom = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";

    /// <summary>Reads a .docx.</summary>
    /// <exception cref="InvalidDataException">Not a Word document.</exception>
    public static RedlineSource Read(byte[] docx)
    {
        var clauses = DocxClauseReader.Read(docx);
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var styles = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Load(zip, "word/document.xml") is { } document)
        {
            foreach (var p in document.Descendants(W + "p"))
            {
                var mark = p.Elements(W + "bookmarkStart").Select(b => (string?)b.Attribute(W + "name")).FirstOrDefault(n => n?.StartsWith("c_", StringComparison.Ordinal) == true);
                if (mark is not null && (string?)p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val") is { } style)
                {
                    styles.TryAdd(mark[2..].Replace('_', '-'), style);
                }
            }
        }

        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Load(zip, "docProps/custom.xml") is { } custom)
        {
            foreach (var property in custom.Root?.Elements(Custom + "property") ?? [])
            {
                if ((string?)property.Attribute("name") is { } name)
                {
                    properties[name] = property.Elements().FirstOrDefault(e => e.Name.Namespace == Vt)?.Value ?? string.Empty;
                }
            }
        }

        return new RedlineSource(clauses, styles, Bytes(zip, "word/styles.xml"), Bytes(zip, "word/numbering.xml"), properties);
    }

    private static byte[]? Bytes(ZipArchive zip, string name)
    {
        if (zip.GetEntry(name) is not { } entry)
        {
            return null;
        }

        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static XDocument? Load(ZipArchive zip, string name)
    {
        if (zip.GetEntry(name) is not { } entry)
        {
            return null;
        }

        using var part = entry.Open();
        using var reader = XmlReader.Create(part, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader);
    }
}
