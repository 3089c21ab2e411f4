namespace DocTool.Core.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>Worth a look; the output is still produced.</summary>
    Warning,

    /// <summary>The input is wrong; nothing is written.</summary>
    Error,
}
