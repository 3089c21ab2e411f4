using DocTool.Core.Diagnostics;

namespace DocTool.Core.Building;

/// <summary>What an override does to a model clause.</summary>
public enum OverrideAction
{
    /// <summary>Replace the clause (with its sub-clauses) by new text.</summary>
    Replace,

    /// <summary>Insert new text after the clause (and its sub-clauses).</summary>
    InsertAfter,

    /// <summary>Remove the clause and its sub-clauses.</summary>
    Remove,
}

/// <summary>One adaptation of a model clause, read from a profile's overrides folder.</summary>
public sealed record ClauseOverride(
    string Document,
    string Clause,
    OverrideAction Action,
    IReadOnlyDictionary<string, string> Text,
    string? ModelHash,
    SourceSpan Span);
