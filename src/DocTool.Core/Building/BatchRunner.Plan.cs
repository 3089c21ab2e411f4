using System.Security.Cryptography;
using DocTool.Core.Diagnostics;
using DocTool.Core.Packs;
using DocTool.Core.Profiles;

namespace DocTool.Core.Building;

/// <summary>Reading the profiles and deciding the work items.</summary>
public sealed partial class BatchRunner
{
    /// <summary>
    /// Reads every profile's YAML (in parallel) for what planning needs: the organisation folder, the
    /// languages, the SHA-256 and the logo's time. Validation against the schema, the expensive part,
    /// happens once, when the profile's first document is rendered; planning from the YAML gives the same
    /// answers for every valid profile (<c>org.short_name</c> and <c>languages.generate</c> are required).
    /// The tree is not kept, so memory does not grow with the number of profiles. Every shard reads every
    /// profile: which organisation owns a folder must be decided the same way in every shard.
    /// </summary>
    private static BatchProfile[] CheckProfiles(IReadOnlyList<string> paths, List<string> languages, TemplatePack pack, int jobs, BatchObserver observer, CancellationToken cancellation)
    {
        var read = new BatchProfile[paths.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellation };
        Parallel.For(0, paths.Count, options, i =>
        {
            read[i] = CheckProfile(paths[i], languages, pack);
            observer.ProfileChecked();
        });

        // A profile's overrides folder, when it lies inside a folder given to the batch, holds adaptations, not profiles.
        var overrideFolders = read.Select(p => p.OverridesFolder).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var profiles = overrideFolders.Count == 0 ? read : [.. read.Where(p => !ProfileDiscovery.IsInside(p.Path, overrideFolders))];

        // Two profiles with the same organisation slug would overwrite each other's files: the first in
        // sorted order keeps the folder, the others fail.
        var owners = new Dictionary<string, BatchProfile>(StringComparer.Ordinal);
        foreach (var profile in profiles.Where(p => p.Readable))
        {
            if (owners.TryGetValue(profile.Org!, out var owner))
            {
                profile.Readable = false;
                profile.Diagnostics.Add(new Diagnostic(Severity.Error, SourceSpan.ForFile(profile.Display), Codes.Usage, $"this profile writes to the same folder `{profile.Org}/` as {owner.Display}; give each organisation its own `org.short_name`"));
            }
            else
            {
                owners[profile.Org!] = profile;
            }
        }

        return profiles;
    }

