using DocTool.Core.Diagnostics;
using DocTool.Core.Profiles;

namespace DocTool.Core.Building;

/// <summary>
/// The profiles named on a command line: files as given, folders and quoted patterns as
/// <see cref="BatchInputs"/> expands them, less the YAML files inside an overrides folder that one of
/// the profiles names (those are adaptations, not profiles).
/// </summary>
public static class ProfileDiscovery
{
    /// <summary>
    /// For <c>build</c> and <c>validate</c>: a plain path is kept as typed (a missing file is then reported
    /// by the profile loader), a folder or pattern is expanded; found files inside an overrides folder are left out.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs, DiagnosticBag bag)
    {
        var result = new List<string>();
        var searched = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (!Directory.Exists(input) && !BatchInputs.IsPattern(input))
            {
                if (seen.Add(Path.GetFullPath(input)))
                {
                    result.Add(input);
                }

                continue;
            }

            foreach (var file in BatchInputs.Expand([input], bag))
            {
                var display = Packs.PackLoader.Display(file);
                if (seen.Add(file))
                {
                    result.Add(display);
                    searched.Add(display);
                }
            }
        }

        if (searched.Count == 0)
        {
            return result;
        }

        var folders = result.Select(OverridesFolderOf).OfType<string>().ToList();
        return [.. result.Where(f => !searched.Contains(f) || !IsInside(f, folders))];
    }

    /// <summary>The full path of the overrides folder a profile names, or null (also for a file that cannot be read).</summary>
    public static string? OverridesFolderOf(string profilePath)
    {
        var root = YamlReader.ReadFile(profilePath, profilePath, new DiagnosticBag());
        return root is null ? null : OverridesFolderOf(profilePath, root);
    }

    /// <summary>The full path of the overrides folder named in a profile's YAML, or null.</summary>
    public static string? OverridesFolderOf(string profilePath, YMapping root)
    {
        if ((root["overrides"] as YMapping)?["folder"] is not YScalar { Value: string relative } || relative.Length == 0)
        {
            return null;
        }

        try
        {
            return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(profilePath))!, relative));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="path"/> lies inside one of <paramref name="folders"/>.</summary>
    public static bool IsInside(string path, IReadOnlyCollection<string> folders)
    {
        var full = Path.GetFullPath(path);
        return folders.Any(folder => full.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }
}
