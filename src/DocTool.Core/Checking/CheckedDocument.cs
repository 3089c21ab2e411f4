using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace DocTool.Core.Checking;

/// <summary>The parts of a .docx the checker reads, found through the package relationships.</summary>
internal sealed class CheckedDocument
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private const long MaxPart = 64L * 1024 * 1024;

    private CheckedDocument(XDocument body, XDocument? styles, XDocument? settings, XDocument? core, IReadOnlyList<XDocument> headersFooters)
    {
        Body = body;
        Styles = new StyleSheet(styles);
        Settings = settings;
        Core = core;
        HeadersFooters = headersFooters;
    }

    public XDocument Body { get; }

    public StyleSheet Styles { get; }

    public XDocument? Settings { get; }

    public XDocument? Core { get; }

    public IReadOnlyList<XDocument> HeadersFooters { get; }

    /// <summary>Reads the package; null with a reason when it is not a Word document.</summary>
    public static CheckedDocument? Read(Stream stream, out string? problem)
    {
        problem = null;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            var main = Target(zip, "_rels/.rels", "/officeDocument") ?? "word/document.xml";
            var body = Load(zip, main);
            if (body?.Root?.Name != W + "document")
            {
                problem = "it has no Word document body (is it a .docx saved by Word or LibreOffice?)";
                return null;
            }

            var folder = main.Contains('/', StringComparison.Ordinal) ? main[..(main.LastIndexOf('/') + 1)] : string.Empty;
            var rels = folder + "_rels/" + main[folder.Length..] + ".rels";
            var headersFooters = new List<XDocument>();
            foreach (var type in new[] { "/header", "/footer" })
            {
                foreach (var target in Targets(zip, rels, type))
                {
                    if (Load(zip, Resolve(folder, target)) is { } part)
                    {
                        headersFooters.Add(part);
                    }
                }
            }

            var styles = Target(zip, rels, "/styles") is { } s ? Load(zip, Resolve(folder, s)) : null;
            var settings = Target(zip, rels, "/settings") is { } t ? Load(zip, Resolve(folder, t)) : null;
            var core = Target(zip, "_rels/.rels", "/core-properties") is { } c ? Load(zip, c.TrimStart('/')) : null;
            return new CheckedDocument(body, styles, settings, core, headersFooters);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            problem = $"it cannot be read as a Word document ({e.Message})";
            return null;
        }
    }

    private static string Resolve(string folder, string target) =>
        target.StartsWith('/') ? target.TrimStart('/') : folder + target;

    private static string? Target(ZipArchive zip, string rels, string typeSuffix) => Targets(zip, rels, typeSuffix).FirstOrDefault();

    private static List<string> Targets(ZipArchive zip, string rels, string typeSuffix)
    {
        var doc = Load(zip, rels);
        if (doc?.Root is null)
        {
            return [];
        }

        return doc.Root.Elements()
            .Where(r => ((string?)r.Attribute("Type"))?.EndsWith(typeSuffix, StringComparison.Ordinal) == true && (string?)r.Attribute("TargetMode") != "External")
            .Select(r => (string?)r.Attribute("Target"))
            .OfType<string>()
            .ToList();
    }

    private static XDocument? Load(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        if (entry is null)
        {
            return null;
        }

        if (entry.Length > MaxPart)
        {
            throw new InvalidDataException($"{name} is larger than {MaxPart / (1024 * 1024)} MiB");
        }

        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader);
    }
}
