using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocTool.Core.Diagnostics;
using DocTool.Core.Packs.Checking;
using DocTool.Core.Profiles.Validation;

namespace DocTool.Cli;

/// <summary><c>doctool templates check [--pack DIR] [--format text|json] [--accept LANG]... [--strict]</c>.</summary>
internal static class TemplatesCommand
{
    public static Command Create()
    {
        var pack = new Option<string?>("--pack") { Description = "Template pack folder (default: the bundled pack)." };
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var accept = new Option<string[]>("--accept") { Description = "Record the current source-language clauses as reviewed for this language (repeatable).", AllowMultipleArgumentsPerToken = false };
        var strict = new Option<bool>("--strict") { Description = "Fail (exit 2) on warnings too: stale translations, unused fields." };
        var acceptDoc = new Option<string?>("--doc") { Description = "With --accept: only this document." };
        var acceptMessage = new Option<string?>("--message") { Description = "With --accept and --doc: only this message id." };
        var check = new Command("check", "Lint a template pack: syntax, helper calls, fields against the profile schema, translation parity and staleness.")
        {
            pack, format, accept, strict, acceptDoc, acceptMessage,
        };
        check.SetAction(parse => CommandContext.Guard(parse, () =>
        {
            var loaded = CommandContext.LoadPack(parse.GetValue(pack), Console.Error);
            if (loaded is null)
            {
                return 2;
            }

            foreach (var lang in parse.GetValue(accept) ?? [])
            {
                if (!loaded.Languages.Contains(lang) || lang == loaded.SourceLanguage)
                {
                    Console.Error.WriteLine($"doctool: error DT0303: --accept takes a translated language of the pack ({string.Join(", ", loaded.Languages.Where(l => l != loaded.SourceLanguage))})");
                    return 2;
                }

                var onlyDoc = parse.GetValue(acceptDoc);
                var onlyMessage = parse.GetValue(acceptMessage);
                if (onlyDoc is not null && loaded.Document(onlyDoc) is null)
                {
                    Console.Error.WriteLine($"--doc: error DT0601: the pack has no document `{onlyDoc}`");
                    return 2;
                }

                if (onlyMessage is not null && onlyDoc is null)
                {
                    Console.Error.WriteLine("--message: error DT0002: --message names a message of one document; add --doc");
                    return 2;
                }

                var count = PackChecker.Accept(loaded, lang, onlyDoc, onlyMessage);
                Console.Out.WriteLine(onlyMessage is null
                    ? $"recorded {count} {lang} document(s) as reviewed against {loaded.SourceLanguage}"
                    : count == 0 ? $"no {lang} message `{onlyMessage}` in `{onlyDoc}` to record" : $"recorded `{onlyDoc}/{onlyMessage}` ({lang}) as reviewed against {loaded.SourceLanguage}");
            }

            var report = PackChecker.Check(loaded, ProfileValidator.SchemaJson);
            var errors = report.Diagnostics.Count(d => d.Severity == Severity.Error);
            var warnings = report.Diagnostics.Count - errors;
            if (parse.GetValue(format) == "json")
            {
                var json = new JsonObject
                {
                    ["diagnostics"] = new JsonArray([.. report.Diagnostics.Select(ValidateCommand.ToJson)]),
                    ["completeness"] = new JsonArray([.. report.Table.Select(r => (JsonNode)new JsonObject
                    {
                        ["document"] = r.Document,
                        ["language"] = r.Language,
                        ["status"] = r.Status,
                        ["clauses"] = r.Clauses,
                        ["stale"] = r.Stale,
                    })]),
                };
                Console.Out.WriteLine(json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            }
            else
            {
                DiagnosticPrinter.Print(report.Diagnostics, Console.Error, CommandContext.StdErrIsTerminal);
                PrintTable(report, loaded.Languages);
                Console.Out.WriteLine($"{errors} error(s), {warnings} warning(s)");
            }

            return errors > 0 || (parse.GetValue(strict) && warnings > 0) ? 2 : 0;
        }));
        return new Command("templates", "Tools for the people who maintain and translate template packs.")
        {
            check, TranslationExchangeCommands.Export(), TranslationExchangeCommands.Import(),
        };
    }

    private static void PrintTable(CheckReport report, IReadOnlyList<string> languages)
    {
        var docs = report.Table.Select(r => r.Document).Distinct().ToList();
        var width = Math.Max(10, docs.Max(d => d.Length));
        Console.Out.WriteLine();
        Console.Out.WriteLine("document".PadRight(width) + "  " + string.Join("  ", languages.Select(l => l.PadRight(10))));
        foreach (var doc in docs)
        {
            var cells = languages.Select(l =>
            {
                var row = report.Table.FirstOrDefault(r => r.Document == doc && r.Language == l);
                var text = row is null ? "-" : row.Status == "stale" ? $"stale({row.Stale})" : row.Status;
                return text.PadRight(10);
            });
            Console.Out.WriteLine(doc.PadRight(width) + "  " + string.Join("  ", cells));
        }
    }
}
