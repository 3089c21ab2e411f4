using System.Globalization;
using System.Xml.Linq;
using DocTool.Core.Diagnostics;
using DocTool.Core.Text;

namespace DocTool.Core.Checking;

/// <summary>Text colour against its background (cell or paragraph shading, else white): WCAG AA needs 4.5:1.</summary>
public static partial class DocxChecker
{
    private static void LowContrast(CheckedDocument d, Reporter report)
    {
        var seen = new HashSet<(string, string)>();
        var paragraphs = Paragraphs(d);
        foreach (var paragraph in paragraphs)
        {
            var style = StyleOf(paragraph);
            var background = Fill(paragraph.Ancestors(W + "tc").FirstOrDefault()?.Element(W + "tcPr")?.Element(W + "shd"))
                ?? Fill(paragraph.Element(W + "pPr")?.Element(W + "shd"))
                ?? Fill(d.Styles.Chain(style).Select(s => s.Element(W + "pPr")?.Element(W + "shd")).FirstOrDefault(e => e is not null))
                ?? "FFFFFF";
            foreach (var run in paragraph.Elements(W + "r").Concat(paragraph.Elements(W + "hyperlink").Elements(W + "r")))
            {
                var text = string.Concat(run.Elements(W + "t").Select(t => t.Value)).Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                var rPr = run.Element(W + "rPr");
                var colourElement = rPr?.Element(W + "color")
                    ?? (rPr?.Element(W + "rStyle")?.Attribute(W + "val") is { } rStyle ? d.Styles.RunProperty((string)rStyle, W + "color") : null)
                    ?? d.Styles.RunProperty(style, W + "color");
                var colour = (string?)colourElement?.Attribute(W + "val");
                var runBackground = Fill(rPr?.Element(W + "shd")) ?? background;
                if (colour is null || !Contrast.IsHex(colour) || !seen.Add((colour.ToUpperInvariant(), runBackground)))
                {
                    // "auto" follows the background (white on dark fills), so it always reads.
                    continue;
                }

                var ratio = Contrast.Ratio(colour, runBackground);
                if (ratio < Contrast.AA)
                {
                    report(Severity.Warning, Codes.CheckLowContrast, string.Create(CultureInfo.InvariantCulture,
                        $"hard-to-read text contrast: #{colour.ToUpperInvariant()} on #{runBackground} is {ratio:0.00}:1, below 4.5:1 (WCAG AA), first at {Where(paragraphs, paragraph)}; {Suggestion(colour.ToUpperInvariant(), runBackground)}"));
                }
            }
        }
    }

    /// <summary>Light text on a fill: darken the fill; dark text: darken the text.</summary>
    private static string Suggestion(string colour, string background) =>
        Contrast.Ratio(colour, "FFFFFF") < Contrast.Ratio(background, "FFFFFF")
            ? $"use a darker fill such as #{Contrast.Darken(background, colour)}"
            : $"use a darker colour such as #{Contrast.Darken(colour, background)}";

    /// <summary>A solid fill colour, or null for none, "auto" or a pattern.</summary>
    private static string? Fill(XElement? shd)
    {
        var fill = (string?)shd?.Attribute(W + "fill");
        return fill is not null && Contrast.IsHex(fill) ? fill.ToUpperInvariant() : null;
    }
}
