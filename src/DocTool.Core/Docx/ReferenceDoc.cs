using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using DocTool.Core.Diagnostics;

namespace DocTool.Core.Docx;

/// <summary>
/// Styles, page size, margins and theme taken from a user's own Word file (like pandoc's
/// <c>--reference-doc</c>), so a network can brand documents in Word without touching templates.
/// </summary>
public sealed record ReferenceDoc(XDocument Styles, byte[]? Theme, (int Width, int Height)? PageSize, XElement? Margins)
{
    /// <summary>Largest reference file accepted.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    /// <summary>Most zip entries accepted.</summary>
    public const int MaxEntries = 2000;

    /// <summary>Largest total uncompressed size accepted (zip bombs fail here).</summary>
    public const long MaxUncompressed = 100L * 1024 * 1024;

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Reads a reference document, or returns null with a diagnostic saying why it cannot be used.</summary>
    public static ReferenceDoc? Load(string path, SourceSpan span, DiagnosticBag bag)
    {
        void Fail(string why) => bag.Error(span, Codes.BadReferenceDoc, $"the reference document `{path}` cannot be used: {why}");
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                Fail("file not found");
                return null;
            }

            if (info.Length > MaxBytes)
            {
                Fail($"it is {info.Length / 1024 / 1024} MiB; the limit is {MaxBytes / 1024 / 1024} MiB");
                return null;
            }

            if (IO.InputFile.Problem(path) is { } problem)
            {
                Fail(problem);
                return null;
            }

            using var zip = new ZipArchive(IO.InputFile.OpenRead(path), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                Fail($"it holds {zip.Entries.Count} parts; a Word file has far fewer");
                return null;
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxUncompressed || (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > 200 && entry.Length > 1024 * 1024))
                {
                    Fail("it expands to far more data than a Word file holds (a zip bomb?)");
                    return null;
                }
            }

            var stylesEntry = zip.GetEntry("word/styles.xml");
            var documentEntry = zip.GetEntry("word/document.xml");
            if (stylesEntry is null || documentEntry is null)
            {
                Fail("it is a zip file but not a Word document (word/document.xml or word/styles.xml is missing)");
                return null;
            }

            var styles = ReadXml(stylesEntry);
            if (styles.Root?.Name != W + "styles")
            {
                Fail("word/styles.xml is not a WordprocessingML styles part");
                return null;
            }

            var document = ReadXml(documentEntry);
            var sect = document.Descendants(W + "sectPr").LastOrDefault();
            (int, int)? size = null;
            if (sect?.Element(W + "pgSz") is { } pgSz && int.TryParse((string?)pgSz.Attribute(W + "w"), out var w) && int.TryParse((string?)pgSz.Attribute(W + "h"), out var h) && w is > 2000 and < 40000 && h is > 2000 and < 40000)
            {
                size = (w, h);
            }

            byte[]? theme = null;
            if (zip.GetEntry("word/theme/theme1.xml") is { } themeEntry)
            {
                using var s = themeEntry.Open();
                using var buffer = new MemoryStream();
                s.CopyTo(buffer);
                theme = buffer.ToArray();
            }

            return new ReferenceDoc(styles, theme, size, sect?.Element(W + "pgMar"));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or XmlException or UnauthorizedAccessException or NotSupportedException)
        {
            Fail(e is InvalidDataException ? "it is not a zip file (a .docx is a zip archive)" : e.Message);
            return null;
        }
    }

    /// <summary>
    /// The reference styles with DocTool's own styles added where the reference lacks them, clause
    /// numbering bound to the heading styles, and the document language set on the defaults.
    /// </summary>
    internal string MergeStyles(string builtIn, string lang, string eastAsiaLang, string bidiLang, Fonts fonts)
    {
        var merged = new XDocument(Styles);
        var root = merged.Root!;
        var ours = XDocument.Parse(builtIn).Root!;
        var ids = root.Elements(W + "style").Select(s => (string?)s.Attribute(W + "styleId")).ToHashSet(StringComparer.Ordinal);
        foreach (var style in ours.Elements(W + "style"))
        {
            var id = (string?)style.Attribute(W + "styleId");
            if (id is not null && !ids.Contains(id))
            {
                var copy = new XElement(style);
                copy.Attribute(W + "default")?.Remove();
                root.Add(copy);
            }
        }

        foreach (var level in new[] { 1, 2, 3 })
        {
            var heading = root.Elements(W + "style").First(s => (string?)s.Attribute(W + "styleId") == $"Heading{level}");
            var pPr = heading.Element(W + "pPr");
            if (pPr is null)
            {
                pPr = new XElement(W + "pPr");
                var before = heading.Element(W + "rPr") ?? heading.Element(W + "tblPr");
                if (before is null)
                {
                    heading.Add(pPr);
                }
                else
                {
                    before.AddBeforeSelf(pPr);
                }
            }

            pPr.Element(W + "numPr")?.Remove();
            var numPr = new XElement(W + "numPr", new XElement(W + "ilvl", new XAttribute(W + "val", level - 1)), new XElement(W + "numId", new XAttribute(W + "val", DocxNumbering.HeadingNumId)));
            string[] earlier = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl"];
            var anchor = pPr.Elements().LastOrDefault(e => earlier.Contains(e.Name.LocalName));
            if (anchor is null)
            {
                pPr.AddFirst(numPr);
            }
            else
            {
                anchor.AddAfterSelf(numPr);
            }
        }

        // The document language and the script fonts the language needs go on the defaults.
        var docDefaults = root.Element(W + "docDefaults");
        if (docDefaults is null)
        {
            docDefaults = new XElement(W + "docDefaults");
            root.AddFirst(docDefaults);
        }

        var rPrDefault = docDefaults.Element(W + "rPrDefault") ?? Add(docDefaults, new XElement(W + "rPrDefault"), first: true);
        var rPr = rPrDefault.Element(W + "rPr") ?? Add(rPrDefault, new XElement(W + "rPr"), first: true);
        rPr.Element(W + "lang")?.Remove();
        var langElement = new XElement(W + "lang", new XAttribute(W + "val", lang), new XAttribute(W + "eastAsia", eastAsiaLang), new XAttribute(W + "bidi", bidiLang));
        string[] afterLang = ["eastAsianLayout", "specVanish", "oMath"];
        var next = rPr.Elements().FirstOrDefault(e => afterLang.Contains(e.Name.LocalName));
        if (next is null)
        {
            rPr.Add(langElement);
        }
        else
        {
            next.AddBeforeSelf(langElement);
        }

        var rFonts = rPr.Element(W + "rFonts");
        if (rFonts is null)
        {
            rPr.AddFirst(new XElement(W + "rFonts", new XAttribute(W + "eastAsia", fonts.EastAsia)));
        }
        else if (rFonts.Attribute(W + "eastAsia") is null)
        {
            rFonts.Attribute(W + "eastAsiaTheme")?.Remove();
            rFonts.SetAttributeValue(W + "eastAsia", fonts.EastAsia);
        }

        return Xml.Declaration + merged.Root!.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Add(XElement parent, XElement child, bool first)
    {
        if (first)
        {
            parent.AddFirst(child);
        }
        else
        {
            parent.Add(child);
        }

        return child;
    }

    private static XDocument ReadXml(ZipArchiveEntry entry)
    {
        if (entry.Length > 20 * 1024 * 1024)
        {
            throw new InvalidDataException($"{entry.FullName} is too large");
        }

        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 50_000_000 });
        return XDocument.Load(reader);
    }
}
