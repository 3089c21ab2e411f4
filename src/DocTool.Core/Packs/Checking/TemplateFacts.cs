using DocTool.Core.Diagnostics;

namespace DocTool.Core.Packs.Checking;

/// <summary>A clause heading found in a template's text.</summary>
public sealed record ClauseHeading(string Id, int Level, bool IsAnnex, string Title, int Line, string SourceText);

/// <summary>A control-flow construct (if, else if, for, while, case) and its expression, as written.</summary>
public sealed record Condition(string Kind, string Expression, SourceSpan Span);

/// <summary>A profile field read by a template, as a path with <c>[]</c> for list items.</summary>
public sealed record FieldRead(string Path, SourceSpan Span);

/// <summary>What a static walk of one template found, without rendering it.</summary>
public sealed record TemplateFacts(
    string File,
    IReadOnlyList<ClauseHeading> Clauses,
    IReadOnlyList<Condition> Conditions,
    IReadOnlyList<FieldRead> Reads,
    IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>Every <c>m "id" {…}</c> call of a skeleton, in order.</summary>
    public IReadOnlyList<MessageCall> Messages { get; init; } = [];
}

/// <summary>A skeleton's call of a message: its id, the names of the values passed, and where.</summary>
public sealed record MessageCall(string Id, IReadOnlyList<string> Passed, SourceSpan Span);
