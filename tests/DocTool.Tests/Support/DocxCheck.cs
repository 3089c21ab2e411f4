using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace DocTool.Tests.Support;

/// <summary>Runs the OpenXML SDK validator (Office 2019) over a .docx.</summary>
internal static class DocxCheck
{
    public static IReadOnlyList<string> Errors(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var doc = WordprocessingDocument.Open(stream, false);
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        return [.. validator.Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    public static void AssertValid(byte[] docx, string what)
    {
        var errors = Errors(docx);
        Assert.True(errors.Count == 0, $"{what}: {errors.Count} validation error(s):\n{string.Join('\n', errors.Take(20))}");
    }
}
