using System.Globalization;
using DocTool.Core.Building;
using Spectre.Console;

namespace DocTool.Cli;

/// <summary>The summary table printed at the end of a batch.</summary>
internal static class BatchSummary
{
    public static void Print(BatchOutcome outcome, BatchRequest request, TextWriter writer, bool terminal)
    {
        var rows = new (string Name, string Value)[]
        {
            ("built", N(outcome.Built)),
            ("failed", N(outcome.Failed)),
            ("skipped", N(outcome.Skipped) + (request.Incremental ? " (up to date)" : string.Empty)),
            ("time", Duration(outcome.Elapsed)),
            ("documents/s", outcome.DocumentsPerSecond.ToString("0.0", CultureInfo.InvariantCulture)),
        };
        if (terminal)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var (name, _) in rows)
            {
                table.AddColumn(new TableColumn(name).RightAligned());
            }

            table.AddRow([.. rows.Select(r => Markup.Escape(r.Value))]);
            console.Write(table);
            return;
        }

        var width = rows.Max(r => r.Name.Length);
        foreach (var (name, value) in rows)
        {
            writer.WriteLine(name.PadRight(width) + "  " + value);
        }
    }

    /// <summary>"0.8 s", "42.1 s", "3 min 05 s".</summary>
    public static string Duration(TimeSpan elapsed) => elapsed.TotalSeconds < 60
        ? elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s"
        : string.Create(CultureInfo.InvariantCulture, $"{(int)elapsed.TotalMinutes} min {elapsed.Seconds:00} s");

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
