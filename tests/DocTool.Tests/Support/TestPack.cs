using DocTool.Core.Diagnostics;
using DocTool.Core.Packs;

namespace DocTool.Tests.Support;

/// <summary>Small template packs made on the fly, for tests that need a template of their own.</summary>
internal sealed class TestPack : IDisposable
{
    public TestPack(string templateEn, string? templateFr = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "doctool-pack-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Folder, "en"));
        Directory.CreateDirectory(Path.Combine(Folder, "fr"));
        Directory.CreateDirectory(Path.Combine(Folder, "strings"));
        File.WriteAllText(Path.Combine(Folder, "pack.yaml"), """
            id: test
            name: Test pack
            version: "0.0.1"
            languages: [en, fr]
            documents:
              - id: doc
                file: doc.md.sbn
                title: {en: Test Document, fr: Document de test}
            """);
        foreach (var lang in new[] { "en", "fr" })
        {
            File.Copy(Path.Combine(Repo.Pack, "strings", lang + ".yaml"), Path.Combine(Folder, "strings", lang + ".yaml"));
        }

        Directory.CreateDirectory(Path.Combine(Folder, "glossary", "fr"));
        File.WriteAllText(Path.Combine(Folder, "glossary", "fr", "common.yaml"), """
            travailleurs:
              capital_suffix: travailleurSEs
              middle_dot: travailleur·ses
              paired: travailleuses et travailleurs
              neutral: personnes qui travaillent
            """);
        File.WriteAllText(Path.Combine(Folder, "en", "doc.md.sbn"), templateEn);
        File.WriteAllText(Path.Combine(Folder, "fr", "doc.md.sbn"), templateFr ?? templateEn);
    }

    public string Folder { get; }

    public TemplatePack Load()
    {
        var bag = new DiagnosticBag();
        var pack = PackLoader.Load(Folder, bag);
        Assert.True(pack is not null, string.Join('\n', bag.Sorted));
        return pack!;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
