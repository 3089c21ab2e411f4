using DocTool.Core.Building.Pdf;
using DocTool.Core.Docx;
using DocTool.Core.IO;

namespace DocTool.Core.Building;

/// <summary>A document LibreOffice could not convert, and why.</summary>
public sealed record PdfError(string Docx, string Message);

/// <summary>What a conversion did: PDFs written, .docx files whose contents got page numbers, failures.</summary>
public sealed record PdfConversion(IReadOnlyList<string> Written, IReadOnlyList<string> PageNumbered, IReadOnlyList<PdfError> Errors);

/// <summary>
/// Lays .docx files out with LibreOffice and exports tagged PDF/UA files (title, language, bookmarks)
/// beside them. The page on which LibreOffice laid out each clause goes into the .docx's table of
/// contents (<see cref="TocPages"/>), so the .docx and its PDF show the same page numbers.
/// </summary>
public static class PdfConverter
{
    /// <summary>The soffice executable on PATH, or null when LibreOffice is not installed.</summary>
    public static string? FindSoffice()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "soffice", "libreoffice", "soffice.exe" })
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Converts each .docx (when <paramref name="pdf"/>) to a PDF beside it and fills its contents' page
    /// numbers, on <paramref name="processes"/> LibreOffice processes at once. Each PDF is exported to a
    /// temporary file in the target folder and renamed into place only when complete (and only after its
    /// .docx got its page numbers), so a failed or interrupted conversion never leaves a partial PDF.
    /// </summary>
    public static PdfConversion Convert(string soffice, IReadOnlyList<string> docxFiles, TimeSpan timeoutPerFile, int processes = 1, bool pdf = true)
    {
        ArgumentNullException.ThrowIfNull(docxFiles);
        var jobs = docxFiles.Select(d => Path.GetFullPath(d)).Select(d => new LayoutJob(d, pdf ? TemporaryPdf(d) : null)).ToList();
        var results = LibreOfficePool.Run(soffice, jobs, processes, timeoutPerFile).ToDictionary(r => r.Docx, StringComparer.Ordinal);
        var written = new List<string>();
        var numbered = new List<string>();
        var errors = new List<PdfError>();
        for (var i = 0; i < jobs.Count; i++)
        {
            var job = jobs[i];
            try
            {
                var result = results.GetValueOrDefault(job.Docx) ?? new LayoutResult(job.Docx, new Dictionary<string, int>(), "LibreOffice gave no result");
                if (!result.Ok)
                {
                    errors.Add(new PdfError(docxFiles[i], result.Error!));
                    continue;
                }

                if (result.Pages.Count > 0)
                {
                    var bytes = File.ReadAllBytes(job.Docx);
                    var filled = TocPages.Fill(bytes, result.Pages);
                    if (!ReferenceEquals(filled, bytes))
                    {
                        AtomicFile.Write(job.Docx, filled, durable: false);
                        numbered.Add(docxFiles[i]);
                    }
                }

                if (job.Pdf is not null)
                {
                    if (!File.Exists(job.Pdf) || new FileInfo(job.Pdf).Length == 0)
                    {
                        errors.Add(new PdfError(docxFiles[i], "LibreOffice wrote no PDF"));
                        continue;
                    }

                    var target = Path.ChangeExtension(docxFiles[i], ".pdf");
                    File.Move(job.Pdf, target, overwrite: true);
                    written.Add(target);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new PdfError(docxFiles[i], e.Message));
            }
            finally
            {
                if (job.Pdf is not null && File.Exists(job.Pdf))
                {
                    File.Delete(job.Pdf);
                }
            }
        }

        return new PdfConversion(written, numbered, errors);
    }

    private static string TemporaryPdf(string docx) =>
        Path.Combine(Path.GetDirectoryName(docx)!, "." + Path.GetFileNameWithoutExtension(docx) + ".pdf." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
}
