using DocTool.Core.Diagnostics;

namespace DocTool.Core.Building;

/// <summary>The outcome of a batch: exit code, every work item in report order, and every diagnostic.</summary>
public sealed record BatchOutcome(int ExitCode, IReadOnlyList<BatchItemResult> Items, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed)
{
    /// <summary>Work items built.</summary>
    public int Built => Items.Count(i => i.Status == BatchStatus.Built);

    /// <summary>Work items that failed.</summary>
    public int Failed => Items.Count(i => i.Status == BatchStatus.Failed);

    /// <summary>Work items skipped as up to date.</summary>
    public int Skipped => Items.Count(i => i.Status == BatchStatus.Skipped);

    /// <summary>Documents built per second of wall-clock time.</summary>
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Built / Elapsed.TotalSeconds : 0;

    /// <summary>A usage error: nothing was attempted.</summary>
    public static BatchOutcome Usage(IReadOnlyList<Diagnostic> diagnostics) => new(2, [], diagnostics, TimeSpan.Zero);
}
