using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocTool.Core.Building;
using DocTool.Core.Diagnostics;
using DocTool.Core.Profiles;
using DocTool.Core.Templating;

namespace DocTool.Cli;

/// <summary><c>doctool validate PROFILE... [--format text|json] [--pack DIR]</c>: exit 0 when all are valid, 2 otherwise.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var profiles = new Argument<string[]>("PROFILE") { Description = "Profiles to check.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "text (default) or json (for CI).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var pack = new Option<string?>("--pack") { Description = "Template pack whose languages the profile may use (default: the bundled pack)." };
        var command = new Command("validate", "Check profiles against the format and report every problem with its line and column.")
        {
            profiles, format, pack,
        };
        command.SetAction(parse => CommandContext.Guard(parse, () =>
        {
            var loaded = CommandContext.LoadPack(parse.GetValue(pack), Console.Error);
            if (loaded is null)
            {
                return 2;
            }

            var all = new List<Diagnostic>();
            var results = new JsonArray();
            var inputs = new DiagnosticBag();
            var paths = ProfileDiscovery.Expand(parse.GetValue(profiles)!, inputs);
            if (inputs.HasErrors)
            {
                DiagnosticPrinter.Print(inputs.Sorted, Console.Error, showSource: false);
                return 2;
            }

            DocumentRenderer? renderer = null;
            foreach (var path in paths)
            {
                var bag = new DiagnosticBag();
                if (ProfileLoader.Load(path, loaded, bag) is { } profile && !bag.HasErrors)
                {
                    DocumentRenderer.CheckAssets(profile, loaded, bag);
                    if (!bag.HasErrors)
                    {
                        renderer ??= new DocumentRenderer(new TemplateEngine(loaded));
                        OverrideCheck.Run(profile, renderer, bag);
                    }
                }

                all.AddRange(bag.Sorted);
                results.Add((JsonNode)new JsonObject
                {
                    ["file"] = path,
                    ["valid"] = !bag.HasErrors,
                    ["diagnostics"] = new JsonArray([.. bag.Sorted.Select(ToJson)]),
                });
                if (parse.GetValue(format) == "text")
                {
                    DiagnosticPrinter.Print(bag.Sorted, Console.Error, CommandContext.StdErrIsTerminal);
                    Console.Out.WriteLine(bag.HasErrors ? $"{path}: invalid ({bag.Sorted.Count(d => d.Severity == Severity.Error)} error(s))" : $"{path}: valid");
                }
            }

            if (parse.GetValue(format) == "json")
            {
                var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
                Console.Out.WriteLine(new JsonObject { ["results"] = results }.ToJsonString(options));
            }

            return all.Exists(d => d.Severity == Severity.Error) ? 2 : 0;
        }));
        return command;
    }

    internal static JsonObject ToJson(Diagnostic d) => new()
    {
        ["severity"] = d.Severity == Severity.Error ? "error" : "warning",
        ["code"] = d.Code,
        ["file"] = d.Span.File,
        ["line"] = d.Span.Line,
        ["column"] = d.Span.Column,
        ["message"] = d.Message,
    };
}
