namespace DocTool.Cli;

/// <summary>Finds the template pack shipped with the tool.</summary>
internal static class BundledPack
{
    public const string DefaultPackName = "nswp";

    /// <summary>The bundled pack folder: beside the executable, else (in a source checkout) the repo's templates/.</summary>
    public static string Folder()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "templates", DefaultPackName);
        if (File.Exists(Path.Combine(beside, "pack.yaml")))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates", DefaultPackName);
            if (File.Exists(Path.Combine(candidate, "pack.yaml")))
            {
                return candidate;
            }
        }

        return beside;
    }
}
