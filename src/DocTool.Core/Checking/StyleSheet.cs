using System.Xml.Linq;

namespace DocTool.Core.Checking;

/// <summary>What the checker needs from styles.xml: outline levels, numbering and colours through <c>basedOn</c>.</summary>
internal sealed class StyleSheet
{
    private static readonly XNamespace W = CheckedDocument.W;
    private readonly Dictionary<string, XElement> _styles = new(StringComparer.Ordinal);

    public StyleSheet(XDocument? styles)
    {
        Root = styles?.Root;
        foreach (var style in Root?.Elements(W + "style") ?? [])
        {
            if ((string?)style.Attribute(W + "styleId") is { } id)
            {
                _styles.TryAdd(id, style);
            }
        }

        DefaultParagraph = Root?.Elements(W + "style").FirstOrDefault(s => (string?)s.Attribute(W + "type") == "paragraph" && (string?)s.Attribute(W + "default") is "1" or "true");
    }

    public XElement? Root { get; }

    private XElement? DefaultParagraph { get; }

    /// <summary>The heading level (1–9) of a paragraph style, or 0 for body text.</summary>
    public int OutlineLevel(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (style.Element(W + "pPr")?.Element(W + "outlineLvl") is { } level && int.TryParse((string?)level.Attribute(W + "val"), out var value))
            {
                return value is >= 0 and < 9 ? value + 1 : 0;
            }

            var name = ((string?)style.Element(W + "name")?.Attribute(W + "val"))?.ToLowerInvariant();
            if (name is not null && name.StartsWith("heading ", StringComparison.Ordinal) && int.TryParse(name.AsSpan(8), out var n) && n is >= 1 and <= 9)
            {
                return n;
            }
        }

        return 0;
    }

    /// <summary>True when the style (or one it is based on) numbers its paragraphs.</summary>
    public bool Numbered(string? styleId) => Chain(styleId).Any(s => s.Element(W + "pPr")?.Element(W + "numPr") is not null);

    /// <summary>The first value of a run property (<c>w:color</c>, <c>w:lang</c>…) along the style chain.</summary>
    public XElement? RunProperty(string? styleId, XName property) =>
        Chain(styleId).Select(s => s.Element(W + "rPr")?.Element(property)).FirstOrDefault(e => e is not null);

    /// <summary>A style and the styles it is based on (the default paragraph style when none is named), at most 20 deep.</summary>
    public IEnumerable<XElement> Chain(string? styleId)
    {
        var style = styleId is null ? DefaultParagraph : _styles.GetValueOrDefault(styleId);
        for (var depth = 0; style is not null && depth < 20; depth++)
        {
            yield return style;
            var basedOn = (string?)style.Element(W + "basedOn")?.Attribute(W + "val");
            style = basedOn is null ? null : _styles.GetValueOrDefault(basedOn);
        }
    }
}
