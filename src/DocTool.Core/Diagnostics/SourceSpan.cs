namespace DocTool.Core.Diagnostics;

/// <summary>A place in a source file: 1-based line and column. Line 0 means "the whole file".</summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    /// <summary>A span that points at a file as a whole.</summary>
    public static SourceSpan ForFile(string file) => new(file, 0, 0);

    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
