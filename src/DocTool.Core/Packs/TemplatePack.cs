using System.Security.Cryptography;
using System.Text;
using DocTool.Core.Diagnostics;

namespace DocTool.Core.Packs;

/// <summary>A loaded template pack: manifest, string catalogues and glossaries.</summary>
public sealed partial class TemplatePack
{
    internal TemplatePack(string root, string id, string name, string version, string sourceLanguage, IReadOnlyList<string> languages, IReadOnlyList<PackDocument> documents, IReadOnlyDictionary<string, StringCatalogue> strings, IReadOnlyDictionary<string, Termbase> glossaries)
    {
        Root = root;
        Id = id;
        Name = name;
        Version = version;
        SourceLanguage = sourceLanguage;
        Languages = languages;
        Documents = documents;
        Strings = strings;
        Termbases = glossaries;
        ContentHash = ComputeHash(root);
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Document, string Language), (MessageCatalogue Catalogue, IReadOnlyList<Diagnostic> Problems)> _messages = new();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Document, string Language), IReadOnlyDictionary<string, string>> _clauseHashes = new();

    /// <summary>The pack folder (absolute).</summary>
    public string Root { get; }

    /// <summary>The pack id (e.g. "nswp").</summary>
    public string Id { get; }

    /// <summary>The pack's human name.</summary>
    public string Name { get; }

    /// <summary>The pack version, recorded in every document's properties.</summary>
    public string Version { get; }

    /// <summary>The language the other languages translate from.</summary>
    public string SourceLanguage { get; }

    /// <summary>The languages the pack has.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The documents, in manifest order.</summary>
    public IReadOnlyList<PackDocument> Documents { get; }

    /// <summary>String catalogue per language.</summary>
    public IReadOnlyDictionary<string, StringCatalogue> Strings { get; }

    /// <summary>Termbase per language (languages without gendered terms have an empty one).</summary>
    public IReadOnlyDictionary<string, Termbase> Termbases { get; }

    /// <summary>SHA-256 over every file of the pack (paths and contents), for manifests and incremental builds.</summary>
    public string ContentHash { get; }

    /// <summary>The template file of a document in a language.</summary>
    public string TemplatePath(PackDocument document, string language) =>
        document.IsSkeleton ? Path.Combine(Root, document.File) : Path.Combine(Root, language, document.File);

    /// <summary>The template path relative to the pack root, with forward slashes (for messages).</summary>
    public static string RelativeTemplatePath(PackDocument document, string language) =>
        document.IsSkeleton ? document.File.Replace('\\', '/') : $"{language}/{document.File}";

    /// <summary>
    /// The hash of each model clause, keyed by clause id, that overrides record as <c>model_hash</c>. For a skeleton
    /// document it covers the clause's skeleton lines and the source-language text of every message they call, so it
    /// is the same in every language and changes when the model text changes in either place.
    /// </summary>
    public IReadOnlyDictionary<string, string> ClauseHashes(PackDocument document, string language)
    {
        ArgumentNullException.ThrowIfNull(document);
        var key = document.IsSkeleton ? (document.Id, string.Empty) : (document.Id, language);
        return _clauseHashes.GetOrAdd(key, _ =>
        {
            var text = File.ReadAllText(TemplatePath(document, language));
            if (!document.IsSkeleton)
            {
                return Checking.TemplateAnalyzer.ClauseHashes(text);
            }

            var source = Messages(document, SourceLanguage);
            return Checking.TemplateAnalyzer.ClauseHashes(text, section =>
            {
                var builder = new StringBuilder(section);
                foreach (System.Text.RegularExpressions.Match call in MessageCall().Matches(section))
                {
                    var id = call.Groups["id"].Value;
                    builder.Append('\n').Append(id).Append('=').Append(source.Entries.TryGetValue(id, out var entry) ? entry.Text : string.Empty);
                }

                return builder.ToString();
            });
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bm\s+""(?<id>[^""]+)""")]
    private static partial System.Text.RegularExpressions.Regex MessageCall();

    /// <summary>
    /// The messages of a document in a language (loaded once; an empty catalogue when the file is absent), or null
    /// when the catalogue cannot be read, with its problems (a YAML error at its line) added to <paramref name="bag"/>.
    /// </summary>
    public MessageCatalogue? Messages(PackDocument document, string language, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(bag);
        var (catalogue, problems) = Load(document, language);
        bag.AddRange(problems);
        return problems.Any(d => d.Severity == Severity.Error) ? null : catalogue;
    }

    /// <summary>The messages of a document in a language, for callers that have checked the pack; throws when they cannot be read.</summary>
    public MessageCatalogue Messages(PackDocument document, string language)
    {
        var (catalogue, problems) = Load(document, language);
        return problems.FirstOrDefault(d => d.Severity == Severity.Error) is { } error ? throw new DiagnosticException(error) : catalogue;
    }

    private (MessageCatalogue Catalogue, IReadOnlyList<Diagnostic> Problems) Load(PackDocument document, string language)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _messages.GetOrAdd((document.Id, language), key =>
        {
            var bag = new DiagnosticBag();
            var catalogue = PackLoader.LoadMessages(Root, key.Language, key.Document, bag);
            return (catalogue, bag.Sorted);
        });
    }

    /// <summary>Finds a document by id.</summary>
    public PackDocument? Document(string id) => Documents.FirstOrDefault(d => d.Id == id);

    /// <summary>
    /// The documents a command asked for with <c>--doc</c> (all when none), in the order asked, without
    /// repeats; an error on <c>--doc</c> for each id the pack does not have.
    /// </summary>
    public List<PackDocument> SelectDocuments(IReadOnlyList<string> ids, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(bag);
        if (ids.Count == 0)
        {
            return [.. Documents];
        }

        var selected = new List<PackDocument>();
        foreach (var id in ids)
        {
            var doc = Document(id);
            if (doc is null)
            {
                bag.Error(SourceSpan.ForFile("--doc"), Codes.UnknownDocument, $"the template pack `{Id}` has no document `{id}`{Templating.Helpers.Suggest(id, Documents.Select(d => d.Id))}; it has {string.Join(", ", Documents.Select(d => d.Id))}");
            }
            else if (!selected.Contains(doc))
            {
                selected.Add(doc);
            }
        }

        return selected;
    }

    /// <summary>The languages a command asked for with <c>--lang</c>, without repeats; an error for each the pack lacks.</summary>
    public List<string> SelectLanguages(IReadOnlyList<string> languages, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(bag);
        foreach (var lang in languages.Where(l => !Languages.Contains(l)).Distinct())
        {
            bag.Error(SourceSpan.ForFile("--lang"), Codes.UnknownLanguage, $"the template pack `{Id}` has no language `{lang}`; it has {string.Join(", ", Languages)}{Templating.Helpers.Suggest(lang, Languages)}");
        }

        return [.. languages.Distinct()];
    }

    private static string ComputeHash(string root)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Links are not followed (a loop grew without bound, a link to / walked the file system) and only
        // regular files are read, streamed (a file over 2 GiB failed as DT0001; a FIFO would block).
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        foreach (var file in Directory.EnumerateFiles(root, "*", options).Order(StringComparer.Ordinal))
        {
            if (IO.InputFile.Problem(file) is not null)
            {
                continue;
            }

            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            sha.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            using var stream = IO.InputFile.OpenRead(file);
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                sha.AppendData(buffer, 0, read);
            }
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
