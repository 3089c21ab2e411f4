using DocTool.Core.Diagnostics;
using Scriban;
using SourceSpan = Scriban.Parsing.SourceSpan;
using Scriban.Runtime;

namespace DocTool.Core.Templating;

/// <summary>
/// Resolves <c>include</c> inside the pack folder only: no absolute paths, no <c>..</c>, no link that
/// leads outside the pack.
/// </summary>
internal sealed class PackTemplateLoader(string packRoot) : ITemplateLoader
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(packRoot)) + Path.DirectorySeparatorChar;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (string.IsNullOrWhiteSpace(templateName) || Path.IsPathRooted(templateName) || templateName.Contains('\\', StringComparison.Ordinal)
            || templateName.Split('/').Any(part => part is ".." or "."))
        {
            throw new HelperException(callerSpan, Codes.BadInclude, $"include \"{templateName}\" is refused: name a file inside the template pack with a relative path such as \"en/_partials/values.md.sbn\" (no absolute paths, no `..`)");
        }

        var full = Path.GetFullPath(Path.Combine(_root, templateName));
        if (!full.StartsWith(_root, StringComparison.Ordinal))
        {
            throw new HelperException(callerSpan, Codes.BadInclude, $"include \"{templateName}\" is outside the template pack");
        }

        // Follow links on every part of the path: a link must not lead out of the pack.
        var resolved = ResolveLinks(full);
        if (!resolved.StartsWith(_root, StringComparison.Ordinal))
        {
            throw new HelperException(callerSpan, Codes.BadInclude, $"include \"{templateName}\" is a link that leads outside the template pack");
        }

        if (!File.Exists(resolved))
        {
            throw new HelperException(callerSpan, Codes.BadInclude, $"include \"{templateName}\": no such file in the template pack");
        }

        return resolved;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        var info = new FileInfo(templatePath);
        if (info.Length > 1024 * 1024)
        {
            throw new HelperException(callerSpan, Codes.BadInclude, "the included file is larger than 1 MiB");
        }

        return File.ReadAllText(templatePath);
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));

    private string ResolveLinks(string path)
    {
        var relative = path[_root.Length..];
        var current = _root.TrimEnd(Path.DirectorySeparatorChar);
        foreach (var part in relative.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null)
                {
                    return current;
                }

                current = target.FullName;
                if (!(current + Path.DirectorySeparatorChar).StartsWith(_root, StringComparison.Ordinal))
                {
                    return current;
                }
            }
        }

        return current;
    }
}
