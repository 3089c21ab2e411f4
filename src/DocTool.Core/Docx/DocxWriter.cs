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

        const string Word = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        const string Main = "word/document.xml", FirstHeader = "word/header2.xml";
        var package = new OpcPackage();
        package.Relate(string.Empty, "rId1", Word + "officeDocument", Main);
        package.Relate(string.Empty, "rIdCore", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml");
        package.Relate(string.Empty, "rIdApp", Word + "extended-properties", "docProps/app.xml");
        package.Relate(string.Empty, "rIdCustom", Word + "custom-properties", "docProps/custom.xml");
        void Add(string id, string type, string name, string contentType, string xml)
        {
            package.Relate(Main, id, Word + type, name);
            package.AddPart(name, contentType, xml);
        }

        package.AddPart(Main, ContentTypes.Main, documentXml);
        var styles = StylesXml.Build(fonts, lang, eastAsia, bidiLang, colour, rtl);
        Add("rIdStyles", "styles", "word/styles.xml", ContentTypes.Styles, request.Reference?.MergeStyles(styles, lang, eastAsia, bidiLang, fonts) ?? styles);
        if (request.Reference?.Theme is { } theme)
        {
            package.Relate(Main, "rIdTheme", Word + "theme", "word/theme/theme1.xml");
            package.AddPart("word/theme/theme1.xml", ContentTypes.Theme, theme);
        }

        Add("rIdNumbering", "numbering", "word/numbering.xml", ContentTypes.Numbering, numbering.Build());
        Add("rIdSettings", "settings", "word/settings.xml", ContentTypes.Settings, DocxParts.Settings(lang));
        Add("rIdFonts", "fontTable", "word/fontTable.xml", ContentTypes.FontTable, DocxParts.FontTable(fonts));
        Add("rIdHeader", "header", "word/header1.xml", ContentTypes.Header, DocxParts.Header(request, textWidth, rtl));
        Add("rIdHeaderFirst", "header", FirstHeader, ContentTypes.Header, DocxParts.FirstHeader(request, rtl));
        if (request.Logo is not null)
        {
            var media = "word/media/image1." + (request.Logo.ContentType == "image/png" ? "png" : "jpeg");
            package.Relate(FirstHeader, LogoId, Word + "image", media);
            package.AddPart(media, request.Logo.ContentType, request.Logo.Bytes);
        }

        Add("rIdFooter", "footer", "word/footer1.xml", ContentTypes.Footer, DocxParts.Footer(request, textWidth, rtl));
        Add("rIdFooter1", "footer", "word/footer2.xml", ContentTypes.Footer, DocxParts.Footer(request, textWidth, rtl));
        foreach (var (id, target) in body.Links)
        {
            package.Relate(Main, id, Word + "hyperlink", target.IsWellFormedOriginalString() ? target.OriginalString : target.AbsoluteUri, external: true);
        }

        package.AddPart("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", DocxParts.Core(request));
        package.AddPart("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml", DocxParts.App());
        package.AddPart("docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml", DocxParts.Custom(request));
        return package.ToArray();
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

    private static class ContentTypes
    {
        private const string Wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        public const string Main = Wml + "document.main+xml";
        public const string Styles = Wml + "styles+xml";
        public const string Numbering = Wml + "numbering+xml";
        public const string Settings = Wml + "settings+xml";
        public const string FontTable = Wml + "fontTable+xml";
        public const string Header = Wml + "header+xml";
        public const string Footer = Wml + "footer+xml";
        public const string Theme = "application/vnd.openxmlformats-officedocument.theme+xml";
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
