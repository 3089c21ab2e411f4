using DocTool.Core.Diagnostics;

namespace DocTool.Core.Building;

/// <summary>What happened to one work item.</summary>
public enum BatchStatus
{
    /// <summary>Rendered and written.</summary>
    Built,

    /// <summary>Not written: the profile is invalid, the document failed to render, or the output could not be written.</summary>
    Failed,

    /// <summary>Not rebuilt: <c>--incremental</c> found the output up to date.</summary>
    Skipped,
}

/// <summary>One file of a work item, relative to the output folder (as in the manifest).</summary>
public sealed record BatchOutput(string Format, string Path, string Sha256);

/// <summary>
/// The outcome of one work item (profile × document × language). <see cref="Language"/> is null when the
/// profile could not be read far enough to know its languages.
/// </summary>
public sealed record BatchItemResult(string Profile, string Document, string? Language, BatchStatus Status, IReadOnlyList<BatchOutput> Outputs, long DurationMs, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Report order: profile, document, language (ordinal).</summary>
    public static int Compare(BatchItemResult a, BatchItemResult b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var order = string.CompareOrdinal(a.Profile, b.Profile);
        if (order == 0)
        {
            order = string.CompareOrdinal(a.Document, b.Document);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Language, b.Language);
    }
}