    private static BatchProfile CheckProfile(string path, List<string> languages, TemplatePack pack)
    {
        var display = PackLoader.Display(path);
        var bag = new DiagnosticBag();
        try
        {
            // The same checks and hash as ProfileLoader, short of the schema.
            var root = YamlReader.ReadFile(path, display, bag);
            if (root is null || bag.HasErrors)
            {
                return new BatchProfile(path, display, [.. bag.Sorted]) { Languages = languages };
            }

            var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
            var generate = languages.Count > 0 ? languages : GenerateLanguages(root);
            if (generate.Count == 0)
            {
                // Nothing to plan from: report everything that is wrong with the profile, not just this.
                var full = new DiagnosticBag();
                ProfileLoader.Load(path, pack, full);
                if (full.HasErrors)
                {
                    return new BatchProfile(path, display, [.. full.Sorted]) { Languages = languages };
                }

                bag.Error(SourceSpan.ForFile(display), Codes.Usage, "there is no language to build: `languages.generate` is empty or missing; list a language there or pass --lang");
            }

            var raw = new LoadedProfile(path, display, root, sha);
            return new BatchProfile(path, display, [.. bag.Sorted])
            {
                OverridesFolder = ProfileDiscovery.OverridesFolderOf(path, root),
                Readable = generate.Count > 0,
                Org = DocumentRenderer.OrgSlug(raw),
                Sha256 = sha,
                Languages = generate,
                AssetsWrittenUtc = AssetsWrittenUtc(raw),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(SourceSpan.ForFile(display), Codes.FileNotFound, $"cannot read the file: {e.Message}");
            return new BatchProfile(path, display, [.. bag.Sorted]) { Languages = languages };
        }
    }

    /// <summary>The distinct strings of <c>languages.generate</c>, in order.</summary>
    private static List<string> GenerateLanguages(YMapping root)
    {
        var generate = ((root["languages"] as YMapping)?["generate"] as YSequence)?.Items;
        return generate is null ? [] : [.. generate.OfType<YScalar>().Where(s => s.Value is string && s.Text.Length > 0).Select(s => s.Text).Distinct(StringComparer.Ordinal)];
    }

    private static DateTime? AssetsWrittenUtc(LoadedProfile profile)
    {
        if (profile.Value("org.branding.logo") is not string logo || logo.Length == 0)
        {
            return null;
        }

        var full = Path.Combine(profile.Folder, logo);
        return File.Exists(full) ? File.GetLastWriteTimeUtc(full) : null;
    }

    /// <summary>
    /// The work items of this shard, in profile, document, language order. Items of unreadable profiles
    /// fail at once with the profile's diagnostics; with <c>--incremental</c>, up-to-date items are skipped
    /// (an unchanged profile built before by the same tool and pack was valid, and still is).
    /// </summary>
    private (List<BatchItemResult> Done, List<BatchItem> Pending) Plan(BatchProfile[] profiles, List<PackDocument> documents, BatchRequest request, IncrementalState? incremental)
    {
        var done = new List<BatchItemResult>();
        var pending = new List<BatchItem>();
        for (var index = 0; index < profiles.Length; index++)
        {
            var profile = profiles[index];
            IReadOnlyList<string?> languages = profile.Languages.Count > 0 ? [.. profile.Languages] : [null];
            foreach (var document in documents)
            {
                foreach (var language in languages)
                {
                    if (request.Shard is { } shard && !shard.Contains(ShardSpec.Key(profile.Display, document.Id, language)))
                    {
                        continue;
                    }

                    if (!profile.Readable || language is null)
                    {
                        done.Add(new BatchItemResult(profile.Display, document.Id, language, BatchStatus.Failed, [], 0, profile.Diagnostics));
                    }
                    else if (incremental is not null && UpToDate(profile, document.Id, language, request.Formats, incremental) is { } outputs)
                    {
                        done.Add(new BatchItemResult(profile.Display, document.Id, language, BatchStatus.Skipped, outputs, 0, profile.Diagnostics));
                    }
                    else
                    {
                        pending.Add(new BatchItem(index, document, language));
                    }
                }
            }
        }

        foreach (var group in pending.GroupBy(i => i.Profile))
        {
            profiles[group.Key].Uses = group.Count();
        }

        return (done, Interleave(pending, request.Jobs));
    }

    /// <summary>
    /// Orders the items so that the <c>--jobs</c> threads start on as many different profiles: taken in
    /// blocks of that many profiles, the first item of each, then the second of each, and so on. In
    /// profile order, every thread would wait for the first profile's validation (one thread's work)
    /// before its first document; this way each validates its own. Profiles are still taken a block at
    /// a time, so no more of them are loaded at once than before.
    /// </summary>
    private static List<BatchItem> Interleave(List<BatchItem> pending, int jobs)
    {
        if (jobs < 2)
        {
            return pending;
        }

        var ordered = new List<BatchItem>(pending.Count);
        var start = 0;
        while (start < pending.Count)
        {
            // One block: the items of the next `jobs` profiles (items of a profile are contiguous).
            var groups = new List<List<BatchItem>>();
            var end = start;
            while (end < pending.Count && (groups.Count < jobs || pending[end].Profile == pending[end - 1].Profile))
            {
                if (end == start || pending[end].Profile != pending[end - 1].Profile)
                {
                    groups.Add([]);
                }

                groups[^1].Add(pending[end]);
                end++;
            }

            var rounds = groups.Max(g => g.Count);
            for (var round = 0; round < rounds; round++)
            {
                ordered.AddRange(groups.Where(g => round < g.Count).Select(g => g[round]));
            }

            start = end;
        }

        return ordered;
    }

    private List<BatchOutput>? UpToDate(BatchProfile profile, string document, string language, OutputFormat formats, IncrementalState incremental)
    {
        var outputs = new List<BatchOutput>();
        foreach (var extension in Extensions(formats))
        {
            var path = OutputPath(profile.Org!, document, language, extension);
            var sha = incremental.UpToDate(path, profile.Sha256!, _pack.ContentHash, _toolVersion, profile.AssetsWrittenUtc);
            if (sha is null)
            {
                return null;
            }

            outputs.Add(new BatchOutput(extension, path, sha));
        }

        return outputs;
    }

    /// <summary>A document in a language of one profile (an index into the profiles).</summary>
    private sealed record BatchItem(int Profile, PackDocument Document, string Language);

    /// <summary>What the batch keeps of a profile between reading it and rendering its documents.</summary>
    private sealed class BatchProfile(string path, string display, List<Diagnostic> diagnostics)
    {
        public string Path { get; } = path;

        public string Display { get; } = display;

        public List<Diagnostic> Diagnostics { get; } = diagnostics;

        /// <summary>The YAML was read and the profile owns its folder; the schema is checked later.</summary>
        public bool Readable { get; set; }

        public string? Org { get; init; }

        public string? Sha256 { get; init; }

        public List<string> Languages { get; init; } = [];

        public DateTime? AssetsWrittenUtc { get; init; }

        /// <summary>The full path of the overrides folder the profile names: its YAML files are not profiles.</summary>
        public string? OverridesFolder { get; init; }

        /// <summary>Pending work items of this profile; the loaded profile is dropped when they are done.</summary>
        public int Uses;

        public Lazy<(LoadedProfile? Profile, IReadOnlyList<Diagnostic> Diagnostics)>? Loaded;
    }
}
