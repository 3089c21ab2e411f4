using System.Globalization;
using System.Text;

namespace DocTool.Core.Docx;

/// <summary>
/// Numbering definitions: one multilevel list bound to the clause heading styles (1 / 1.1 / 1.1.1),
/// and one <c>w:num</c> per Markdown list with a start override, so every list restarts at 1 in Word
/// and LibreOffice.
/// </summary>
internal sealed class DocxNumbering(bool rtl)
{
    public const int HeadingNumId = 1;
    private const int HeadingAbstract = 1;
    private const int BulletAbstract = 2;
    private const int DecimalAbstract = 3;

    private readonly List<(int NumId, int Abstract)> _lists = [];
    private int _next = 10;

    /// <summary>A new list instance that starts at 1.</summary>
    public int NewList(bool ordered)
    {
        var id = _next++;
        _lists.Add((id, ordered ? DecimalAbstract : BulletAbstract));
        return id;
    }

    public string Build()
    {
        var sb = new StringBuilder();
        sb.Append(Xml.Declaration).Append($"<w:numbering {Xml.WordNs}>");

        sb.Append($"<w:abstractNum w:abstractNumId=\"{HeadingAbstract}\"><w:multiLevelType w:val=\"multilevel\"/>");
        string[] texts = ["%1.", "%1.%2", "%1.%2.%3"];
        int[] hanging = [567, 709, 851];
        for (var level = 0; level < 9; level++)
        {
            var text = level < 3 ? texts[level] : string.Join('.', Enumerable.Range(1, level + 1).Select(n => "%" + n.ToString(CultureInfo.InvariantCulture)));
            var hang = level < 3 ? hanging[level] : 851;
            var style = level < 3 ? $"<w:pStyle w:val=\"Heading{level + 1}\"/>" : string.Empty;
            sb.Append($"<w:lvl w:ilvl=\"{level}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>{style}<w:lvlText w:val=\"{text}\"/><w:lvlJc w:val=\"{(rtl ? "right" : "left")}\"/>")
              .Append($"<w:pPr><w:ind w:left=\"{hang}\" w:hanging=\"{hang}\"/></w:pPr></w:lvl>");
        }

        sb.Append("</w:abstractNum>");

        sb.Append($"<w:abstractNum w:abstractNumId=\"{BulletAbstract}\"><w:multiLevelType w:val=\"hybridMultilevel\"/>");
        string[] bullets = ["\u2022", "\u2013", "\u25E6"];
        for (var level = 0; level < 9; level++)
        {
            var left = 720 + (level * 360);
            sb.Append($"<w:lvl w:ilvl=\"{level}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"{bullets[level % 3]}\"/><w:lvlJc w:val=\"left\"/>")
              .Append($"<w:pPr><w:ind w:left=\"{left}\" w:hanging=\"360\"/></w:pPr></w:lvl>");
        }

        sb.Append("</w:abstractNum>");

        sb.Append($"<w:abstractNum w:abstractNumId=\"{DecimalAbstract}\"><w:multiLevelType w:val=\"hybridMultilevel\"/>");
        string[] formats = ["decimal", "lowerLetter", "lowerRoman"];
        for (var level = 0; level < 9; level++)
        {
            var left = 720 + (level * 360);
            sb.Append($"<w:lvl w:ilvl=\"{level}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{formats[level % 3]}\"/><w:lvlText w:val=\"%{level + 1}.\"/><w:lvlJc w:val=\"left\"/>")
              .Append($"<w:pPr><w:ind w:left=\"{left}\" w:hanging=\"360\"/></w:pPr></w:lvl>");
        }

        sb.Append("</w:abstractNum>");

        sb.Append($"<w:num w:numId=\"{HeadingNumId}\"><w:abstractNumId w:val=\"{HeadingAbstract}\"/></w:num>");
        foreach (var (numId, abstractId) in _lists)
        {
            sb.Append($"<w:num w:numId=\"{numId}\"><w:abstractNumId w:val=\"{abstractId}\"/>");
            for (var level = 0; level < 9; level++)
            {
                sb.Append($"<w:lvlOverride w:ilvl=\"{level}\"><w:startOverride w:val=\"1\"/></w:lvlOverride>");
            }

            sb.Append("</w:num>");
        }

        sb.Append("</w:numbering>");
        return sb.ToString();
    }
}
