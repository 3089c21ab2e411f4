using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace DocTool.Core.Profiles.Validation;

/// <summary>
/// A profile's YAML tree written as JSON for the schema evaluator, with every JSON Pointer mapped
/// back to the YAML node (and key) it came from, so errors are reported at the YAML line and column.
/// </summary>
internal sealed class JsonProjection : IDisposable
{
    private readonly Dictionary<string, ProjectedNode> _nodes = new(StringComparer.Ordinal);
    private readonly int _maxNodes;

    private JsonProjection(YMapping root, int maxNodes)
    {
        _maxNodes = maxNodes;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, root, string.Empty, string.Empty, null, null);
        }

        Document = _nodes.Count > maxNodes ? null : JsonDocument.Parse(buffer.WrittenMemory);
    }

    /// <summary>The JSON document, or null when the tree expands to more than the node limit.</summary>
    public JsonDocument? Document { get; }

    /// <summary>
    /// Projects a tree. A tree built with aliases shares nodes, and expanded it can be far larger than
    /// the file: past <paramref name="maxNodes"/> values the projection stops and <see cref="Document"/> is null.
    /// </summary>
    public static JsonProjection Create(YMapping root, int maxNodes) => new(root, maxNodes);

    /// <summary>The YAML node at a JSON Pointer, or null.</summary>
    public ProjectedNode? Find(string pointer) => _nodes.GetValueOrDefault(pointer);

    public void Dispose() => Document?.Dispose();

    private void Write(Utf8JsonWriter writer, YNode node, string pointer, string path, YScalar? key, YNode? parent)
    {
        if (_nodes.Count > _maxNodes)
        {
            return;
        }

        _nodes[pointer] = new ProjectedNode(node, key, path, parent);
        switch (node)
        {
            case YMapping map:
                writer.WriteStartObject();
                foreach (var (k, value) in map.Entries)
                {
                    writer.WritePropertyName(k.Text);
                    Write(writer, value, Pointer.Append(pointer, k.Text), path.Length == 0 ? k.Text : path + "." + k.Text, k, map);
                }

                writer.WriteEndObject();
                break;
            case YSequence seq:
                writer.WriteStartArray();
                for (var i = 0; i < seq.Items.Count; i++)
                {
                    var index = i.ToString(CultureInfo.InvariantCulture);
                    Write(writer, seq.Items[i], Pointer.Append(pointer, index), path + "[" + index + "]", null, seq);
                }

                writer.WriteEndArray();
                break;
            case YScalar scalar:
                WriteScalar(writer, scalar);
                break;
            default:
                throw new InvalidOperationException("unknown YAML node " + node.GetType().Name);
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, YScalar scalar)
    {
        switch (scalar.Value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case decimal d:
                writer.WriteNumberValue(d);
                break;
            case double d when double.IsFinite(d):
                writer.WriteNumberValue(d);
                break;
            default:
                // Strings, and .inf/.nan which JSON cannot hold: the text as written.
                writer.WriteStringValue(scalar.Text);
                break;
        }
    }
}
