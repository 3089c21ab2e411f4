namespace DocTool.Core.Building;

/// <summary>What to write for each document.</summary>
[Flags]
public enum OutputFormat
{
    /// <summary>Nothing (render and check only).</summary>
    None = 0,

    /// <summary>Word .docx.</summary>
    Docx = 1,

    /// <summary>The rendered Markdown (for review and diffs).</summary>
    Markdown = 2,
}
