namespace DocTool.Tests.Support;

/// <summary>Paths inside the repository.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Pack => Path.Combine(Root, "templates", "nswp");

    public static IEnumerable<string> SampleProfiles() =>
        Directory.EnumerateFiles(Samples, "*.yaml").Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocTool.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DocTool.sln not found above " + AppContext.BaseDirectory);
    }
}
