using System.IO.Enumeration;
using System.Text;
using System.Text.RegularExpressions;
using DocTool.Core.Diagnostics;
using DocTool.Core.Packs;

namespace DocTool.Core.Building;

/// <summary>
/// Turns the inputs of <c>doctool batch</c> into profile files: a file is taken as is, a folder gives
/// its <c>*.yaml</c> and <c>*.yml</c> files (recursively), a pattern with <c>*</c>, <c>?</c> or <c>**</c>
/// gives the files it matches. The result has no duplicates and is sorted (ordinal) by displayed path.
/// </summary>
public static class BatchInputs
{
    /// <summary>Expands the inputs; an input that finds no file is a usage error (DT0002).</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs, DiagnosticBag bag)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            IEnumerable<string> files;
            string problem;
            if (File.Exists(input))
            {
                files = [input];
                problem = string.Empty;
            }
            else if (Directory.Exists(input))
            {
                files = Walk(input, deep: true).Where(IsYaml);
                problem = "this folder has no .yaml or .yml file";
            }
            else if (IsPattern(input))
            {
                files = Glob(input);
                problem = "this pattern matches no file";
            }
            else
            {
                files = [];
                problem = "file or folder not found";
            }

            var matched = 0;
            foreach (var file in files)
            {
                found.TryAdd(PackLoader.Display(file), Path.GetFullPath(file));
                matched++;
            }

            if (matched == 0)
            {
                bag.Error(SourceSpan.ForFile(input), Codes.Usage, problem);
            }
        }

        return [.. found.Keys.Order(StringComparer.Ordinal).Select(display => found[display])];
    }

    /// <summary>True for a path with a wildcard.</summary>
    public static bool IsPattern(string input) => input.AsSpan().IndexOfAny('*', '?') >= 0;

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The files a pattern matches: the literal folders before the first wildcard are the base, the rest is matched against paths below it.</summary>
    private static IEnumerable<string> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        var literal = segments.TakeWhile(s => !IsPattern(s)).Count();
        var baseDir = string.Join('/', segments.Take(literal));
        if (baseDir.Length == 0)
        {
            baseDir = normalized.StartsWith('/') ? "/" : ".";
        }

        var rest = string.Join('/', segments.Skip(literal));
        if (!Directory.Exists(baseDir))
        {
            return [];
        }

        var deep = rest.Contains('/', StringComparison.Ordinal) || rest.Contains("**", StringComparison.Ordinal);
        var regex = new Regex(ToRegex(rest), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return Walk(baseDir, deep)
            .Where(f => regex.IsMatch(Path.GetRelativePath(baseDir, f).Replace('\\', '/')));
    }

    /// <summary>
    /// The files below a folder. Folders are searched recursively except those whose name starts with a
    /// dot (<c>.git</c>, <c>.github</c> — a workflow's <c>.yml</c> is not a profile) and folder links, which
    /// could loop or reach far outside the input; unreadable folders are passed over.
    /// </summary>
    private static FileSystemEnumerable<string> Walk(string folder, bool deep)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = deep, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None };
        return new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => entry.ToSpecifiedFullPath(), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) =>
                !entry.FileName.StartsWith(".") && (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
    }

    private static string ToRegex(string glob)
    {
        var sb = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // `**/` is zero or more folders; a trailing `**` is anything.
                if (i + 2 < glob.Length && glob[i + 2] == '/')
                {
                    sb.Append("(?:[^/]+/)*");
                    i += 2;
                }
                else
                {
                    sb.Append(".*");
                    i++;
                }
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        return sb.Append('$').ToString();
    }
}
