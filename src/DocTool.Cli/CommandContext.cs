using System.CommandLine;
using DocTool.Core.Diagnostics;
using DocTool.Core.Packs;

namespace DocTool.Cli;

/// <summary>What every command shares: writers, terminal detection, the pack, the tool version, error handling.</summary>
internal static class CommandContext
{
    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Print full details of unexpected errors.",
        Recursive = true,
    };

    /// <summary>Cancelled by Ctrl-C: work stops at the next document and completed files are kept.</summary>
    public static CancellationTokenSource Cancellation { get; } = new();

    public static string ToolVersion { get; } = "doctool " + (typeof(CommandContext).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    public static bool StdErrIsTerminal => !Console.IsErrorRedirected;

    /// <summary>Loads a pack, printing diagnostics; null when it cannot be used.</summary>
    public static TemplatePack? LoadPack(string? folder, TextWriter error)
    {
        var bag = new DiagnosticBag();
        var pack = PackLoader.Load(folder ?? BundledPack.Folder(), bag);
        DiagnosticPrinter.Print(bag.Sorted, error, StdErrIsTerminal);
        return pack;
    }

    /// <summary>Checks a file given to <c>--out</c>, printing why it cannot be written; true when it can.</summary>
    public static bool CheckOutputFile(string path)
    {
        var bag = new DiagnosticBag();
        if (Core.Building.OutputFolder.CheckFile(path, "--out", bag))
        {
            return true;
        }

        DiagnosticPrinter.Print(bag.Sorted, Console.Error, showSource: false);
        return false;
    }

    /// <summary>Runs a command body; an unexpected exception becomes one line with a code, exit 1.</summary>
    public static int Guard(ParseResult parse, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine($"doctool: error {Codes.Cancelled}: cancelled before anything was written");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The disk, a permission, a file in the way: the user's to fix, not a bug to report.
            Console.Error.WriteLine($"doctool: error {Codes.OutputFailed}: cannot read or write a file: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"doctool: error {Codes.Internal}: unexpected failure ({e.GetType().Name}: {e.Message}); please report this with the command you ran{(parse.GetValue(Verbose) ? string.Empty : " (add --verbose for details)")}");
            if (parse.GetValue(Verbose))
            {
                Console.Error.WriteLine(e.ToString());
            }

            return 1;
        }
    }
}
