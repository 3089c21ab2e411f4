using Markdig.Syntax;

namespace DocTool.Core.Markdown;

/// <summary>The Markdown a template produced, parsed, with its clauses numbered.</summary>
public sealed record ParsedDocument(MarkdownDocument Ast, IReadOnlyList<Clause> Clauses, string Markdown)
{
    /// <summary>The clause of a heading, if the heading is one.</summary>
    public Clause? ClauseOf(HeadingBlock heading) => Clauses.FirstOrDefault(c => ReferenceEquals(c.Heading, heading));
}
