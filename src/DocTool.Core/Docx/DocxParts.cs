using System.Globalization;
using System.Text;

namespace DocTool.Core.Docx;

/// <summary>The small parts: settings, header, footer, properties, font table.</summary>
internal static class DocxParts
{
    public static string Settings(string lang) =>
        Xml.Declaration + $"<w:settings {Xml.WordNs}>" +
        "<w:defaultTabStop w:val=\"709\"/><w:autoHyphenation/><w:characterSpacingControl w:val=\"doNotCompress\"/>" +
        "<w:updateFields w:val=\"true\"/>" +
        "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>" +
        $"<w:themeFontLang w:val=\"{lang}\"/>" +
        "</w:settings>";

    public static string Header(DocxRequest r, int textWidth, bool rtl)
    {
        var bidi = rtl ? "<w:bidi/>" : string.Empty;
        return Xml.Declaration + $"<w:hdr {Xml.WordNs}>" +
            $"<w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"A6A6A6\"/></w:pBdr><w:tabs><w:tab w:val=\"right\" w:pos=\"{textWidth}\"/></w:tabs>{bidi}</w:pPr>" +
            Run(r.OrgName, rtl) + "<w:r><w:tab/></w:r>" + Run(r.Title, rtl) + "</w:p></w:hdr>";
    }

    public static string FirstHeader(DocxRequest r, bool rtl)
    {
        var bidi = rtl ? "<w:bidi/>" : string.Empty;
        var content = r.Logo is null ? string.Empty : Logo(r.Logo, AltText.Logo(r));
        return Xml.Declaration + $"<w:hdr {Xml.WordNs} {DrawingNs}>" +
            $"<w:p><w:pPr><w:pStyle w:val=\"Header\"/>{bidi}</w:pPr>{content}</w:p></w:hdr>";
    }

    public static string Footer(DocxRequest r, int textWidth, bool rtl)
    {
        var bidi = rtl ? "<w:bidi/>" : string.Empty;
        var sb = new StringBuilder();
        sb.Append(Xml.Declaration).Append($"<w:ftr {Xml.WordNs}>");
        sb.Append($"<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:tabs><w:tab w:val=\"right\" w:pos=\"{textWidth}\"/></w:tabs>{bidi}</w:pPr>");
        sb.Append(Run($"{r.Strings.Get("ui.version")} {r.Version} \u00B7 {r.Strings.Get("ui.adopted_on")} {r.AdoptedOn}", rtl));
        sb.Append("<w:r><w:tab/></w:r>");

        // "Page {0} of {1}" from the catalogue, with PAGE and NUMPAGES fields in place of the numbers.
        var pattern = r.Strings.Get("ui.page_x_of_y");
        var rest = pattern;
        while (rest.Length > 0)
        {
            var p0 = rest.IndexOf("{0}", StringComparison.Ordinal);
            var p1 = rest.IndexOf("{1}", StringComparison.Ordinal);
            var next = new[] { p0, p1 }.Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (next < 0)
            {
                sb.Append(Run(rest, rtl));
                break;
            }

            if (next > 0)
            {
                sb.Append(Run(rest[..next], rtl));
            }

            sb.Append(Field(next == p0 ? "PAGE" : "NUMPAGES"));
            rest = rest[(next + 3)..];
        }

        sb.Append("</w:p></w:ftr>");
        return sb.ToString();
    }

    public static string Core(DocxRequest r) =>
        Xml.Declaration +
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
        $"<dc:title>{Xml.Esc(r.Title)}</dc:title>" +
        $"<dc:subject>{Xml.Esc(r.Title + " \u2014 " + r.OrgName)}</dc:subject>" +
        $"<dc:creator>{Xml.Esc(r.OrgName)}</dc:creator>" +
        $"<cp:keywords>{Xml.Esc($"{r.DocumentId}; {r.PackId}; {r.Language}")}</cp:keywords>" +
        $"<dc:language>{Xml.Esc(r.Culture.Name)}</dc:language>" +
        $"<cp:version>{Xml.Esc(r.Version)}</cp:version>" +
        "</cp:coreProperties>";

