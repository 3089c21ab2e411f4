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
        var (pageWidth, pageHeight) = request.LetterPaper ? (12240, 15840) : (11906, 16838);
        const int margin = 1247;
        var textWidth = pageWidth - (2 * margin);
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
            $"<w:pgMar w:top=\"1418\" w:right=\"{margin}\" w:bottom=\"1418\" w:left=\"{margin}\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>" +
            "<w:cols w:space=\"708\"/><w:titlePg/>" + (rtl ? "<w:bidi/>" : string.Empty) +
            "</w:sectPr>";
        var documentXml = Xml.Declaration + $"<w:document {Xml.WordNs}><w:body>" + bodyXml + sectPr + "</w:body></w:document>";

        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            Feed(main, documentXml);
            Feed(main.AddNewPart<StyleDefinitionsPart>("rIdStyles"), StylesXml.Build(fonts, lang, eastAsia, bidiLang, colour, rtl));
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
