using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace DocTool.Core.Docx;

/// <summary>
/// Writes a .docx from a parsed, numbered Markdown document: styles, multilevel clause numbering,
/// a pre-filled table of contents, header and footer, properties — valid against the OpenXML schema
/// and byte-identical for the same inputs.
/// </summary>
public static class DocxWriter
{
    internal const string LogoId = "rIdLogo";

    /// <summary>Writes the document and returns the .docx bytes.</summary>
    public static byte[] Write(DocxRequest request)
    {
        var rtl = request.Culture.TextInfo.IsRightToLeft;
        var (pageWidth, pageHeight) = request.Reference?.PageSize ?? (request.LetterPaper ? (12240, 15840) : (11906, 16838));
        var margins = Margins(request.Reference);
        var textWidth = pageWidth - margins.Left - margins.Right;
        var fonts = Fonts.For(request.Language, request.Font);
        var colour = NormalizeColour(request.PrimaryColour) ?? StylesXml.DefaultColour;
        var lang = request.Culture.Name.Length > 0 ? request.Culture.Name : "en-GB";
        var eastAsia = request.Language.StartsWith("zh", StringComparison.Ordinal) ? lang : "zh-CN";
        var bidiLang = rtl ? lang : "ar-SA";

        var numbering = new DocxNumbering(rtl);
        var body = new DocxBody(request, numbering, textWidth, colour);
        var bodyXml = body.Build();
        var sectPr =
            "<w:sectPr>" +
            "<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/><w:headerReference w:type=\"first\" r:id=\"rIdHeaderFirst\"/>" +
            "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/><w:footerReference w:type=\"first\" r:id=\"rIdFooter1\"/>" +
            $"<w:pgSz w:w=\"{pageWidth}\" w:h=\"{pageHeight}\"/>" +
            $"<w:pgMar w:top=\"{margins.Top}\" w:right=\"{margins.Right}\" w:bottom=\"{margins.Bottom}\" w:left=\"{margins.Left}\" w:header=\"{margins.Header}\" w:footer=\"{margins.Footer}\" w:gutter=\"0\"/>" +
            "<w:cols w:space=\"708\"/><w:titlePg/>" + (rtl ? "<w:bidi/>" : string.Empty) +
            "</w:sectPr>";
        var documentXml = Xml.Declaration + $"<w:document {Xml.WordNs}><w:body>" + bodyXml + sectPr + "</w:body></w:document>";

        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            Feed(main, documentXml);
            var styles = StylesXml.Build(fonts, lang, eastAsia, bidiLang, colour, rtl);
            Feed(main.AddNewPart<StyleDefinitionsPart>("rIdStyles"), request.Reference?.MergeStyles(styles, lang, eastAsia, bidiLang, fonts) ?? styles);
            if (request.Reference?.Theme is { } theme)
            {
                using var themeData = new MemoryStream(theme);
                main.AddNewPart<ThemePart>("rIdTheme").FeedData(themeData);
            }
            Feed(main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering"), numbering.Build());
            Feed(main.AddNewPart<DocumentSettingsPart>("rIdSettings"), DocxParts.Settings(lang));
            Feed(main.AddNewPart<FontTablePart>("rIdFonts"), DocxParts.FontTable(fonts));
            Feed(main.AddNewPart<HeaderPart>("rIdHeader"), DocxParts.Header(request, textWidth, rtl));
            var first = main.AddNewPart<HeaderPart>("rIdHeaderFirst");
            if (request.Logo is not null)
            {
                var image = first.AddNewPart<ImagePart>(request.Logo.ContentType, LogoId);
                using var logo = new MemoryStream(request.Logo.Bytes);
                image.FeedData(logo);
            }

            Feed(first, DocxParts.FirstHeader(request, rtl));
            Feed(main.AddNewPart<FooterPart>("rIdFooter"), DocxParts.Footer(request, textWidth, rtl));
            Feed(main.AddNewPart<FooterPart>("rIdFooter1"), DocxParts.Footer(request, textWidth, rtl));
            foreach (var (id, target) in body.Links)
            {
                main.AddHyperlinkRelationship(target, true, id);
            }

            Feed(package.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rIdCore"), DocxParts.Core(request));
            Feed(package.AddNewPart<ExtendedFilePropertiesPart>("rIdApp"), DocxParts.App());
            Feed(package.AddNewPart<CustomFilePropertiesPart>("rIdCustom"), DocxParts.Custom(request));
        }

        return DeterministicZip.Normalize(stream.ToArray());
    }

    private static (int Top, int Right, int Bottom, int Left, int Header, int Footer) Margins(ReferenceDoc? reference)
    {
        const int side = 1247, vertical = 1418, band = 709;
        var m = reference?.Margins;
        int Get(string name, int fallback)
        {
            var value = (string?)m?.Attribute(System.Xml.Linq.XName.Get(name, "http://schemas.openxmlformats.org/wordprocessingml/2006/main"));
            return int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) && v is >= 0 and < 10000 ? v : fallback;
        }

        return (Get("top", vertical), Get("right", side), Get("bottom", vertical), Get("left", side), Get("header", band), Get("footer", band));
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var data = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(data);
    }

    private static string? NormalizeColour(string? colour)
    {
        if (string.IsNullOrEmpty(colour))
        {
            return null;
        }

        var hex = colour.TrimStart('#');
        return hex.Length == 6 && hex.All(Uri.IsHexDigit) ? hex.ToUpperInvariant() : null;
    }
}
