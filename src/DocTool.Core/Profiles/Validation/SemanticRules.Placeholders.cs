using DocTool.Core.Diagnostics;

namespace DocTool.Core.Profiles.Validation;

/// <summary>Texts that still hold the <c>TODO</c> placeholder <c>doctool init</c> writes where a translation is needed.</summary>
internal static partial class SemanticRules
{
    /// <summary>The start of every placeholder <c>doctool init</c> writes (<c>TODO(ru): Board</c>).</summary>
    public const string PlaceholderMark = "TODO";

    private static void Placeholders(YMapping root, DiagnosticBag bag)
    {
        // The tree is at most ProfileLimits.MaxDepth deep (checked when it was read): an explicit stack anyway.
        var stack = new Stack<(YNode Node, string Path)>();
        stack.Push((root, string.Empty));
        var found = new List<(YScalar Scalar, string Path)>();
        while (stack.Count > 0)
        {
            var (node, path) = stack.Pop();
            switch (node)
            {
                case YScalar { Value: string text } scalar when text.StartsWith(PlaceholderMark, StringComparison.Ordinal):
                    found.Add((scalar, path));
                    break;
                case YMapping map:
                    foreach (var (key, value) in map.Entries)
                    {
                        stack.Push((value, path.Length == 0 ? key.Text : $"{path}.{key.Text}"));
                    }

                    break;
                case YSequence seq:
                    for (var i = 0; i < seq.Items.Count; i++)
                    {
                        stack.Push((seq.Items[i], $"{path}[{i}]"));
                    }

                    break;
            }
        }

        foreach (var (scalar, path) in found)
        {
            bag.Warning(scalar.Span, Codes.Placeholder, $"`{path}` still holds the placeholder \"{scalar.Text}\"; write the text in that language (it would be printed as it is)");
        }
    }
}
