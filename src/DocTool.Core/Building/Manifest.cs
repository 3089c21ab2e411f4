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

    /// <summary>Merges the files into the folder's manifest and returns the new JSON.</summary>
    public static byte[] Merge(string outputDirectory, IEnumerable<BuiltFile> files, string toolVersion, string packId, string packVersion, string packSha256)
    {
        var entries = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        var path = Path.Combine(outputDirectory, FileName);
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

        var root = new JsonObject
        {
            ["tool"] = toolVersion,
            ["pack"] = new JsonObject { ["id"] = packId, ["version"] = packVersion, ["sha256"] = packSha256 },
            ["files"] = new JsonArray([.. entries.Values]),
        };
        var json = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return Encoding.UTF8.GetBytes(json.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
    }
}
