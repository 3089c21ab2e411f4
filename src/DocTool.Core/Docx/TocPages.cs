using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DocTool.Core.Docx;

/// <summary>
/// Fills the page numbers of a DocTool table of contents from a real layout: each entry gets a
/// <c>PAGEREF</c> field to its clause bookmark whose result is the page LibreOffice laid the clause
/// out on, and the document stops asking Word to update its fields on opening (the contents are
/// current, so the prompt would only frighten). Word can still refresh them (F9, or printing).
/// </summary>
internal static partial class TocPages
{
    private const string Gallery = "<w:docPartGallery w:val=\"Table of Contents\"/>";

    /// <summary>The .docx with page numbers in its contents, or the same bytes when it has no DocTool contents.</summary>
    public static byte[] Fill(byte[] docx, IReadOnlyDictionary<string, int> pages)
    {
        if (pages.Count == 0)
        {
            return docx;
        }

        // DocxWriter adds word/document.xml before word/settings.xml, so one pass knows whether to drop the prompt.
        var filled = false;
        var result = OpcPackage.Rewrite(docx, (name, data) =>
        {
            if (name == "word/document.xml")
            {
                var xml = Encoding.UTF8.GetString(data);
                var updated = FillDocument(xml, pages);
                filled = !ReferenceEquals(updated, xml);
                return filled ? Encoding.UTF8.GetBytes(updated) : data;
            }

            return name == "word/settings.xml" && filled
                ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(data).Replace("<w:updateFields w:val=\"true\"/>", string.Empty, StringComparison.Ordinal))
                : data;
        });
        return filled ? result : docx;
    }

    /// <summary>The document.xml with filled contents, or the same string instance when every entry could not be filled.</summary>
    internal static string FillDocument(string xml, IReadOnlyDictionary<string, int> pages)
    {
        var start = xml.IndexOf(Gallery, StringComparison.Ordinal);
        var end = start < 0 ? -1 : xml.IndexOf("</w:sdtContent>", start, StringComparison.Ordinal);
        if (end < 0)
        {
            return xml;
        }

        var toc = xml[start..end];
        var missing = false;
        var filled = Entry().Replace(toc, m =>
        {
            if (!pages.TryGetValue(m.Groups[1].Value, out var page))
            {
                missing = true;
                return m.Value;
            }

            var number = page.ToString(CultureInfo.InvariantCulture);
            return m.Groups[0].Value[..^"</w:hyperlink>".Length] +
                "<w:r><w:tab/></w:r>" +
                "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" +
                $"<w:r><w:instrText xml:space=\"preserve\"> PAGEREF {m.Groups[1].Value} \\h </w:instrText></w:r>" +
                "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
                $"<w:r><w:t>{number}</w:t></w:r>" +
                "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:hyperlink>";
        });
        if (missing || filled == toc)
        {
            return xml;
        }

        filled = filled.Replace("<w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/>", "<w:fldChar w:fldCharType=\"begin\"/>", StringComparison.Ordinal);
        return string.Concat(xml.AsSpan(0, start), filled, xml.AsSpan(end));
    }

    [GeneratedRegex("<w:hyperlink w:anchor=\"(c_[A-Za-z0-9_]+)\" w:history=\"1\">.*?</w:hyperlink>", RegexOptions.Singleline)]
    private static partial Regex Entry();
}
