using System.Text;

namespace DocTool.Core.Docx;

/// <summary>The built-in style set: title, clause headings bound to multilevel numbering, body, lists, tables, TOC, annexes.</summary>
internal static class StylesXml
{
    public const string DefaultColour = "1F3864";

    public static string Build(Fonts fonts, string lang, string eastAsiaLang, string bidiLang, string colour, bool rtl)
    {
        var f = $"<w:rFonts w:ascii=\"{Xml.Esc(fonts.Latin)}\" w:hAnsi=\"{Xml.Esc(fonts.Latin)}\" w:eastAsia=\"{Xml.Esc(fonts.EastAsia)}\" w:cs=\"{Xml.Esc(fonts.ComplexScript)}\"/>";
        var bidi = rtl ? "<w:bidi/>" : string.Empty;
        var sb = new StringBuilder();
        sb.Append(Xml.Declaration);
        sb.Append($"<w:styles {Xml.WordNs}>");
        sb.Append("<w:docDefaults><w:rPrDefault><w:rPr>").Append(f)
          .Append($"<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/><w:lang w:val=\"{lang}\" w:eastAsia=\"{eastAsiaLang}\" w:bidi=\"{bidiLang}\"/>")
          .Append("</w:rPr></w:rPrDefault>")
          .Append($"<w:pPrDefault><w:pPr>{bidi}<w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>");

        Para(sb, "Normal", "Normal", null, null, "<w:qFormat/>", "<w:widowControl/>" + bidi, string.Empty, isDefault: true);
        Para(sb, "Title", "Title", "Normal", "Normal", "<w:uiPriority w:val=\"10\"/><w:qFormat/>",
            "<w:spacing w:before=\"240\" w:after=\"240\"/>", $"<w:b/><w:bCs/><w:color w:val=\"{colour}\"/><w:sz w:val=\"52\"/><w:szCs w:val=\"52\"/>");
        Para(sb, "Subtitle", "Subtitle", "Normal", "Normal", "<w:uiPriority w:val=\"11\"/><w:qFormat/>",
            "<w:spacing w:before=\"1800\" w:after=\"120\"/>", "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>");
        Para(sb, "TitleMeta", "Title page details", "Normal", "Normal", string.Empty,
            "<w:spacing w:after=\"60\"/>", "<w:color w:val=\"404040\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>");
        Para(sb, "TitleNotice", "Title page notice", "Normal", "Normal", string.Empty,
            "<w:spacing w:before=\"720\"/>", "<w:i/><w:iCs/><w:color w:val=\"595959\"/>");
        for (var level = 1; level <= 3; level++)
        {
            var size = level switch { 1 => 30, 2 => 24, _ => 22 };
            var before = level switch { 1 => 360, 2 => 240, _ => 180 };
            Para(sb, $"Heading{level}", $"heading {level}", "Normal", "Normal", "<w:uiPriority w:val=\"9\"/><w:qFormat/>",
                $"<w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val=\"{level - 1}\"/><w:numId w:val=\"{DocxNumbering.HeadingNumId}\"/></w:numPr><w:spacing w:before=\"{before}\" w:after=\"120\"/><w:outlineLvl w:val=\"{level - 1}\"/>",
                $"<w:b/><w:bCs/><w:color w:val=\"{colour}\"/><w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/>");
        }

        Para(sb, "AnnexHeading1", "Annex heading", "Normal", "Normal", "<w:qFormat/>",
            "<w:keepNext/><w:keepLines/><w:pageBreakBefore/><w:spacing w:before=\"0\" w:after=\"240\"/><w:outlineLvl w:val=\"0\"/>",
            $"<w:b/><w:bCs/><w:color w:val=\"{colour}\"/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>");
        Para(sb, "AnnexHeading2", "Annex subheading", "Normal", "Normal", "<w:qFormat/>",
            "<w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"1\"/>",
            $"<w:b/><w:bCs/><w:color w:val=\"{colour}\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>");
        Para(sb, "TOCHeading", "TOC Heading", "Normal", "Normal", "<w:uiPriority w:val=\"39\"/>",
            "<w:keepNext/><w:spacing w:after=\"240\"/>", $"<w:b/><w:bCs/><w:color w:val=\"{colour}\"/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>");
        for (var level = 1; level <= 3; level++)
        {
            Para(sb, $"TOC{level}", $"toc {level}", "Normal", "Normal", "<w:uiPriority w:val=\"39\"/>",
                $"<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9350\"/></w:tabs><w:spacing w:after=\"60\"/><w:ind w:left=\"{(level - 1) * 284}\"/>", level == 1 ? "<w:b/><w:bCs/>" : string.Empty);
        }

        Para(sb, "ListParagraph", "List Paragraph", "Normal", "Normal", "<w:uiPriority w:val=\"34\"/><w:qFormat/>",
            "<w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/><w:contextualSpacing/>", string.Empty);
        Para(sb, "TableText", "Table text", "Normal", "Normal", string.Empty, "<w:spacing w:before=\"40\" w:after=\"40\" w:line=\"240\" w:lineRule=\"auto\"/>", "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
        Para(sb, "TableHeading", "Table heading", "TableText", "TableText", string.Empty, "<w:keepNext/>", "<w:b/><w:bCs/><w:color w:val=\"FFFFFF\"/>");
        Para(sb, "Header", "header", "Normal", "Normal", "<w:uiPriority w:val=\"99\"/>",
            "<w:spacing w:after=\"0\"/>", "<w:color w:val=\"595959\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>");
        Para(sb, "Footer", "footer", "Normal", "Normal", "<w:uiPriority w:val=\"99\"/>",
            "<w:spacing w:after=\"0\"/>", "<w:color w:val=\"595959\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>");
        sb.Append("<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:uiPriority w:val=\"99\"/><w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr></w:style>");
        sb.Append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
        sb.Append("<w:style w:type=\"table\" w:styleId=\"DocToolTable\"><w:name w:val=\"DocTool Table\"/><w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"59\"/>")
          .Append("<w:tblPr><w:tblBorders>")
          .Append("<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>")
          .Append("<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>")
          .Append("<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>")
          .Append("</w:tblBorders><w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"100\" w:type=\"dxa\"/><w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"100\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
        sb.Append("</w:styles>");
        return sb.ToString();
    }

    private static void Para(StringBuilder sb, string id, string name, string? basedOn, string? next, string meta, string pPr, string rPr, bool isDefault = false)
    {
        sb.Append($"<w:style w:type=\"paragraph\"{(isDefault ? " w:default=\"1\"" : string.Empty)} w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>");
        if (basedOn is not null)
        {
            sb.Append($"<w:basedOn w:val=\"{basedOn}\"/>");
        }

        if (next is not null)
        {
            sb.Append($"<w:next w:val=\"{next}\"/>");
        }

        sb.Append(meta);
        if (pPr.Length > 0)
        {
            sb.Append("<w:pPr>").Append(pPr).Append("</w:pPr>");
        }

        if (rPr.Length > 0)
        {
            sb.Append("<w:rPr>").Append(rPr).Append("</w:rPr>");
        }

        sb.Append("</w:style>");
    }
}
