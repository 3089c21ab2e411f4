using DocTool.Core.Diagnostics;

namespace DocTool.Core.Profiles;

/// <summary>A node of a profile's YAML, with the place it was read from.</summary>
public abstract class YNode
{
    /// <summary>Where the node starts in the file.</summary>
    public required SourceSpan Span { get; init; }
}

/// <summary>
/// A scalar, typed by the YAML 1.2 core schema: plain <c>2011</c> is a number, <c>"2011"</c> a string,
/// <c>null</c>/<c>~</c>/empty are null, <c>true</c>/<c>false</c> booleans and <c>yes</c> a string.
/// </summary>
public sealed class YScalar : YNode
{
    /// <summary>The text as written (after YAML unescaping).</summary>
    public required string Text { get; init; }

    /// <summary>The typed value: null, bool, long, decimal, double or string.</summary>
    public required object? Value { get; init; }

    /// <summary>True when the scalar was quoted or a block scalar (always a string).</summary>
    public bool Quoted { get; init; }
}

/// <summary>A mapping, keys in file order.</summary>
public sealed class YMapping : YNode
{
    /// <summary>The entries in file order (duplicate keys are reported, the first is kept).</summary>
    public List<KeyValuePair<YScalar, YNode>> Entries { get; } = [];

    /// <summary>Finds the value of a key, or null.</summary>
    public YNode? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (entry.Key.Text == key)
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }

    /// <summary>Finds the key node of a key, or null.</summary>
    public YScalar? KeyNode(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Text == key)
            {
                return entry.Key;
            }
        }

        return null;
    }
}

/// <summary>A sequence.</summary>
public sealed class YSequence : YNode
{
    /// <summary>The items in order.</summary>
    public List<YNode> Items { get; } = [];
}
