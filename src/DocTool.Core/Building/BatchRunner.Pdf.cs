using DocTool.Core.Building.Pdf;
using DocTool.Core.Diagnostics;

namespace DocTool.Core.Building;

/// <summary><c>batch --pdf</c>: the LibreOffice pass over the .docx files the batch wrote.</summary>
public sealed partial class BatchRunner
{
    /// <summary>
    /// Converts the written .docx files (several LibreOffice processes, each converting many files),
    /// records each PDF and each page-numbered .docx in its work item, marks the items whose PDF failed,
    /// and returns the manifest entries to add.
    /// </summary>
    private static List<BuiltFile> ProducePdfs(BatchRequest request, string outputDirectory, IEnumerable<BuiltFile> written, List<BatchItemResult> results)
    {
        var docx = written.Where(f => f.Format == "docx").OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        var (entries, errors) = PdfOutputs.Produce(outputDirectory, docx, request.Pdf!);
        var byPath = entries.ToLookup(e => Path.ChangeExtension(e.RelativePath, ".docx"), StringComparer.Ordinal);
        var failed = errors.Where(e => e.Severity == Severity.Error).ToLookup(e => Path.GetRelativePath(outputDirectory, e.Span.File).Replace('\\', '/'), StringComparer.Ordinal);
        for (var i = 0; i < results.Count; i++)
        {
            var item = results[i];
            var source = item.Outputs.FirstOrDefault(o => o.Format == "docx")?.Path;
            if (item.Status != BatchStatus.Built || source is null)
            {
                continue;
            }

            var outputs = item.Outputs.Select(o => byPath[o.Path].FirstOrDefault(e => e.Format == o.Format) is { } updated ? o with { Sha256 = updated.Sha256 } : o).ToList();
            outputs.AddRange(byPath[source].Where(e => e.Format == "pdf").Select(e => new BatchOutput("pdf", e.RelativePath, e.Sha256)));
            var problems = failed[source].ToList();
            results[i] = item with
            {
                Outputs = outputs,
                Status = problems.Count > 0 ? BatchStatus.Failed : item.Status,
                Diagnostics = problems.Count > 0 ? [.. item.Diagnostics, .. problems] : item.Diagnostics,
            };
        }

        // A warning about the whole pass (page numbers not filled) goes with the first item built, so it is printed once.
        var general = errors.Where(e => e.Severity == Severity.Warning).ToList();
        var first = results.FindIndex(r => r.Status == BatchStatus.Built);
        if (general.Count > 0 && first >= 0)
        {
            results[first] = results[first] with { Diagnostics = [.. results[first].Diagnostics, .. general] };
        }

        return entries;
    }
}
