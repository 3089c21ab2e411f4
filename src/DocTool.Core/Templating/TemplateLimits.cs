namespace DocTool.Core.Templating;

/// <summary>The sandbox bounds every template render runs under.</summary>
public sealed record TemplateLimits
{
    /// <summary>The default bounds: generous for real manuals, tight for runaway templates.</summary>
    public static TemplateLimits Default { get; } = new();

    /// <summary>Most iterations of one loop.</summary>
    public int LoopLimit { get; init; } = 10_000;

    /// <summary>Deepest function or include recursion.</summary>
    public int RecursiveLimit { get; init; } = 64;

    /// <summary>Deepest object nesting when an object is turned into text.</summary>
    public int ObjectRecursionLimit { get; init; } = 16;

    /// <summary>Longest string a template may build or print, in characters.</summary>
    public int LimitToString { get; init; } = 1_000_000;

    /// <summary>Largest output of one document, in characters.</summary>
    public int OutputLimit { get; init; } = 4_000_000;

    /// <summary>Deepest expression nesting accepted by the parser.</summary>
    public int ExpressionDepthLimit { get; init; } = 100;

    /// <summary>Wall-clock time allowed for one render.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);
}
