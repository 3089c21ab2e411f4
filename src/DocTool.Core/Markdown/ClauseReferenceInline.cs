using Markdig.Syntax.Inlines;

namespace DocTool.Core.Markdown;

/// <summary>
/// A resolved <c>ref "clause-id"</c> of a numbered clause: the clause's number in text, and in Word a
/// <c>REF</c> field to the clause's bookmark with the number pre-filled, so the reference follows the
/// clause when a board renumbers the document in Word.
/// </summary>
public sealed class ClauseReferenceInline(Clause clause) : LeafInline
{
    /// <summary>The clause referred to.</summary>
    public Clause Clause { get; } = clause;

    /// <inheritdoc/>
    public override string ToString() => Clause.Number;
}
