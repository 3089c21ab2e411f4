using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocTool.Core.Checking;
using DocTool.Core.Diagnostics;

namespace DocTool.Cli;

/// <summary>
/// <c>doctool check FILE.docx... [--format text|json]</c>: accessibility and fidelity rules (DT07xx) for any
/// .docx. Exit 0 when no file has errors (warnings allowed), 1 when one has, 2 when a file cannot be read.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = ".docx files to check (DocTool's or anyone's).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "text (default) or json (for CI).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "Check Word documents for accessibility and fidelity problems: title, language, alt text, table headers, heading order, empty-paragraph spacing, typed numbering, contents page numbers, prompts on opening, contrast.")
        {
            files, format,
        };
        command.SetAction(parse => CommandContext.Guard(parse, () =>
        {
            var json = parse.GetValue(format) == "json";
            var results = new JsonArray();
            var errors = false;
            var unreadable = false;
            foreach (var path in parse.GetValue(files)!)
            {
                var diagnostics = DocxChecker.Check(path);
                var errorCount = diagnostics.Count(d => d.Severity == Severity.Error);
                errors |= errorCount > 0;
                unreadable |= diagnostics.Any(d => d.Code is Codes.CheckUnreadable or Codes.FileNotFound);
                if (json)
                {
                    results.Add((JsonNode)new JsonObject
                    {
                        ["file"] = path,
                        ["errors"] = errorCount,
                        ["warnings"] = diagnostics.Count - errorCount,
                        ["diagnostics"] = new JsonArray([.. diagnostics.Select(ValidateCommand.ToJson)]),
                    });
                }
                else
                {
                    DiagnosticPrinter.Print(diagnostics, Console.Out, showSource: false);
                    Console.Out.WriteLine(errorCount == 0
                        ? $"{path}: passed ({diagnostics.Count} warning(s))"
                        : $"{path}: {errorCount} error(s), {diagnostics.Count - errorCount} warning(s)");
                }
            }

            if (json)
            {
                var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
                Console.Out.WriteLine(new JsonObject { ["results"] = results }.ToJsonString(options));
            }

            return unreadable ? 2 : errors ? 1 : 0;
        }));
        return command;
    }
}
