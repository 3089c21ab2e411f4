using System.Security.Cryptography;
using System.Text;

namespace DocTool.Core.Packs;

/// <summary>A loaded template pack: manifest, string catalogues and glossaries.</summary>
public sealed class TemplatePack
{
    internal TemplatePack(string root, string id, string name, string version, string sourceLanguage, IReadOnlyList<string> languages, IReadOnlyList<PackDocument> documents, IReadOnlyDictionary<string, StringCatalogue> strings, IReadOnlyDictionary<string, Glossary> glossaries)
    {
        Root = root;
        Id = id;
        Name = name;
        Version = version;
        SourceLanguage = sourceLanguage;
        Languages = languages;
        Documents = documents;
        Strings = strings;
        Glossaries = glossaries;
        ContentHash = ComputeHash(root);
    }

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

    /// <summary>Glossary per language (languages without gendered terms have an empty one).</summary>
    public IReadOnlyDictionary<string, Glossary> Glossaries { get; }

    /// <summary>SHA-256 over every file of the pack (paths and contents), for manifests and incremental builds.</summary>
    public string ContentHash { get; }

    /// <summary>The template file of a document in a language.</summary>
    public string TemplatePath(PackDocument document, string language) => Path.Combine(Root, language, document.File);

    /// <summary>The template path relative to the pack root, with forward slashes (for messages).</summary>
    public static string RelativeTemplatePath(PackDocument document, string language) => $"{language}/{document.File}";

    /// <summary>Finds a document by id.</summary>
    public PackDocument? Document(string id) => Documents.FirstOrDefault(d => d.Id == id);

    private static string ComputeHash(string root)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            sha.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            sha.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
