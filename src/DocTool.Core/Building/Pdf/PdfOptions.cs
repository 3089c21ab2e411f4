namespace DocTool.Core.Building.Pdf;

/// <summary>
/// The LibreOffice pass after the .docx files are written: <see cref="Export"/> writes a PDF beside each,
/// and either way the contents get the page numbers of LibreOffice's layout.
/// </summary>
public sealed record PdfOptions(string Soffice, bool Export, int Processes)
{
    /// <summary>How long one document may take before its LibreOffice process is stopped.</summary>
    public TimeSpan TimeoutPerFile { get; init; } = TimeSpan.FromMinutes(2);
}
