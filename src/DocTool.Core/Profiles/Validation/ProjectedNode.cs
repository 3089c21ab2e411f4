using DocTool.Core.Diagnostics;

namespace DocTool.Core.Profiles.Validation;

/// <summary>A YAML node reached through a JSON Pointer.</summary>
/// <param name="Node">The value node.</param>
/// <param name="Key">The key of the value in its mapping, or null (list items, the root).</param>
/// <param name="Path">The field path for messages: <c>finance.approval_limits[1].max</c>.</param>
/// <param name="Parent">The mapping or list holding the value, or null for the root.</param>
internal sealed record ProjectedNode(YNode Node, YScalar? Key, string Path, YNode? Parent)
{
    public SourceSpan Span => Node.Span;
}
