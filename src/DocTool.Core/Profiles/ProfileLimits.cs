namespace DocTool.Core.Profiles;

/// <summary>Bounds on what a profile file may cost to read. Hostile input fails fast against these.</summary>
public sealed record ProfileLimits
{
    /// <summary>The default bounds.</summary>
    public static ProfileLimits Default { get; } = new();

    /// <summary>Largest file accepted, in bytes.</summary>
    public int MaxBytes { get; init; } = 1024 * 1024;

    /// <summary>Deepest nesting of mappings and sequences.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Most nodes after expanding aliases.</summary>
    public int MaxNodes { get; init; } = 50_000;

    /// <summary>Most characters of text in all scalars, after expanding aliases (a 1 MiB file holds at most about a million).</summary>
    public long MaxExpandedCharacters { get; init; } = 2_000_000;

    /// <summary>
    /// Longest line, in characters. The YAML scanner's time grows with the square of a line's length: a
    /// 1 MB line took 13 to 24 s; 200,000 characters leave room for long flow lists and take under a second.
    /// </summary>
    public int MaxLineLength { get; init; } = 200_000;

    /// <summary>
    /// Refuse values holding control characters (written with YAML escapes). Profiles and override files
    /// refuse them; a pack's own files report them where they are used, with their own messages.
    /// </summary>
    public bool RefuseControlCharacters { get; init; } = true;

    /// <summary>Longest single string, in characters.</summary>
    public int MaxStringLength { get; init; } = 10_000;
}
