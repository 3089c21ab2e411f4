using System.Xml.Linq;
using DocTool.Core.Diagnostics;

namespace DocTool.Core.Checking;

/// <summary>Whole-document rules: title, language, fields that prompt, contents page numbers.</summary>
public static partial class DocxChecker
{
    private static void Title(CheckedDocument d, Reporter report)
    {
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        var title = d.Core?.Root?.Element(dc + "title")?.Value.Trim();
        if (string.IsNullOrEmpty(title))
        {
            report(Severity.Error, Codes.CheckNoTitle, "missing document title: screen readers announce the title, and PDF viewers show it instead of the file name; set it in File > Info > Properties > Title (DocTool sets the document's title)");
        }
    }

    private static void Language(CheckedDocument d, Reporter report)
    {
        var defaults = d.Styles.Root?.Element(W + "docDefaults")?.Element(W + "rPrDefault")?.Element(W + "rPr")?.Element(W + "lang");
        var normal = d.Styles.RunProperty(null, W + "lang");
        if (!string.IsNullOrEmpty((string?)defaults?.Attribute(W + "val")) || !string.IsNullOrEmpty((string?)normal?.Attribute(W + "val")))
        {
            return;
        }

        var runs = d.Body.Descendants(W + "r").Where(r => r.Elements(W + "t").Any()).ToList();
        if (runs.Count == 0 || runs.All(r => !string.IsNullOrEmpty((string?)r.Element(W + "rPr")?.Element(W + "lang")?.Attribute(W + "val"))))
        {
            return;
        }

        report(Severity.Error, Codes.CheckNoLanguage, "missing document language: screen readers pick their voice and pronunciation from it, and spell checking needs it; set it in Review > Language > Set Proofing Language, or in the Normal style (w:lang in the document defaults)");
    }

    private static void Prompts(CheckedDocument d, Reporter report)
    {
        var update = d.Settings?.Root?.Element(W + "updateFields");
        if (update is not null && (string?)update.Attribute(W + "val") is null or "true" or "1" or "on")
        {
            report(Severity.Warning, Codes.CheckFieldPrompt, "Word asks \"This document contains fields that may refer to other files. Do you want to update the fields?\" when opening it (w:updateFields in the settings); many readers answer No and keep stale contents; fill the fields before sharing (doctool build --pdf or --page-numbers does)");
            return;
        }

        if (d.Body.Descendants(W + "fldChar").Any(f => (string?)f.Attribute(W + "dirty") is "true" or "1" or "on"))
        {
            report(Severity.Warning, Codes.CheckFieldPrompt, "fields are marked to be updated (w:dirty), so Word may ask to update them when opening the document; update them before sharing");
        }
    }

    private static void Contents(CheckedDocument d, Reporter report)
    {
        var toc = d.Body.Descendants(W + "instrText").FirstOrDefault(i => i.Value.TrimStart().StartsWith("TOC", StringComparison.OrdinalIgnoreCase));
        if (toc is null)
        {
            return;
        }

        // The entries are the paragraphs of the contents control, or the paragraphs from the TOC field to its end.
        var entries = d.Body.Descendants(W + "p").Where(InsideContents).Where(p => Text(p).Trim().Length > 0 && (string?)StyleOf(p) is not "TOCHeading").ToList();
        if (entries.Count == 0)
        {
            return;
        }

        var numbered = entries.Count(p => p.Descendants(W + "instrText").Any(i => i.Value.Contains("PAGEREF", StringComparison.OrdinalIgnoreCase))
            || char.IsAsciiDigit(Text(p).TrimEnd().LastOrDefault()));
        if (numbered < entries.Count)
        {
            report(Severity.Warning, Codes.CheckTocNoPages, $"the table of contents has no page numbers for {entries.Count - numbered} of its {entries.Count} entries: a printed copy cannot be navigated; update the table (References > Update Table) or build with doctool build --pdf or --page-numbers");
        }
    }
}
