using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DocTool.Core.Building;

/// <summary>
/// What the output folder's manifest says was built, for <c>--incremental</c>: an output is up to date
/// when its manifest entry records the same profile SHA-256, pack SHA-256 and tool version, and the file
/// is still there with the recorded SHA-256.
/// </summary>
public sealed class IncrementalState
{
    private readonly Dictionary<string, List<Entry>> _entries;
    private readonly string _outputDirectory;

    private IncrementalState(string outputDirectory, Dictionary<string, List<Entry>> entries)
    {
        _outputDirectory = outputDirectory;
        _entries = entries;
    }

    /// <summary>Number of entries read from the manifest.</summary>
    public int Count => _entries.Count;

    /// <summary>Reads the manifest of an output folder (an absent or damaged manifest is empty: everything is built).</summary>
    public static IncrementalState Load(string outputDirectory)
    {
        // manifest.json and the shard manifests beside it (shard folders downloaded into one folder): an
        // entry is used only when its file still has the recorded SHA-256, so which manifest won does not matter.
        var entries = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var path in Manifest.FilesIn(outputDirectory))
        {
            try
            {
                if (JsonNode.Parse(File.ReadAllText(path))?["files"] is JsonArray files)
                {
                    foreach (var item in files.OfType<JsonObject>())
                    {
                        if (Text(item, "path") is { } p && Text(item, "sha256") is { } sha)
                        {
                            var entry = new Entry(sha, Text(item, "profile_sha256"), Text(item, "pack_sha256"), Text(item, "tool"));
                            if (entries.TryGetValue(p, out var list))
                            {
                                list.Add(entry);
                            }
                            else
                            {
                                entries[p] = [entry];
                            }
                        }
                    }
                }
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // A damaged manifest adds nothing: what it listed is built again.
            }
        }

        return new IncrementalState(outputDirectory, entries);
    }

    /// <summary>
    /// The recorded SHA-256 of an output when it is up to date; null when it must be built. A profile's
    /// assets (its logo) are not in the manifest: an asset modified after the output was written makes it stale.
    /// </summary>
    public string? UpToDate(string relativePath, string profileSha256, string packSha256, string tool, DateTime? assetsWrittenUtc)
    {
        var candidates = _entries.TryGetValue(relativePath, out var list)
            ? list.Where(e => e.ProfileSha256 == profileSha256 && e.PackSha256 == packSha256 && e.Tool == tool).ToList()
            : [];
        if (candidates.Count == 0)
        {
            return null;
        }

        var full = Path.Combine(_outputDirectory, relativePath);
        try
        {
            var info = new FileInfo(full);
            if (!info.Exists || (assetsWrittenUtc is { } assets && assets > info.LastWriteTimeUtc))
            {
                return null;
            }

            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan);
            var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
            return candidates.Exists(e => e.Sha256 == actual) ? actual : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? Text(JsonObject item, string key) =>
        item[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private sealed record Entry(string Sha256, string? ProfileSha256, string? PackSha256, string? Tool);
}
