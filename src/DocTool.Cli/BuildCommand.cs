using System.CommandLine;
using DocTool.Core.Building;

namespace DocTool.Cli;

/// <summary><c>doctool build PROFILE [--doc ID]... [--lang CODE]... [--out DIR] [--pack DIR] [--format docx,md]</c>.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var profile = new Argument<string[]>("PROFILE") { Description = "One or more organisation profiles (YAML, format v1).", Arity = ArgumentArity.OneOrMore };
        var docs = new Option<string[]>("--doc") { Description = "A document id to build (repeatable; default: every document of the pack).", AllowMultipleArgumentsPerToken = false };
        var langs = new Option<string[]>("--lang") { Description = "A language to build (repeatable; default: the profile's languages.generate).", AllowMultipleArgumentsPerToken = false };
        var output = new Option<string>("--out") { Description = "Output folder.", DefaultValueFactory = _ => "out" };
        var pack = new Option<string?>("--pack") { Description = "Template pack folder (default: the bundled nswp pack)." };
        var format = new Option<string>("--format") { Description = "What to write: docx, md, or docx,md.", DefaultValueFactory = _ => "docx" };
        var reference = new Option<string?>("--reference-doc") { Description = "A Word file whose styles, fonts, page size and margins the documents take (overrides org.branding.reference_doc)." };
        var fallback = new Option<bool>("--allow-fallback") { Description = "Where a text field of the profile lacks a language, use the primary language's text and list each use as a warning (default: an error naming each field)." };
        var pdf = new Option<bool>("--pdf") { Description = "Also write a tagged PDF next to each .docx, and fill the contents' page numbers from LibreOffice's layout (needs LibreOffice's soffice on PATH)." };
        var pageNumbers = new Option<bool>("--page-numbers") { Description = "Fill the contents' page numbers from LibreOffice's layout without writing PDFs (implied by --pdf)." };
        var command = new Command("build", "Build the documents of one profile into .docx files.")
        {
            profile, docs, langs, output, pack, format, pdf, pageNumbers, reference, fallback,
        };
        command.SetAction(parse => CommandContext.Guard(parse, () =>
        {
            var formats = Formats.Parse(parse.GetValue(format));
            if (formats is null)
            {
                Console.Error.WriteLine($"doctool: error DT0002: --format takes docx, md or docx,md");
                return 2;
            }

            var layout = PdfCommandOptions.Resolve(parse.GetValue(pdf), parse.GetValue(pageNumbers), formats.Value, Environment.ProcessorCount);
            if (layout.ExitCode != 0)
            {
                return layout.ExitCode;
            }

            var languages = LanguageArgs.Normalize(parse.GetValue(langs));
            Prewarm.Start(languages);
            var loaded = CommandContext.LoadPack(parse.GetValue(pack), Console.Error);
            if (loaded is null)
            {
                return 2;
            }

            var request = new BuildRequest
            {
                ProfilePaths = parse.GetValue(profile)!,
                Documents = parse.GetValue(docs) ?? [],
                Languages = languages,
                OutputDirectory = parse.GetValue(output)!,
                Formats = formats.Value,
                ReferenceDoc = parse.GetValue(reference),
                AllowFallback = parse.GetValue(fallback),
                Pdf = layout.Options,
            };
            var outcome = new Builder(loaded, CommandContext.ToolVersion).Build(request, CommandContext.Cancellation.Token);
            DiagnosticPrinter.Print(outcome.Diagnostics, Console.Error, CommandContext.StdErrIsTerminal);
            foreach (var file in outcome.Written)
            {
                Console.Out.WriteLine($"wrote {Path.Combine(request.OutputDirectory, file.RelativePath)}");
            }

            if (outcome.ExitCode == 0)
            {
                Console.Out.WriteLine($"wrote {Path.Combine(request.OutputDirectory, Manifest.FileName)} ({outcome.Written.Count} file(s))");
                if (request.Pdf is null && outcome.Written.Any(f => f.Format == "docx"))
                {
                    PdfCommandOptions.PrintNoLayoutNote(Console.Error);
                }
            }
            else if (outcome.ExitCode == 1 && request.Pdf is not null && outcome.Written.Count > 0)
            {
                Console.Out.WriteLine($"wrote {Path.Combine(request.OutputDirectory, Manifest.FileName)} ({outcome.Written.Count} file(s)); some PDFs failed, see above");
                return 1;
            }
            else
            {
                Console.Error.WriteLine(outcome.ExitCode == 2 ? "doctool: nothing was written" : "doctool: the build failed");
            }

            return outcome.ExitCode;
        }));
        return command;
    }
}