    public static string App() =>
        Xml.Declaration +
        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">" +
        "<Application>DocTool</Application></Properties>";

    public static string Custom(DocxRequest r)
    {
        var props = new (string Name, string Value)[]
        {
            ("DocTool.Document", r.DocumentId),
            ("DocTool.Language", r.Language),
            ("DocTool.Pack", r.PackId),
            ("DocTool.PackVersion", r.PackVersion),
            ("DocTool.ProfileSha256", r.ProfileHash),
        };
        var sb = new StringBuilder();
        sb.Append(Xml.Declaration).Append("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">");
        for (var i = 0; i < props.Length; i++)
        {
            sb.Append($"<property fmtid=\"{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}\" pid=\"{i + 2}\" name=\"{props[i].Name}\"><vt:lpwstr>{Xml.Esc(props[i].Value)}</vt:lpwstr></property>");
        }

        sb.Append("</Properties>");
        return sb.ToString();
    }

    public static string FontTable(Fonts fonts)
    {
        var sb = new StringBuilder();
        sb.Append(Xml.Declaration).Append($"<w:fonts {Xml.WordNs}>");
        foreach (var (name, charset) in new[] { (fonts.Latin, "00"), (fonts.EastAsia, "86"), (fonts.ComplexScript, "00") }.DistinctBy(f => f.Item1))
        {
            sb.Append($"<w:font w:name=\"{Xml.Esc(name)}\"><w:charset w:val=\"{charset}\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font>");
        }

        sb.Append("</w:fonts>");
        return sb.ToString();
    }

    private const string DrawingNs = "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";

    private static string Logo(DocxImage logo, string? description)
    {
        // 1.6 cm high, width from the aspect ratio, at most 8 cm wide.
        const long emuPerCm = 360000;
        var height = (long)(1.6 * emuPerCm);
        var width = (long)(height * (double)logo.WidthPx / Math.Max(1, logo.HeightPx));
        if (width > 8 * emuPerCm)
        {
            height = (long)(height * (8.0 * emuPerCm / width));
            width = 8 * emuPerCm;
        }

        var cx = width.ToString(CultureInfo.InvariantCulture);
        var cy = height.ToString(CultureInfo.InvariantCulture);
        return "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">" +
            $"<wp:extent cx=\"{cx}\" cy=\"{cy}\"/>" + DocPr(description) +
            "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>" +
            "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>" +
            "<pic:nvPicPr><pic:cNvPr id=\"0\" name=\"logo\"/><pic:cNvPicPr/></pic:nvPicPr>" +
            $"<pic:blipFill><a:blip r:embed=\"{DocxWriter.LogoId}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>" +
            $"<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>" +
            "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
    }

    /// <summary>The drawing's properties: its alternative text, or the Office "decorative" mark when it has none.</summary>
    private static string DocPr(string? description) => description is not null
        ? $"<wp:docPr id=\"1\" name=\"Logo\" descr=\"{Xml.Esc(description)}\"/>"
        : "<wp:docPr id=\"1\" name=\"Logo\"><a:extLst><a:ext uri=\"{C183D7F6-B498-43B3-948B-1728B52AA6E4}\"><adec:decorative xmlns:adec=\"http://schemas.microsoft.com/office/drawing/2017/decorative\" val=\"1\"/></a:ext></a:extLst></wp:docPr>";

    private static string Field(string code) =>
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" +
        $"<w:r><w:instrText xml:space=\"preserve\"> {code} </w:instrText></w:r>" +
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>" +
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";

    private static string Run(string text, bool rtl) =>
        $"<w:r>{(rtl ? "<w:rPr><w:rtl/></w:rPr>" : string.Empty)}<w:t xml:space=\"preserve\">{Xml.Esc(text)}</w:t></w:r>";
}
