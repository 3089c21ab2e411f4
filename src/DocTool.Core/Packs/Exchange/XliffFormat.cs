using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocTool.Core.Diagnostics;

namespace DocTool.Core.Packs.Exchange;

/// <summary>
/// XLIFF 1.2 (Weblate, OmegaT) and XLIFF 2.1 (CAT tools): one <c>file</c> per document, one unit per message
/// (<c>trans-unit</c>/<c>unit</c> with the message id), the note, and the review state
/// (1.2: <c>final</c>, <c>needs-review-translation</c>, <c>needs-translation</c>; 2.1: <c>reviewed</c>, <c>translated</c>, <c>initial</c>).
/// </summary>
public static class XliffFormat
{
    private static readonly XNamespace V12 = "urn:oasis:names:tc:xliff:document:1.2";
    private static readonly XNamespace V2 = "urn:oasis:names:tc:xliff:document:2.0";

    /// <summary>Writes XLIFF 1.2 (<paramref name="version"/> "1.2") or 2.1 ("2.1").</summary>
    public static string Write(TranslationFile file, string version)
    {
        ArgumentNullException.ThrowIfNull(file);
        var root = version == "1.2" ? Write12(file) : Write21(file);
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(root).Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static XElement Write12(TranslationFile file) =>
        new(V12 + "xliff", new XAttribute("version", "1.2"),
            file.Units.GroupBy(u => u.Document).Select(doc => new XElement(V12 + "file",
                new XAttribute("original", doc.Key),
                new XAttribute("source-language", file.SourceLanguage),
                new XAttribute("target-language", file.TargetLanguage),
                new XAttribute("datatype", "plaintext"),
                new XElement(V12 + "body", doc.Select(u => new XElement(V12 + "trans-unit",
                    new XAttribute("id", u.Id),
                    new XAttribute("resname", u.Id),
                    new XAttribute(XNamespace.Xml + "space", "preserve"),
                    new XElement(V12 + "source", u.Source),
                    new XElement(V12 + "target", new XAttribute("state", u.State switch
                    {
                        UnitState.Reviewed => "final",
                        UnitState.NeedsReview => "needs-review-translation",
                        _ => "needs-translation",
                    }), u.Target),
                    new XElement(V12 + "note", u.Note + (u.PreviousSource is null ? string.Empty : "\nReviewed against the earlier source: " + u.PreviousSource))))))));

    private static XElement Write21(TranslationFile file) =>
        new(V2 + "xliff", new XAttribute("version", "2.1"), new XAttribute("srcLang", file.SourceLanguage), new XAttribute("trgLang", file.TargetLanguage),
            file.Units.GroupBy(u => u.Document).Select(doc => new XElement(V2 + "file",
                new XAttribute("id", doc.Key),
                doc.Select(u => new XElement(V2 + "unit",
                    new XAttribute("id", u.Id),
                    new XElement(V2 + "notes", new XElement(V2 + "note", u.Note + (u.PreviousSource is null ? string.Empty : "\nReviewed against the earlier source: " + u.PreviousSource))),
                    new XElement(V2 + "segment",
                        new XAttribute("state", u.State switch
                        {
                            UnitState.Reviewed => "reviewed",
                            UnitState.NeedsReview => "translated",
                            _ => "initial",
                        }),
                        new XElement(V2 + "source", new XAttribute(XNamespace.Xml + "space", "preserve"), u.Source),
                        new XElement(V2 + "target", new XAttribute(XNamespace.Xml + "space", "preserve"), u.Target)))))));

    /// <summary>Reads XLIFF 1.2 or 2.x; problems are reported at their line.</summary>
    public static TranslationFile? Read(string text, string display, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(bag);
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 64L * 1024 * 1024 };
            using var reader = XmlReader.Create(new StringReader(text), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            bag.Error(new SourceSpan(display, e.LineNumber, e.LinePosition), Codes.PackCatalogue, $"not well-formed XML: {e.Message}");
            return null;
        }

        var root = document.Root!;
        var units = new List<TranslationUnit>();
        if (root.Name == V12 + "xliff")
        {
            var files = root.Elements(V12 + "file").ToList();
            foreach (var file in files)
            {
                var doc = (string?)file.Attribute("original") ?? string.Empty;
                foreach (var unit in file.Descendants(V12 + "trans-unit"))
                {
                    var target = unit.Element(V12 + "target");
                    var state = (string?)target?.Attribute("state");
                    units.Add(new TranslationUnit(doc, (string?)unit.Attribute("resname") ?? (string?)unit.Attribute("id") ?? string.Empty,
                        unit.Element(V12 + "source")?.Value ?? string.Empty, target?.Value ?? string.Empty,
                        state is "final" or "translated" or "signed-off" ? UnitState.Reviewed : string.IsNullOrEmpty(target?.Value) ? UnitState.Missing : UnitState.NeedsReview,
                        string.Empty, null, Line(target ?? unit)));
                }
            }

            return new TranslationFile((string?)files.FirstOrDefault()?.Attribute("source-language") ?? string.Empty, (string?)files.FirstOrDefault()?.Attribute("target-language") ?? string.Empty, units);
        }

        if (root.Name == V2 + "xliff")
        {
            foreach (var file in root.Elements(V2 + "file"))
            {
                var doc = (string?)file.Attribute("id") ?? string.Empty;
                foreach (var unit in file.Descendants(V2 + "unit"))
                {
                    var segments = unit.Elements(V2 + "segment").ToList();
                    if (segments.Count != 1)
                    {
                        bag.Error(new SourceSpan(display, Line(unit), 1), Codes.PackCatalogue, $"unit `{(string?)unit.Attribute("id")}` has {segments.Count} segments; DocTool messages are one segment each (merge them back)");
                        continue;
                    }

                    var target = segments[0].Element(V2 + "target");
                    var state = (string?)segments[0].Attribute("state");
                    units.Add(new TranslationUnit(doc, (string?)unit.Attribute("id") ?? string.Empty,
                        segments[0].Element(V2 + "source")?.Value ?? string.Empty, target?.Value ?? string.Empty,
                        state is "reviewed" or "final" ? UnitState.Reviewed : string.IsNullOrEmpty(target?.Value) ? UnitState.Missing : UnitState.NeedsReview,
                        string.Empty, null, Line(target ?? unit)));
                }
            }

            return new TranslationFile((string?)root.Attribute("srcLang") ?? string.Empty, (string?)root.Attribute("trgLang") ?? string.Empty, units);
        }

        bag.Error(new SourceSpan(display, 1, 1), Codes.PackCatalogue, "not an XLIFF file (expected <xliff> in the XLIFF 1.2 or 2.x namespace)");
        return null;
    }

    private static int Line(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1;
}
