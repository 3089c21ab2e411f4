namespace DocTool.Core.IO;

/// <summary>
/// Paths built from untrusted parts (an organisation slug, a language code, a document id, a file a pack names)
/// that must stay inside one folder: the output folder for what DocTool writes, the pack folder for what it reads.
/// A pack or profile can never make DocTool write or read elsewhere, whatever its ids contain.
/// </summary>
public static class ConfinedPath
{
    /// <summary>True when <paramref name="relative"/> names a path strictly inside <paramref name="folder"/>.</summary>
    public static bool IsInside(string folder, string relative)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(relative);
        if (Path.IsPathRooted(relative) || relative.Contains('\0', StringComparison.Ordinal))
        {
            return false;
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        return Path.GetFullPath(Path.Combine(root, relative)).StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>The full path of <paramref name="relative"/> inside <paramref name="outputDirectory"/>.</summary>
    /// <exception cref="UnauthorizedAccessException">The path would leave the output folder.</exception>
    public static string Inside(string outputDirectory, string relative)
    {
        if (!IsInside(outputDirectory, relative))
        {
            throw new UnauthorizedAccessException($"refused to write `{relative}`: it is not inside the output folder {Path.GetFullPath(outputDirectory)}");
        }

        return Path.GetFullPath(Path.Combine(outputDirectory, relative));
    }
}
