using DocTool.Core.Diagnostics;

namespace DocTool.Cli;

/// <summary>Prints diagnostics in the compiler shape, with the offending line and a caret on a terminal.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer, bool showSource)
    {
        var cache = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        foreach (var d in diagnostics)
        {
            writer.WriteLine(d.ToString());
            if (!showSource || d.Span.Line <= 0)
            {
                continue;
            }

            if (!cache.TryGetValue(d.Span.File, out var lines))
            {
                lines = TryRead(d.Span.File);
                cache[d.Span.File] = lines;
            }

            if (lines is null || d.Span.Line > lines.Length)
            {
                continue;
            }

            var line = lines[d.Span.Line - 1].TrimEnd('\r');
            var gutter = $"{d.Span.Line,5} | ";
            writer.WriteLine(gutter + line.Replace('\t', ' '));
            var col = Math.Clamp(d.Span.Column - 1, 0, line.Length);
            writer.WriteLine(new string(' ', gutter.Length - 2) + "| " + new string(' ', col) + "^");
        }
    }

    private static string[]? TryRead(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists && info.Length < 4 * 1024 * 1024 ? File.ReadAllLines(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
