using DocTool.Core.Diagnostics;
using DocTool.Core.Packs;

namespace DocTool.Tests.Support;

/// <summary>Small template packs made on the fly, for tests that need a template of their own.</summary>
internal sealed class TestPack : PackFolder
{
    public TestPack(string templateEn, string? templateFr = null, IReadOnlyDictionary<string, string>? more = null)
        : base("doctool-pack-")
    {
        more ??= new Dictionary<string, string>();
        Directory.CreateDirectory(Path.Combine(Folder, "en"));
        Directory.CreateDirectory(Path.Combine(Folder, "fr"));
        Directory.CreateDirectory(Path.Combine(Folder, "strings"));
        var languages = new[] { "en", "fr", "ru" }.Concat(more.Keys).ToList();
        var titles = string.Join(", ", languages.Select(l => $"{l}: {(l == "fr" ? "Document de test" : l == "ar" ? "وثيقة اختبار" : l == "zh" ? "测试文件" : l == "ru" ? "Тестовый документ" : "Test Document")}"));
        File.WriteAllText(Path.Combine(Folder, "pack.yaml"), $$"""
            id: test
            name: Test pack
            version: "0.0.1"
            languages: [{{string.Join(", ", languages)}}]
            documents:
              - id: doc
                file: doc.md.sbn
                title: {{{titles}}}
            """);
        foreach (var (lang, template) in more)
        {
            Directory.CreateDirectory(Path.Combine(Folder, lang));
            File.WriteAllText(Path.Combine(Folder, lang, "doc.md.sbn"), template);
            var catalogue = Path.Combine(Repo.Pack, "strings", lang + ".yaml");
            var target = Path.Combine(Folder, "strings", lang + ".yaml");
            if (File.Exists(catalogue))
            {
                File.Copy(catalogue, target);
            }
            else
            {
                // A language without a catalogue in the pack (Arabic): the English catalogue with the page furniture translated.
                var text = File.ReadAllText(Path.Combine(Repo.Pack, "strings", "en.yaml"));
                foreach (var (key, value) in ArabicUi)
                {
                    text = System.Text.RegularExpressions.Regex.Replace(text, $"(?m)^  {key}: .*$", $"  {key}: \"{value}\"");
                }

                File.WriteAllText(target, text);
            }
        }
        foreach (var lang in new[] { "en", "fr", "ru" })
        {
            File.Copy(Path.Combine(Repo.Pack, "strings", lang + ".yaml"), Path.Combine(Folder, "strings", lang + ".yaml"));
        }

        // The sample profiles are Russian-first: a Russian template (the English text) keeps them valid here.
        Directory.CreateDirectory(Path.Combine(Folder, "ru"));
        File.WriteAllText(Path.Combine(Folder, "ru", "doc.md.sbn"), templateEn);

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

    private static readonly (string Key, string Value)[] ArabicUi =
    [
        ("version", "الإصدار"),
        ("adopted_on", "تاريخ الاعتماد"),
        ("draft_notice", "مسودة للمراجعة والاعتماد من قبل الهيئة الإدارية."),
        ("contents", "المحتويات"),
        ("page_x_of_y", "الصفحة {0} من {1}"),
        ("annex_label", "الملحق {0}: {1}"),
        ("list_and", "و"),
        ("list_or", "أو"),
    ];
}
