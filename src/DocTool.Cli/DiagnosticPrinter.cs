using System.Text;
using DocTool.Core.Diagnostics;

namespace DocTool.Cli;

/// <summary>
/// Prints diagnostics in the compiler shape, with the offending line and a caret on a terminal. What is echoed
/// comes from untrusted files: control characters (terminal escape sequences that change titles, clear the
/// screen or write the clipboard) are shown as visible symbols, and a long line is cut to a window around the
/// column, so a one-line profile of 160 KB prints 160 characters per diagnostic, not 160 KB.
/// </summary>
internal static class DiagnosticPrinter
{
    /// <summary>Characters of a source line shown on each side of the column.</summary>
    internal const int Window = 60;

    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer, bool showSource)
    {
        var cache = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        foreach (var d in diagnostics)
        {
            writer.WriteLine(Visible(d.ToString()));
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

            var (shown, caret) = Cut(lines[d.Span.Line - 1].TrimEnd('\r'), d.Span.Column - 1);
            var gutter = $"{d.Span.Line,5} | ";
            writer.WriteLine(gutter + shown);
            writer.WriteLine(new string(' ', gutter.Length - 2) + "| " + new string(' ', caret) + "^");
        }
    }

    /// <summary>The part of a line shown around a column, made visible, and where the caret goes in it.</summary>
    internal static (string Shown, int Caret) Cut(string line, int column)
    {
        var col = Math.Clamp(column, 0, line.Length);
        var start = Math.Max(0, col - Window);
        var end = Math.Min(line.Length, col + Window);
        var prefix = start > 0 ? "…" : string.Empty;
        var shown = prefix + Visible(line[start..end].Replace('\t', ' ')) + (end < line.Length ? "…" : string.Empty);
        return (shown, prefix.Length + (col - start));
    }

    /// <summary>Control characters as their visible pictures (ESC as ␛), so nothing echoed can drive the terminal.</summary>
    internal static string Visible(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var replacement = c switch
            {
                '\n' or '\t' => (char?)null,
                < ' ' => (char)(0x2400 + c),
                '\u007F' => '\u2421',
                >= '\u0080' and <= '\u009F' => '\uFFFD',
                _ => null,
            };
            if (replacement is { } r)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append(r);
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
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
