using DocTool.Core.Building;
using DocTool.Core.Diagnostics;
using DocTool.Core.Diffing.Redline;
using DocTool.Core.IO;
using DocTool.Core.Profiles;
using DocTool.Core.Templating;

namespace DocTool.Cli;

/// <summary>
/// <c>doctool diff OLD.docx NEW.docx --redline OUT.docx</c> and
/// <c>doctool diff --model PROFILE --doc ID [--lang L] --redline OUT.docx</c>: the changes as Word tracked revisions.
/// </summary>
internal static class RedlineCommand
{
    public static int Run(string? oldPath, string? newPath, string output, string? modelProfile, string? docId, string? language)
    {
        if (!output.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine($"--redline: error DT0002: `{output}` should end in .docx (the redline is a Word document)");
            return 2;
        }

        if (!CommandContext.CheckOutputFile(output))
        {
            return 1;
        }

        byte[] bytes;
        if (modelProfile is not null)
        {
            if (oldPath is not null || docId is null)
            {
                Console.Error.WriteLine("doctool: error DT0002: --model takes one profile and --doc ID (and optionally --lang), without OLD and NEW: `doctool diff --model profile.yaml --doc membership-rules --lang fr --redline out.docx`");
                return 2;
            }

            var pack = CommandContext.LoadPack(null, Console.Error);
            if (pack is null)
            {
                return 2;
            }

            var bag = new DiagnosticBag();
            var document = pack.SelectDocuments([docId], bag).FirstOrDefault();
            var profile = document is null ? null : ProfileLoader.Load(modelProfile, pack, bag);
            var lang = LanguageArgs.Normalize(language is null ? [] : [language]) is { Length: > 0 } l ? l[0] : profile?.Value("languages.primary") as string ?? "en";
            var written = profile is null ? null : ModelRedline.Write(profile, new DocumentRenderer(new TemplateEngine(pack)), document!, lang, bag);
            DiagnosticPrinter.Print(bag.Sorted, Console.Error, CommandContext.StdErrIsTerminal);
            if (written is null)
            {
                return 2;
            }

            bytes = written;
        }
        else
        {
            if (oldPath is null || newPath is null || !File.Exists(oldPath) || !File.Exists(newPath))
            {
                Console.Error.WriteLine("doctool: error DT0100: --redline compares two .docx files that exist (or use --model PROFILE --doc ID)");
                return 2;
            }

            try
            {
                var before = RedlineSource.Read(File.ReadAllBytes(oldPath));
                var after = RedlineSource.Read(File.ReadAllBytes(newPath));
                var reason = ModelRedline.Reason(before, after);
                bytes = RedlineWriter.Write(before, after, (_, _) => reason);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or System.Xml.XmlException)
            {
                Console.Error.WriteLine($"doctool: error DT0100: cannot compare: {e.Message}");
                return 2;
            }
        }

        AtomicFile.Write(output, bytes);
        Console.Out.WriteLine($"wrote {output}");
        return 0;
    }
}
