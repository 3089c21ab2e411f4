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
        var before = new Argument<string>("OLD") { Description = "The old .docx, or an old build output folder." };
        var after = new Argument<string>("NEW") { Description = "The new .docx, or a new build output folder." };
        var format = new Option<string>("--format") { Description = "text (default) or md (for a pull-request comment).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "md");
        var command = new Command("diff", "Show which clauses were added, removed or changed between two generated versions.") { before, after, format };
        command.SetAction(parse => CommandContext.Guard(parse, () =>
        {
            var oldPath = parse.GetValue(before)!;
            var newPath = parse.GetValue(after)!;
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
