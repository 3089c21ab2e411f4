using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DocTool.Core.Building;

/// <summary>
/// <c>manifest.json</c> in the output folder: every file written (path, org, doc, lang, title, sha256).
/// Entries from earlier builds into the same folder are kept unless rewritten; sorted by path.
/// </summary>
public static class Manifest
{
    /// <summary>The manifest file name.</summary>
    public const string FileName = "manifest.json";

    /// <summary>The pattern of the manifests <c>batch --shard K/N</c> writes beside <c>manifest.json</c>.</summary>
    public const string ShardPattern = "manifest.shard-*.json";

    /// <summary>
    /// <c>manifest.shard-K-of-N.json</c>: the manifest of one shard, written beside <c>manifest.json</c> so
    /// that shard folders downloaded into one folder keep every shard's list (their <c>manifest.json</c>
    /// files overwrite each other); <c>doctool manifest merge</c> and <c>--incremental</c> read them all.
    /// </summary>
    public static string ShardFileName(ShardSpec shard) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"manifest.shard-{shard.Index}-of-{shard.Count}.json");

    /// <summary>The manifests of a folder: <c>manifest.json</c> (when present) and the shard manifests, in ordinal order.</summary>
    public static IReadOnlyList<string> FilesIn(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var main = Path.Combine(folder, FileName);
        var shards = Directory.EnumerateFiles(folder, ShardPattern).Order(StringComparer.Ordinal);
        return [.. (File.Exists(main) ? [main] : Array.Empty<string>()).Concat(shards)];
    }

    /// <summary>Merges the files into the folder's manifest and returns the new JSON.</summary>
    public static byte[] Merge(string outputDirectory, IEnumerable<BuiltFile> files, string toolVersion, string packId, string packVersion, string packSha256) =>
        MergeInto(Path.Combine(outputDirectory, FileName), files, toolVersion, packId, packVersion, packSha256);

    /// <summary>Merges the files into the manifest at <paramref name="path"/> and returns the new JSON.</summary>
    public static byte[] MergeInto(string path, IEnumerable<BuiltFile> files, string toolVersion, string packId, string packVersion, string packSha256)
    {
        var entries = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            try
            {
                if (JsonNode.Parse(File.ReadAllText(path))?["files"] is JsonArray existing)
                {
                    foreach (var item in existing.OfType<JsonObject>())
                    {
                        if (item["path"]?.GetValue<string>() is { } p)
                        {
                            entries[p] = (JsonObject)item.DeepClone();
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // A damaged manifest is rebuilt from this run.
            }
        }

        foreach (var f in files)
        {
            entries[f.RelativePath] = new JsonObject
            {
                ["path"] = f.RelativePath,
                ["org"] = f.Org,
                ["doc"] = f.Document,
                ["lang"] = f.Language,
                ["title"] = f.Title,
                ["format"] = f.Format,
                ["sha256"] = f.Sha256,
                ["profile_sha256"] = f.ProfileSha256,
                ["pack_sha256"] = packSha256,
                ["tool"] = toolVersion,
            };
        }

        return Serialize(toolVersion, new JsonObject { ["id"] = packId, ["version"] = packVersion, ["sha256"] = packSha256 }, entries.Values);
    }

    /// <summary>The manifest JSON for entries already made.</summary>
    internal static byte[] Serialize(string? toolVersion, JsonNode? pack, IEnumerable<JsonObject> entries)
    {
        var root = new JsonObject
        {
            ["tool"] = toolVersion,
            ["pack"] = pack?.DeepClone(),
            ["files"] = new JsonArray([.. entries]),
        };
        var json = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return Encoding.UTF8.GetBytes(json.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
    }
}
