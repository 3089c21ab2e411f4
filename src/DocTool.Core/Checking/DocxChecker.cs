using System.Xml.Linq;
using DocTool.Core.Diagnostics;

namespace DocTool.Core.Checking;

/// <summary>
/// <c>doctool check</c>: an accessibility and fidelity linter for any .docx, with rules in the spirit of
/// Word's Accessibility Checker (DT07xx: missing title, language or alt text, tables without header
/// rows, skipped heading levels, empty paragraphs as spacing, hand-typed numbering, contents without
/// page numbers, fields that prompt on opening, low contrast). Reads the package with the framework's
/// zip and XML readers.
/// </summary>
public static partial class DocxChecker
{
    private static readonly XNamespace W = CheckedDocument.W;

    /// <summary>Checks one file; diagnostics sorted by their place in the document.</summary>
    public static IReadOnlyList<Diagnostic> Check(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = IO.InputFile.OpenRead(path);
            return Check(path, stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new Diagnostic(Severity.Error, SourceSpan.ForFile(path), Codes.FileNotFound, $"cannot read the file: {e.Message}")];
        }
    }

    /// <summary>Checks a .docx read from a stream; <paramref name="display"/> names it in the diagnostics.</summary>
    public static IReadOnlyList<Diagnostic> Check(string display, Stream docx)
    {
        var bag = new List<Diagnostic>();
        var document = CheckedDocument.Read(docx, out var problem);
        if (document is null)
        {
            return [new Diagnostic(Severity.Error, SourceSpan.ForFile(display), Codes.CheckUnreadable, problem!)];
        }

        void Report(Severity severity, string code, string message) => bag.Add(new Diagnostic(severity, SourceSpan.ForFile(display), code, message));
        Title(document, Report);
        Language(document, Report);
        Images(document, Report);
        Tables(document, Report);
        Headings(document, Report);
        EmptyParagraphs(document, Report);
        ManualNumbering(document, Report);
        Contents(document, Report);
        Prompts(document, Report);
        LowContrast(document, Report);
        return bag;
    }

    private delegate void Reporter(Severity severity, string code, string message);

    /// <summary>The body's paragraphs and tables in order, with each paragraph's number (1-based) for messages.</summary>
    private static List<XElement> Paragraphs(CheckedDocument d) => [.. d.Body.Descendants(W + "p")];

    private static string Text(XElement paragraph) =>
        string.Concat(paragraph.Descendants().Where(e => e.Name == W + "t" || e.Name == W + "tab").Select(e => e.Name == W + "tab" ? " " : e.Value));

    private static string Where(List<XElement> paragraphs, XElement paragraph)
    {
        var text = Text(paragraph).Trim();
        var index = paragraphs.IndexOf(paragraph) + 1;
        return text.Length == 0 ? $"paragraph {index}" : $"paragraph {index} (\"{(text.Length > 50 ? text[..50] + "…" : text)}\")";
    }

    private static string? StyleOf(XElement paragraph) => (string?)paragraph.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val");

    private static bool InsideContents(XElement paragraph) =>
        paragraph.Ancestors(W + "sdt").Any(s => s.Descendants(W + "docPartGallery").Any(g => ((string?)g.Attribute(W + "val"))?.Contains("Table of Contents", StringComparison.Ordinal) == true))
        || (StyleOf(paragraph)?.StartsWith("TOC", StringComparison.OrdinalIgnoreCase) ?? false);
}
