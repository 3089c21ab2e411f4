using DocTool.Core.Building;
using DocTool.Core.Building.Pdf;

namespace DocTool.Cli;

/// <summary><c>--pdf</c> and <c>--page-numbers</c> of <c>build</c> and <c>batch</c>: both need LibreOffice and .docx output.</summary>
internal static class PdfCommandOptions
{
    /// <summary>Says what the contents page holds when no LibreOffice pass ran (after .docx files were written).</summary>
    public static void PrintNoLayoutNote(TextWriter writer)
    {
        var why = PdfConverter.FindSoffice() is null
            ? "LibreOffice is not installed here, so DocTool cannot lay the documents out (install libreoffice-writer-nogui and python3-uno, then use --pdf or --page-numbers)"
            : "--pdf or --page-numbers fill them now from LibreOffice's layout, and then Word opens the document without a question";
        writer.WriteLine($"doctool: note: the contents list every clause without page numbers, and Word asks to update the document's fields when it is opened (answering Yes fills them); {why}");
    }

    /// <summary>The LibreOffice pass to run (null for none), or exit code 2 after printing why it cannot run.</summary>
    public static (int ExitCode, PdfOptions? Options) Resolve(bool pdf, bool pageNumbers, OutputFormat formats, int processes)
    {
        if (!pdf && !pageNumbers)
        {
            return (0, null);
        }

        var option = pdf ? "--pdf" : "--page-numbers";
        var soffice = PdfConverter.FindSoffice();
        if (soffice is null)
        {
            Console.Error.WriteLine($"doctool: error DT0501: {option} needs LibreOffice, and `soffice` is not on PATH (on Debian/Ubuntu: apt-get install libreoffice-writer-nogui python3-uno); nothing was written");
            return (2, null);
        }

        if (!formats.HasFlag(OutputFormat.Docx))
        {
            Console.Error.WriteLine($"doctool: error DT0002: {option} needs --format docx");
            return (2, null);
        }

        return (0, new PdfOptions(soffice, pdf, Math.Max(1, processes)));
    }
}
