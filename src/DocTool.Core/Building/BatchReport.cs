using System.Text.Encodings.Web;
using System.Text.Json;
using DocTool.Core.Diagnostics;
using DocTool.Core.IO;
using DocTool.Core.Packs;

namespace DocTool.Core.Building;

/// <summary>
/// <c>--report FILE</c>: a JSON file with one entry per work item (profile × document × language) in
/// sorted order: status, outputs (format, path relative to the output folder, sha256), duration and
/// diagnostics. Written with <see cref="Utf8JsonWriter"/> (no reflection, so NativeAOT-safe).
/// </summary>
public static class BatchReport
{
    /// <summary>The report as UTF-8 JSON.</summary>
    public static byte[] Create(BatchOutcome outcome, BatchRequest request, TemplatePack pack, string toolVersion)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(pack);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("tool", toolVersion);
            json.WriteStartObject("pack");
            json.WriteString("id", pack.Id);
            json.WriteString("version", pack.Version);
            json.WriteString("sha256", pack.ContentHash);
            json.WriteEndObject();
            json.WriteString("out", request.OutputDirectory);
            if (request.Shard is { } shard)
            {
                json.WriteString("shard", shard.ToString());
            }
            else
            {
                json.WriteNull("shard");
            }

            json.WriteStartObject("summary");
            json.WriteNumber("items", outcome.Items.Count);
            json.WriteNumber("built", outcome.Built);
            json.WriteNumber("failed", outcome.Failed);
            json.WriteNumber("skipped", outcome.Skipped);
            json.WriteNumber("duration_ms", (long)outcome.Elapsed.TotalMilliseconds);
            json.WriteNumber("documents_per_second", Math.Round(outcome.DocumentsPerSecond, 1));
            json.WriteEndObject();

            json.WriteStartArray("items");
            foreach (var item in outcome.Items)
            {
                WriteItem(json, item);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Writes the report atomically.</summary>
    public static void Write(string path, BatchOutcome outcome, BatchRequest request, TemplatePack pack, string toolVersion) =>
        AtomicFile.Write(path, Create(outcome, request, pack, toolVersion));

    /// <summary>The report's name for a status.</summary>
    public static string StatusName(BatchStatus status) => status switch
    {
        BatchStatus.Built => "built",
        BatchStatus.Failed => "failed",
        _ => "skipped",
    };

    private static void WriteItem(Utf8JsonWriter json, BatchItemResult item)
    {
        json.WriteStartObject();
        json.WriteString("profile", item.Profile);
        json.WriteString("doc", item.Document);
        if (item.Language is null)
        {
            json.WriteNull("lang");
        }
        else
        {
            json.WriteString("lang", item.Language);
        }

        json.WriteString("status", StatusName(item.Status));
        json.WriteStartArray("outputs");
        foreach (var output in item.Outputs)
        {
            json.WriteStartObject();
            json.WriteString("format", output.Format);
            json.WriteString("path", output.Path);
            json.WriteString("sha256", output.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("duration_ms", item.DurationMs);
        json.WriteStartArray("diagnostics");
        foreach (var d in item.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
            json.WriteString("code", d.Code);
            json.WriteString("file", d.Span.File);
            json.WriteNumber("line", d.Span.Line);
            json.WriteNumber("column", d.Span.Column);
            json.WriteString("message", d.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
