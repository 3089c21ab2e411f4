namespace DocTool.Core.Profiles;

/// <summary>A profile read from disk and validated.</summary>
public sealed record LoadedProfile(string Path, string Display, YMapping Root, string Sha256)
{
    /// <summary>A scalar at a dotted path ("org.short_name"), or null.</summary>
    public object? Value(string dottedPath)
    {
        YNode? node = Root;
        foreach (var part in dottedPath.Split('.'))
        {
            node = (node as YMapping)?[part];
        }

        return (node as YScalar)?.Value;
    }

    /// <summary>A list of scalars at a dotted path, or empty.</summary>
    public IReadOnlyList<string> List(string dottedPath)
    {
        YNode? node = Root;
        foreach (var part in dottedPath.Split('.'))
        {
            node = (node as YMapping)?[part];
        }

        return node is YSequence seq ? [.. seq.Items.OfType<YScalar>().Select(s => s.Text)] : [];
    }

    /// <summary>The folder of the profile (logo paths are relative to it).</summary>
    public string Folder => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
}
