using DocTool.Core.Diagnostics;

namespace DocTool.Cli;

/// <summary>
/// Where <c>batch --report</c> may write: never over one of the run's inputs (a profile named on the command
/// line, a YAML file), nor over a file the build itself owns in <c>--out</c> (a manifest, a document).
/// </summary>
internal static class ReportTarget
{
    private static readonly string[] DocumentExtensions = [".docx", ".md", ".pdf"];

    public static bool Check(string report, IReadOnlyList<string> inputs, string outFolder, DiagnosticBag bag)
    {
        var full = Path.GetFullPath(report);
        foreach (var input in inputs)
        {
            if (!input.Contains('\0', StringComparison.Ordinal) && File.Exists(input) && string.Equals(Path.GetFullPath(input), full, StringComparison.Ordinal))
            {
                return Refuse(report, "is one of the inputs of this run", bag);
            }
        }

        var extension = Path.GetExtension(full);
        if (extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(report, "names a YAML file (a profile?); a report is JSON: give a .json file", bag);
        }

        var outRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outFolder)) + Path.DirectorySeparatorChar;
        if (full.StartsWith(outRoot, StringComparison.Ordinal))
        {
            var name = Path.GetFileName(full);
            if (name.StartsWith("manifest", StringComparison.OrdinalIgnoreCase) && extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
            {
                return Refuse(report, "is the output folder's manifest", bag);
            }

            if (DocumentExtensions.Any(e => extension.Equals(e, StringComparison.OrdinalIgnoreCase)))
            {
                return Refuse(report, "names a document in the output folder", bag);
            }
        }

        return true;
    }

    private static bool Refuse(string report, string why, DiagnosticBag bag)
    {
        bag.Error(SourceSpan.ForFile(report), Codes.OutputFailed, $"--report `{report}` {why}; the report must not replace it");
        return false;
    }
}
