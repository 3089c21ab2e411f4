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
    private readonly Dictionary<string, Entry> _entries;
    private readonly string _outputDirectory;

    private IncrementalState(string outputDirectory, Dictionary<string, Entry> entries)
    {
        _outputDirectory = outputDirectory;
        _entries = entries;
    }

    /// <summary>Number of entries read from the manifest.</summary>
    public int Count => _entries.Count;

    /// <summary>Reads the manifest of an output folder (an absent or damaged manifest is empty: everything is built).</summary>
    public static IncrementalState Load(string outputDirectory)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var path = Path.Combine(outputDirectory, Manifest.FileName);
        try
        {
            if (File.Exists(path) && JsonNode.Parse(File.ReadAllText(path))?["files"] is JsonArray files)
            {
                foreach (var item in files.OfType<JsonObject>())
                {
                    if (Text(item, "path") is { } p && Text(item, "sha256") is { } sha)
                    {
                        entries[p] = new Entry(sha, Text(item, "profile_sha256"), Text(item, "pack_sha256"), Text(item, "tool"));
                    }
                }
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            entries.Clear();
        }

        return new IncrementalState(outputDirectory, entries);
    }

    /// <summary>
    /// The recorded SHA-256 of an output when it is up to date; null when it must be built. A profile's
    /// assets (its logo) are not in the manifest: an asset modified after the output was written makes it stale.
    /// </summary>
    public string? UpToDate(string relativePath, string profileSha256, string packSha256, string tool, DateTime? assetsWrittenUtc)
    {
        if (!_entries.TryGetValue(relativePath, out var entry)
            || entry.ProfileSha256 != profileSha256 || entry.PackSha256 != packSha256 || entry.Tool != tool)
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
            return Convert.ToHexStringLower(SHA256.HashData(stream)) == entry.Sha256 ? entry.Sha256 : null;
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
