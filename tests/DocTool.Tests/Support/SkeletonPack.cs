namespace DocTool.Tests.Support;

/// <summary>A small skeleton pack made on the fly: one document, a skeleton, messages per language, the bundled strings and terms.</summary>
internal sealed class SkeletonPack : PackFolder
{
    public SkeletonPack(string skeleton, IReadOnlyDictionary<string, string> messages, IReadOnlyDictionary<string, string>? terms = null)
        : base("doctool-skeleton-")
    {
        var languages = new[] { "en", "fr", "es", "ru", "zh" };
        Directory.CreateDirectory(Path.Combine(Folder, "documents"));
        Directory.CreateDirectory(Path.Combine(Folder, "strings"));
        Directory.CreateDirectory(Path.Combine(Folder, "terms"));
        File.WriteAllText(Path.Combine(Folder, "pack.yaml"), """
            id: test
            name: Test pack
            version: "0.0.1"
            languages: [en, fr, es, ru, zh]
            documents:
              - id: doc
                skeleton: documents/doc.sbn
                title: {en: Test, fr: Test, es: Prueba, ru: Тест, zh: 测试}
            """);
        File.WriteAllText(Path.Combine(Folder, "documents", "doc.sbn"), skeleton);
        foreach (var lang in languages)
        {
            File.Copy(Path.Combine(Repo.Pack, "strings", lang + ".yaml"), Path.Combine(Folder, "strings", lang + ".yaml"));
            var termFile = Path.Combine(Folder, "terms", lang + ".yaml");
            if (terms is not null && terms.TryGetValue(lang, out var own))
            {
                File.WriteAllText(termFile, own);
            }
            else
            {
                File.Copy(Path.Combine(Repo.Pack, "terms", lang + ".yaml"), termFile);
            }

            if (messages.TryGetValue(lang, out var text))
            {
                Directory.CreateDirectory(Path.Combine(Folder, "messages", lang));
                File.WriteAllText(Path.Combine(Folder, "messages", lang, "doc.yaml"), text);
            }
        }
    }
}
