using System.CommandLine;
using System.Text;
using DocTool.Core.Diagnostics;
using DocTool.Core.IO;
using DocTool.Core.Packs;
using DocTool.Core.Packs.Exchange;

namespace DocTool.Cli;

/// <summary>
/// <c>doctool templates export --lang LANG [--format po|xliff|xliff2] [--doc ID]... [--out FILE] [--pack DIR]</c> and
/// <c>doctool templates import FILE... [--pack DIR]</c>: the messages of a language for translators' own tools.
/// </summary>
internal static class TranslationExchangeCommands
{
    public static Command Export()
    {
        var pack = new Option<string?>("--pack") { Description = "Template pack folder (default: the bundled pack)." };
        var lang = new Option<string>("--lang") { Description = "The language to translate into.", Required = true };
        var format = new Option<string>("--format") { Description = "po (Poedit, Weblate; default), xliff (XLIFF 1.2: Weblate, OmegaT) or xliff2 (XLIFF 2.1: CAT tools).", DefaultValueFactory = _ => "po" };
        format.AcceptOnlyFromAmong("po", "xliff", "xliff2");
        var docs = new Option<string[]>("--doc") { Description = "Only these documents (repeatable; default: all).", AllowMultipleArgumentsPerToken = false };
        var output = new Option<string?>("--out") { Description = "The file to write (default: standard output)." };
        var command = new Command("export", "Write a language's messages as PO or XLIFF: one unit per message with the source, the translation, a note and its review state.")
        {
            pack, lang, format, docs, output,
        };
        command.SetAction(parse => CommandContext.Guard(parse, () =>
        {
            var loaded = CommandContext.LoadPack(parse.GetValue(pack), Console.Error);
            if (loaded is null)
            {
                return 2;
            }

            var language = parse.GetValue(lang)!;
            if (!loaded.Languages.Contains(language) || language == loaded.SourceLanguage)
            {
                Console.Error.WriteLine($"--lang: error {Codes.UnknownLanguage}: `{language}` is not a translated language of the pack ({string.Join(", ", loaded.Languages.Where(l => l != loaded.SourceLanguage))})");
                return 2;
            }

            var selected = parse.GetValue(docs) ?? [];
            foreach (var unknown in selected.Where(d => loaded.Document(d) is null))
            {
                Console.Error.WriteLine($"--doc: error {Codes.UnknownDocument}: the pack has no document `{unknown}`");
                return 2;
            }

            var file = UnitBuilder.Build(loaded, language, selected);
            var text = parse.GetValue(format) switch
            {
                "xliff" => XliffFormat.Write(file, "1.2"),
                "xliff2" => XliffFormat.Write(file, "2.1"),
                _ => PoFormat.Write(file, loaded.Id, loaded.Version),
            };
            var target = parse.GetValue(output);
            if (target is null)
            {
                Console.Out.Write(text);
            }
            else
            {
                AtomicFile.Write(target, Encoding.UTF8.GetBytes(text));
                var review = file.Units.Count(u => u.State == UnitState.NeedsReview);
                var missing = file.Units.Count(u => u.State == UnitState.Missing);
                Console.Out.WriteLine($"wrote {target}: {file.Units.Count} message(s), {review} to review, {missing} untranslated");
            }

            return 0;
        }));
        return command;
    }

    public static Command Import()
    {
        var pack = new Option<string?>("--pack") { Description = "Template pack folder (default: the bundled pack)." };
        var files = new Argument<string[]>("FILE") { Description = "PO (.po) or XLIFF (.xlf, .xliff) files from `templates export`.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "Read translated PO or XLIFF files back into the pack's message catalogues; a unit with a broken placeholder rejects the file, and nothing is written.")
        {
            pack, files,
        };
        command.SetAction(parse => CommandContext.Guard(parse, () =>
        {
            var loaded = CommandContext.LoadPack(parse.GetValue(pack), Console.Error);
            if (loaded is null)
            {
                return 2;
            }

            var status = 0;
            foreach (var path in parse.GetValue(files) ?? [])
            {
                var bag = new DiagnosticBag();
                var result = TranslationImporter.Import(loaded, path, bag);
                DiagnosticPrinter.Print(bag.Sorted, Console.Error, CommandContext.StdErrIsTerminal);
                if (result is null)
                {
                    Console.Error.WriteLine($"{PackLoader.Display(path)}: nothing imported");
                    status = 2;
                    continue;
                }

                Console.Out.WriteLine($"{PackLoader.Display(path)}: {result.Changed} message(s) changed, {result.Unchanged} unchanged" +
                    (result.StillFuzzy > 0 ? $", {result.StillFuzzy} still marked for review" : string.Empty) +
                    (result.Files.Count > 0 ? $"; wrote {string.Join(", ", result.Files)}" : string.Empty));
                if (result.Changed > 0)
                {
                    Console.Out.WriteLine($"after reviewing them, record the review with: doctool templates check --accept {result.Language}{(parse.GetValue(pack) is { } p ? " --pack " + p : string.Empty)}");
                }
            }

            return status;
        }));
        return command;
    }
}
