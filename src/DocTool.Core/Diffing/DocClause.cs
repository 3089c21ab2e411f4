namespace DocTool.Core.Diffing;

/// <summary>A clause read back from a generated .docx: its id (from the heading bookmark), heading text and body text.</summary>
public sealed record DocClause(string Id, string Heading, string Text);
