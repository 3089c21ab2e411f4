using System.CommandLine;
using DocTool.Core.Diffing;
using DocTool.Core.IO;

namespace DocTool.Cli;

/// <summary>
/// <c>doctool diff OLD NEW [--format text|md]</c>: a clause-aware diff of two .docx files or two build
/// output folders. Exit 0 and "no changes" when identical, 1 when they differ, 2 on bad input.
/// </summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var before = new Argument<string?>("OLD") { Description = "The old .docx, or an old build output folder.", Arity = ArgumentArity.ZeroOrOne };
        var after = new Argument<string?>("NEW") { Description = "The new .docx, or a new build output folder.", Arity = ArgumentArity.ZeroOrOne };
        var redline = new Option<string?>("--redline") { Description = "Write a Word document with the changes as tracked revisions (two .docx files, or --model)." };
        var model = new Option<string?>("--model") { Description = "With --redline, --doc and --lang: compare the profile's document with the unadapted model (the profile built without its clause overrides)." };
        var doc = new Option<string?>("--doc") { Description = "With --model: the document id." };
        var lang = new Option<string?>("--lang") { Description = "With --model: the language (default: the profile's primary language)." };
        var format = new Option<string>("--format") { Description = "text (default) or md (for a pull-request comment).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "md");
        var command = new Command("diff", "Show which clauses were added, removed or changed between two generated versions.") { before, after, format, redline, model, doc, lang };
        command.SetAction(parse => CommandContext.Guard(parse, () =>
        {
            if (parse.GetValue(redline) is { } redlinePath)
            {
                return RedlineCommand.Run(parse.GetValue(before), parse.GetValue(after), redlinePath, parse.GetValue(model), parse.GetValue(doc), parse.GetValue(lang));
            }

            if (parse.GetValue(model) is not null || parse.GetValue(doc) is not null || parse.GetValue(lang) is not null)
            {
                Console.Error.WriteLine("doctool: error DT0002: --model, --doc and --lang go with --redline OUT.docx");
                return 2;
            }

            if (parse.GetValue(before) is not { } oldPath || parse.GetValue(after) is not { } newPath)
            {
                Console.Error.WriteLine("doctool: error DT0002: give OLD and NEW (two .docx files or two build output folders)");
                return 2;
            }

            List<DocumentDiff> documents;
            try
            {
                documents = (Directory.Exists(oldPath), Directory.Exists(newPath)) switch
                {
                    (true, true) => CompareFolders(oldPath, newPath),
                    (false, false) when File.Exists(oldPath) && File.Exists(newPath) => [Compare(Path.GetFileName(newPath), oldPath, newPath)],
                    _ => throw new FileNotFoundException("give two .docx files or two folders that exist"),
                };
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or System.Xml.XmlException or FormatException)
            {
                Console.Error.WriteLine($"doctool: error DT0100: cannot compare: {e.Message}");
                return 2;
            }

            documents.RemoveAll(d => d.Only is null && d.Changes.Count == 0);
            if (documents.Count == 0)
            {
                Console.Out.WriteLine("no changes");
                return 0;
            }

            Console.Out.Write(ClauseDiff.Render(documents, parse.GetValue(format) == "md"));
            return 1;
        }));
        return command;
    }

    private static List<DocumentDiff> CompareFolders(string oldRoot, string newRoot)
    {
        static SortedSet<string> Files(string root) =>
            new(Directory.EnumerateFiles(root, "*.docx", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true }).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')), StringComparer.Ordinal);

        var oldFiles = Files(oldRoot);
        var newFiles = Files(newRoot);
        var result = new List<DocumentDiff>();
        foreach (var path in oldFiles.Union(newFiles).Order(StringComparer.Ordinal))
        {
            if (!newFiles.Contains(path))
            {
                result.Add(new DocumentDiff(path, "removed", []));
            }
            else if (!oldFiles.Contains(path))
            {
                result.Add(new DocumentDiff(path, "added", []));
            }
            else if (Compare(path, Path.Combine(oldRoot, path), Path.Combine(newRoot, path)) is { Changes.Count: > 0 } diff)
            {
                result.Add(diff);
            }
        }

        return result;
    }

    // A .docx DocTool writes is well under a megabyte; a board's edited copy with pictures a few.
    private const long MaxDocxBytes = 64L * 1024 * 1024;

    private static DocumentDiff Compare(string display, string oldFile, string newFile)
    {
        var changes = ClauseDiff.Compare(DocxClauseReader.Read(InputFile.ReadAllBytes(oldFile, MaxDocxBytes)), DocxClauseReader.Read(InputFile.ReadAllBytes(newFile, MaxDocxBytes)));
        return new DocumentDiff(display, null, changes);
    }
}
