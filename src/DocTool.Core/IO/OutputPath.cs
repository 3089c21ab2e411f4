namespace DocTool.Core.IO;

/// <summary>
/// Joins an output folder and a relative path taken from inputs (organisation slug, language code, document
/// id), and refuses any result that does not lie inside the folder: a pack or profile can never make DocTool
/// write elsewhere, whatever its ids contain.
/// </summary>
public static class OutputPath
{
    /// <summary>The full path of <paramref name="relative"/> inside <paramref name="outputDirectory"/>.</summary>
    /// <exception cref="UnauthorizedAccessException">The path would leave the output folder.</exception>
    public static string Inside(string outputDirectory, string relative)
    {
        ArgumentNullException.ThrowIfNull(outputDirectory);
        ArgumentNullException.ThrowIfNull(relative);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        if (Path.IsPathRooted(relative) || relative.Contains('\0', StringComparison.Ordinal)
            || !Path.GetFullPath(Path.Combine(root, relative)).StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException($"refused to write `{relative}`: it is not inside the output folder {root}");
        }

        return Path.GetFullPath(Path.Combine(root, relative));
    }
}
