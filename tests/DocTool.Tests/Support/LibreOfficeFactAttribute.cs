using DocTool.Core.Building;

namespace DocTool.Tests.Support;

/// <summary>
/// A test that needs LibreOffice (soffice, python3-uno) and poppler (pdftotext, pdfinfo): skipped, with
/// the reason shown by the runner, on a machine without them; .ci/run installs them, so CI runs it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (Missing() is { } reason)
        {
            Skip = reason;
        }
    }

    /// <summary>Why the tools are not usable here, or null when they are.</summary>
    public static string? Missing()
    {
        if (PdfConverter.FindSoffice() is null)
        {
            return "needs LibreOffice: soffice is not on PATH (apt-get install libreoffice-writer-nogui python3-uno poppler-utils fonts-noto-cjk; .ci/run installs them)";
        }

        foreach (var tool in new[] { "pdftotext", "pdfinfo" })
        {
            if (!OnPath(tool))
            {
                return $"needs poppler-utils: {tool} is not on PATH (apt-get install poppler-utils)";
            }
        }

        return null;
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, tool)));
}
