using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DocTool.Core.Packs.Checking;

/// <summary>
/// <c>translations.lock.json</c> in a pack: for each document and language, the hash of each source-language
/// message (skeleton packs) or clause (packs with a template per language) as it was when that translation was
/// last reviewed. One whose source hash no longer matches is flagged as possibly stale until
/// <c>templates check --accept LANG</c>. <c>$sources</c> keeps the source text of every recorded message hash,
/// so a stale message can show what the source said then and says now.
/// </summary>
public sealed class TranslationLock
{
    /// <summary>The lock file name inside the pack.</summary>
    public const string FileName = "translations.lock.json";

    private const string SourcesKey = "$sources";

    private readonly SortedDictionary<string, SortedDictionary<string, SortedDictionary<string, string>>> _entries = new(StringComparer.Ordinal);

    private readonly SortedDictionary<string, string> _sources = new(StringComparer.Ordinal);

    /// <summary>A short, stable hash of a source text.</summary>
    public static string Hash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    /// <summary>The source text recorded for a hash, or null.</summary>
    public string? Source(string hash) => _sources.TryGetValue(hash, out var text) ? text : null;

    /// <summary>Records one message of a translation as reviewed against this source text.</summary>
    public void AcceptMessage(string doc, string lang, string id, string sourceText)
    {
        var hash = Hash(sourceText);
        _sources[hash] = sourceText;
        Set(doc, lang, id, hash);
    }

    /// <summary>Reads the pack's lock file (empty when there is none).</summary>
    public static TranslationLock Load(string packRoot)
    {
        var result = new TranslationLock();
        var path = Path.Combine(packRoot, FileName);
        if (!File.Exists(path))
        {
            return result;
        }

        if (JsonNode.Parse(File.ReadAllText(path)) is JsonObject docs)
        {
            foreach (var (doc, langs) in docs)
            {
                if (doc == SourcesKey)
                {
                    foreach (var (hash, text) in langs as JsonObject ?? [])
                    {
                        result._sources[hash] = text?.GetValue<string>() ?? string.Empty;
                    }

                    continue;
                }

                foreach (var (lang, clauses) in langs as JsonObject ?? [])
                {
                    foreach (var (id, hash) in clauses as JsonObject ?? [])
                    {
                        result.Set(doc, lang, id, hash?.GetValue<string>() ?? string.Empty);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>The recorded source hash of a clause for a translation, or null.</summary>
    public string? Get(string doc, string lang, string clause) =>
        _entries.TryGetValue(doc, out var langs) && langs.TryGetValue(lang, out var clauses) && clauses.TryGetValue(clause, out var hash) ? hash : null;

    /// <summary>Records the reviewed source hashes of one translation (replacing what was there).</summary>
    public void Accept(string doc, string lang, IReadOnlyDictionary<string, string> sourceHashes)
    {
        if (!_entries.TryGetValue(doc, out var langs))
        {
            langs = new(StringComparer.Ordinal);
            _entries[doc] = langs;
        }

        langs[lang] = new SortedDictionary<string, string>(sourceHashes.ToDictionary(), StringComparer.Ordinal);
    }

    /// <summary>Writes the lock file (sorted, so it diffs well).</summary>
    public void Save(string packRoot)
    {
        var root = new JsonObject();
        if (_sources.Count > 0)
        {
            // Keep only the source texts some translation still refers to.
            var used = _entries.Values.SelectMany(l => l.Values).SelectMany(c => c.Values).ToHashSet(StringComparer.Ordinal);
            var sources = new JsonObject();
            foreach (var (hash, text) in _sources.Where(s => used.Contains(s.Key)))
            {
                sources[hash] = text;
            }

            root[SourcesKey] = sources;
        }

        foreach (var (doc, langs) in _entries)
        {
            var langObj = new JsonObject();
            foreach (var (lang, clauses) in langs)
            {
                var clauseObj = new JsonObject();
                foreach (var (id, hash) in clauses)
                {
                    clauseObj[id] = hash;
                }

                langObj[lang] = clauseObj;
            }

            root[doc] = langObj;
        }

        var json = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
        IO.AtomicFile.Write(Path.Combine(packRoot, FileName), Encoding.UTF8.GetBytes(json));
    }

    private void Set(string doc, string lang, string clause, string hash)
    {
        if (!_entries.TryGetValue(doc, out var langs))
        {
            langs = new(StringComparer.Ordinal);
            _entries[doc] = langs;
        }

        if (!langs.TryGetValue(lang, out var clauses))
        {
            clauses = new(StringComparer.Ordinal);
            langs[lang] = clauses;
        }

        clauses[clause] = hash;
    }
}
