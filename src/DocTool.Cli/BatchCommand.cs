using System.CommandLine;
using DocTool.Core.Building;
using DocTool.Core.Diagnostics;
using Spectre.Console;

namespace DocTool.Cli;

/// <summary>
/// <c>doctool batch INPUT... [--doc ID]... [--lang CODE]... [--out DIR] [--jobs N] [--shard K/N]
/// [--report FILE] [--incremental] [--quiet] [--format docx|md|docx,md] [--pack DIR] [--pdf] [--page-numbers]</c>.
/// </summary>
internal static class BatchCommand
{
    /// <summary>The most threads a batch starts: more only costs memory (each holds a document in flight).</summary>
    private const int MaxJobs = 256;

    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "Profile files, folders (searched recursively for *.yaml and *.yml) or quoted patterns such as 'profiles/**/*.yaml'.", Arity = ArgumentArity.OneOrMore };
        var docs = new Option<string[]>("--doc") { Description = "A document id to build (repeatable; default: every document of the pack).", AllowMultipleArgumentsPerToken = false };
        var langs = new Option<string[]>("--lang") { Description = "A language to build (repeatable; default: each profile's languages.generate).", AllowMultipleArgumentsPerToken = false };
        var output = new Option<string>("--out") { Description = "Output folder.", DefaultValueFactory = _ => "out" };
        var pack = new Option<string?>("--pack") { Description = "Template pack folder (default: the bundled nswp pack)." };
        var format = new Option<string>("--format") { Description = "What to write: docx, md, or docx,md.", DefaultValueFactory = _ => "docx" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Documents rendered at once (default: the number of processors).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var shard = new Option<string?>("--shard") { Description = "Build only part K of N of the work items (K/N), e.g. one job of a CI matrix." };
        var report = new Option<string?>("--report") { Description = "Write a JSON report: one entry per profile × document × language." };
        var incremental = new Option<bool>("--incremental") { Description = "Skip outputs whose profile, template pack and tool version are unchanged since the manifest recorded them." };
        var fallback = new Option<bool>("--allow-fallback") { Description = "Where a text field of the profile lacks a language, use the primary language's text and list each use as a warning (default: an error naming each field)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar or progress lines." };
        var pdf = new Option<bool>("--pdf") { Description = "Also write a tagged PDF next to each .docx, and fill the contents' page numbers, on --jobs LibreOffice processes that each convert many documents (needs soffice and python3-uno)." };
        var pageNumbers = new Option<bool>("--page-numbers") { Description = "Fill the contents' page numbers from LibreOffice's layout without writing PDFs (implied by --pdf)." };
        var command = new Command("batch", "Build many profiles in parallel; a failing profile or document is reported and skipped, the rest is still built.")
        {
            inputs, docs, langs, output, pack, format, jobs, shard, report, incremental, quiet, pdf, pageNumbers, fallback,
        };
        command.SetAction(parse => CommandContext.Guard(parse, () =>
        {
            var formats = Formats.Parse(parse.GetValue(format));
            if (formats is null)
            {
                Console.Error.WriteLine("doctool: error DT0002: --format takes docx, md or docx,md");
                return 2;
            }

            ShardSpec? part = null;
            if (parse.GetValue(shard) is { } shardText)
            {
                part = ShardSpec.Parse(shardText, out var error);
                if (part is null)
                {
                    Console.Error.WriteLine($"doctool: error DT0002: {error}");
                    return 2;
                }
            }

            var languages = LanguageArgs.Normalize(parse.GetValue(langs));
            var outputs = new DiagnosticBag();
            if (parse.GetValue(report) is { } reportFile
                && (!OutputFolder.CheckFile(reportFile, "--report", outputs) || !ReportTarget.Check(reportFile, parse.GetValue(inputs) ?? [], parse.GetValue(output) ?? "out", outputs)))
            {
                DiagnosticPrinter.Print(outputs.Sorted, Console.Error, showSource: false);
                Console.Error.WriteLine("doctool: nothing was written");
                return 1;
            }

            if (parse.GetValue(jobs) is < 1 or > MaxJobs)
            {
                Console.Error.WriteLine($"--jobs: error DT0002: --jobs takes a number from 1 to {MaxJobs} (this machine has {Environment.ProcessorCount} processors)");
                return 2;
            }

            var layout = PdfCommandOptions.Resolve(parse.GetValue(pdf), parse.GetValue(pageNumbers), formats.Value, parse.GetValue(jobs));
            if (layout.ExitCode != 0)
            {
                return layout.ExitCode;
            }

            Prewarm.Start(languages);
            var loaded = CommandContext.LoadPack(parse.GetValue(pack), Console.Error);
            if (loaded is null)
            {
                return 2;
            }

            var request = new BatchRequest
            {
                Inputs = parse.GetValue(inputs)!,
                Documents = parse.GetValue(docs) ?? [],
                Languages = languages,
                OutputDirectory = parse.GetValue(output)!,
                Formats = formats.Value,
                AllowFallback = parse.GetValue(fallback),
                Jobs = parse.GetValue(jobs),
                Shard = part,
                Incremental = parse.GetValue(incremental),
                Pdf = layout.Options,
            };
            var runner = new BatchRunner(loaded, CommandContext.ToolVersion);
            var outcome = Run(runner, request, parse.GetValue(quiet));

            DiagnosticPrinter.Print(outcome.Diagnostics, Console.Error, CommandContext.StdErrIsTerminal);
            if (outcome.ExitCode == 2 || (outcome.ExitCode != 0 && outcome.Items.Count == 0))
            {
                Console.Error.WriteLine("doctool: nothing was written");
                return outcome.ExitCode;
            }

            PrintFailures(outcome, Console.Error);
            if (parse.GetValue(report) is { } reportPath)
            {
                BatchReport.Write(reportPath, outcome, request, loaded, CommandContext.ToolVersion);
                Console.Out.WriteLine($"wrote {reportPath}");
            }

            if (outcome.Built > 0)
            {
                Console.Out.WriteLine($"wrote {Path.Combine(request.OutputDirectory, Manifest.FileName)}");
            }

            BatchSummary.Print(outcome, request, Console.Out, terminal: !Console.IsOutputRedirected);
            if (request.Pdf is null && request.Formats.HasFlag(OutputFormat.Docx) && outcome.Built > 0 && !parse.GetValue(quiet))
            {
                PdfCommandOptions.PrintNoLayoutNote(Console.Error);
            }

            return outcome.ExitCode;
        }));
        return command;
    }

    /// <summary>Runs with a progress bar on a terminal, progress lines otherwise, nothing with --quiet; Ctrl-C stops after the documents in flight.</summary>
    private static BatchOutcome Run(BatchRunner runner, BatchRequest request, bool quiet)
    {
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            if (quiet)
            {
                return runner.Run(request, observer: null, cancel.Token);
            }

            if (CommandContext.StdErrIsTerminal)
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                return BatchProgressBar.Run(console, observer => runner.Run(request, observer, cancel.Token));
            }

            return runner.Run(request, new BatchProgressLines(Console.Error, TimeProvider.System, request.Jobs), cancel.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>One line per profile with failed work items (the first 20), after the diagnostics that explain them.</summary>
    private static void PrintFailures(BatchOutcome outcome, TextWriter writer)
    {
        const int Shown = 20;
        var byProfile = outcome.Items.Where(i => i.Status == BatchStatus.Failed).GroupBy(i => i.Profile).ToList();
        foreach (var group in byProfile.Take(Shown))
        {
            var items = group.Select(i => i.Language is null ? i.Document : $"{i.Document} ({i.Language})");
            writer.WriteLine($"{group.Key}: not built: {string.Join(", ", items)}");
        }

        if (byProfile.Count > Shown)
        {
            writer.WriteLine($"… and {byProfile.Count - Shown} more profile(s) with documents not built (--report FILE lists every one)");
        }

        if (byProfile.Count > 0)
        {
            var errors = outcome.Diagnostics.Count(d => d.Severity == Severity.Error);
            var rest = outcome.Built + outcome.Skipped == 0 ? "no document was built" : $"the other {outcome.Built + outcome.Skipped} document(s) were built or are up to date";
            writer.WriteLine($"doctool: {outcome.Failed} document(s) of {byProfile.Count} profile(s) failed ({errors} distinct error(s)); {rest}");
        }
    }
}
