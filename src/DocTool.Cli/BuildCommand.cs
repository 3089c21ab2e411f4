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
        var pdf = new Option<bool>("--pdf") { Description = "Also write a PDF next to each .docx (needs LibreOffice's soffice on PATH)." };
        var command = new Command("build", "Build the documents of one profile into .docx files.")
        {
            profile, docs, langs, output, pack, format, pdf, reference, fallback,
        };
        command.SetAction(parse => CommandContext.Guard(parse, () =>
        {
            var formats = Formats.Parse(parse.GetValue(format));
            if (formats is null)
            {
                Console.Error.WriteLine($"doctool: error DT0002: --format takes docx, md or docx,md");
                return 2;
            }

            string? soffice = null;
            if (parse.GetValue(pdf))
            {
                soffice = PdfConverter.FindSoffice();
                if (soffice is null || !formats.Value.HasFlag(OutputFormat.Docx))
                {
                    Console.Error.WriteLine(soffice is null
                        ? "doctool: error DT0501: --pdf needs LibreOffice, and `soffice` is not on PATH (on Debian/Ubuntu: apt-get install libreoffice-writer-nogui); nothing was written"
                        : "doctool: error DT0002: --pdf needs --format docx");
                    return 2;
                }
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
                if (soffice is not null)
                {
                    var docxFiles = outcome.Written.Where(f => f.Format == "docx").Select(f => Path.Combine(request.OutputDirectory, f.RelativePath)).ToList();
                    var (written, errors) = PdfConverter.Convert(soffice, docxFiles, TimeSpan.FromMinutes(2));
                    foreach (var file in written)
                    {
                        Console.Out.WriteLine($"wrote {file}");
                    }

                    foreach (var error in errors)
                    {
                        Console.Error.WriteLine($"{error.Split(": ")[0]}: error DT0502: {error[(error.IndexOf(": ", StringComparison.Ordinal) + 2)..]}");
                    }

                    return errors.Count > 0 ? 1 : 0;
                }
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
