using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocTool.Core.Diagnostics;
using DocTool.Core.IO;

namespace DocTool.Core.Building;

/// <summary>What <see cref="ManifestMerger.Merge"/> did.</summary>
public sealed record ManifestMergeOutcome(int Files, int Manifests, int Copied);

/// <summary>
/// <c>doctool manifest merge DIR... [--out DIR]</c>: the output folders of several shards (or one folder
/// they were downloaded into) become one folder with one <c>manifest.json</c> listing every file. Files
/// listed by a folder other than the target are copied into it; every listed file must be there with
/// its recorded SHA-256, or nothing is written.
/// </summary>
public static class ManifestMerger
{
    /// <summary>Merges; null with diagnostics when a manifest is missing or damaged or a file does not match it.</summary>
    public static ManifestMergeOutcome? Merge(IReadOnlyList<string> folders, string target, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var entries = new SortedDictionary<string, (JsonObject Entry, string Folder)>(StringComparer.Ordinal);
        string? tool = null;
        JsonNode? pack = null;
        var manifests = new List<string>();
        foreach (var folder in folders)
        {
            var found = Manifest.FilesIn(folder);
            if (found.Count == 0)
            {
                bag.Error(SourceSpan.ForFile(folder), Codes.FileNotFound, Directory.Exists(folder)
                    ? $"no {Manifest.FileName} or {Manifest.ShardPattern} in this folder: give the output folders of `doctool batch` or `build`"
                    : "folder not found");
                continue;
            }

            foreach (var path in found)
            {
                manifests.Add(path);
                JsonNode? root;
                try
                {
                    root = JsonNode.Parse(File.ReadAllText(path));
                }
                catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
                {
                    bag.Error(SourceSpan.ForFile(path), Codes.FileNotFound, $"cannot read the manifest: {e.Message}");
                    continue;
                }

                tool ??= (root?["tool"] as JsonValue)?.GetValue<string>();
                pack ??= root?["pack"];
                foreach (var item in (root?["files"] as JsonArray)?.OfType<JsonObject>() ?? [])
                {
                    if ((item["path"] as JsonValue)?.GetValue<string>() is { } relative && (item["sha256"] as JsonValue)?.GetValue<string>() is { } sha)
                    {
                        // The same file in two manifests: keep the entry that matches the file (checked below).
                        if (!entries.TryGetValue(relative, out var known) || (known.Entry["sha256"] as JsonValue)?.GetValue<string>() != sha)
                        {
                            entries[relative] = ChooseEntry(known, ((JsonObject)item.DeepClone(), folder), relative, sha);
                        }
                    }
                }
            }
        }

        if (bag.HasErrors)
        {
            return null;
        }

        var copied = CopyInto(entries, target, bag);
        if (copied is null)
        {
            return null;
        }

        try
        {
            AtomicFile.Write(Path.Combine(target, Manifest.FileName), Manifest.Serialize(tool, pack, entries.Values.Select(e => e.Entry)));
            foreach (var shard in Directory.EnumerateFiles(target, Manifest.ShardPattern).ToList())
            {
                File.Delete(shard); // now in manifest.json
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(SourceSpan.ForFile(target), Codes.OutputFailed, OutputFolder.Describe(e, target));
            return null;
        }

        return new ManifestMergeOutcome(entries.Count, manifests.Count, copied.Value);
    }

    private static (JsonObject Entry, string Folder) ChooseEntry((JsonObject Entry, string Folder) known, (JsonObject Entry, string Folder) candidate, string relative, string sha)
    {
        if (known.Entry is null)
        {
            return candidate;
        }

        var onDisk = Sha(Path.Combine(candidate.Folder, relative));
        return onDisk == sha ? candidate : known;
    }

    /// <summary>Copies the listed files that live in other folders into the target; the number copied, or null on a mismatch.</summary>
    private static int? CopyInto(SortedDictionary<string, (JsonObject Entry, string Folder)> entries, string target, DiagnosticBag bag)
    {
        var copied = 0;
        var targetFull = Path.GetFullPath(target);
        foreach (var (relative, (entry, folder)) in entries)
        {
            var sha = (entry["sha256"] as JsonValue)?.GetValue<string>();
            var source = Path.GetFullPath(Path.Combine(folder, relative));
            var destination = Path.GetFullPath(Path.Combine(targetFull, relative));
            if (!destination.StartsWith(targetFull + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                bag.Error(SourceSpan.ForFile(Path.Combine(folder, Manifest.FileName)), Codes.FileNotFound, $"the entry `{relative}` points outside the folder");
                continue;
            }

            if (Sha(source) != sha)
            {
                bag.Error(SourceSpan.ForFile(Path.Combine(folder, relative)), Codes.ManifestMismatch, File.Exists(source)
                    ? "this file differs from its manifest entry (changed after it was built?); build it again"
                    : "this file is listed in the manifest but missing; download or build it again");
                continue;
            }

            if (source != destination && Sha(destination) != sha)
            {
                try
                {
                    AtomicFile.Write(destination, File.ReadAllBytes(source));
                    copied++;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    bag.Error(SourceSpan.ForFile(target), Codes.OutputFailed, OutputFolder.Describe(e, target));
                    return null;
                }
            }
        }

        return bag.HasErrors ? null : copied;
    }

    private static string? Sha(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
