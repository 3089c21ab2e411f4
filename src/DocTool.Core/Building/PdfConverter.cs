using System.Diagnostics;

namespace DocTool.Core.Building;

/// <summary>Converts .docx files to PDF with LibreOffice (<c>soffice --headless --convert-to pdf</c>).</summary>
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
    /// Converts each .docx to a PDF beside it. Each PDF is produced in a private temporary folder and
    /// moved into place, so a failed or interrupted conversion never leaves a partial PDF.
    /// Returns the PDFs written and an error message per document that failed.
    /// </summary>
    public static (List<string> Written, List<string> Errors) Convert(string soffice, IReadOnlyList<string> docxFiles, TimeSpan timeoutPerFile)
    {
        var written = new List<string>();
        var errors = new List<string>();
        foreach (var docx in docxFiles)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(docx))!;
            var work = Path.Combine(folder, ".pdf-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(work);
            try
            {
                var start = new ProcessStartInfo(soffice)
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                start.ArgumentList.Add("-env:UserInstallation=file://" + Path.Combine(work, "profile"));
                foreach (var arg in new[] { "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, docx })
                {
                    start.ArgumentList.Add(arg);
                }

                using var process = Process.Start(start)!;
                var stderr = process.StandardError.ReadToEndAsync();
                _ = process.StandardOutput.ReadToEndAsync();
                if (!process.WaitForExit(timeoutPerFile))
                {
                    process.Kill(entireProcessTree: true);
                    errors.Add($"{docx}: LibreOffice did not finish within {timeoutPerFile.TotalSeconds:0} s");
                    continue;
                }

                var produced = Path.Combine(work, Path.GetFileNameWithoutExtension(docx) + ".pdf");
                if (process.ExitCode != 0 || !File.Exists(produced))
                {
                    errors.Add($"{docx}: LibreOffice could not convert it (exit {process.ExitCode}): {stderr.Result.Trim()}");
                    continue;
                }

                var target = Path.ChangeExtension(docx, ".pdf");
                File.Move(produced, target, overwrite: true);
                written.Add(target);
            }
            finally
            {
                try
                {
                    Directory.Delete(work, recursive: true);
                }
                catch (IOException)
                {
                    // Leftover temporary folder: dot-named, harmless.
                }
            }
        }

        return (written, errors);
    }
}
