using DocTool.Core.Diagnostics;

namespace DocTool.Core.Building.Pdf;

/// <summary>Runs the LibreOffice pass over written .docx files and describes the result for the manifest.</summary>
internal static class PdfOutputs
{
    /// <summary>
    /// Returns the manifest entries (without bytes) of every .docx whose contents got page numbers
    /// (its SHA-256 changed) and of every PDF written, and a diagnostic per document that failed (and one warning when page numbers could not be filled).
    /// </summary>
    public static (List<BuiltFile> Entries, List<Diagnostic> Errors) Produce(string outputDirectory, IReadOnlyList<BuiltFile> docx, PdfOptions options)
    {
        var entries = new List<BuiltFile>();
        var errors = new List<Diagnostic>();
        if (docx.Count == 0)
        {
            return (entries, errors);
        }

        var paths = docx.Select(f => Path.Combine(outputDirectory, f.RelativePath)).ToList();
        var conversion = PdfConverter.Convert(options.Soffice, paths, options.TimeoutPerFile, options.Processes, options.Export);
        var numbered = conversion.PageNumbered.ToHashSet(StringComparer.Ordinal);
        var written = conversion.Written.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < docx.Count; i++)
        {
            var file = docx[i];
            if (numbered.Contains(paths[i]))
            {
                entries.Add(Entry(file, file.RelativePath, "docx", paths[i]));
            }

            var pdf = Path.ChangeExtension(paths[i], ".pdf");
            if (written.Contains(pdf))
            {
                entries.Add(Entry(file, Path.ChangeExtension(file.RelativePath, ".pdf"), "pdf", pdf));
            }
        }

        var failed = conversion.Errors.Select(e => e.Docx).ToHashSet(StringComparer.Ordinal);
        var unnumbered = paths.Count(p => !numbered.Contains(p) && !failed.Contains(p));
        if (unnumbered > 0)
        {
            errors.Add(new Diagnostic(Severity.Warning, SourceSpan.ForFile(outputDirectory), Codes.PageNumbersUnavailable,
                $"the contents of {unnumbered} document(s) have no page numbers: LibreOffice's layout could not be read (is python3-uno installed? set DOCTOOL_PYTHON to a python3 that can `import uno`); Word will ask to update them when the documents are opened"));
        }

        foreach (var error in conversion.Errors)
        {
            errors.Add(new Diagnostic(Severity.Error, SourceSpan.ForFile(error.Docx), Codes.PdfFailed, error.Message));
        }

        return (entries, errors);
    }

    private static BuiltFile Entry(BuiltFile source, string relativePath, string format, string path) =>
        new BuiltFile(relativePath, source.Org, source.Document, source.Language, source.Title, format, File.ReadAllBytes(path), source.ProfileSha256) with { Bytes = [] };
}
