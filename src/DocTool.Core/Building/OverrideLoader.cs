using DocTool.Core.Diagnostics;
using DocTool.Core.Profiles;

namespace DocTool.Core.Building;

/// <summary>
/// Reads clause overrides: a profile's <c>overrides.folder</c> holds one YAML file per document
/// (<c>&lt;doc-id&gt;.yaml</c>), a list of <c>{clause, action, text: {lang: markdown}, model_hash}</c>.
/// </summary>
public static class OverrideLoader
{
    /// <summary>At most this many overrides per profile (hostile input stays bounded).</summary>
    public const int MaxOverrides = 500;

    /// <summary>Loads the overrides of a profile; empty when it declares none.</summary>
    public static IReadOnlyList<ClauseOverride> Load(LoadedProfile profile, IReadOnlyCollection<string> documentIds, DiagnosticBag bag)
    {
        if ((profile.Root["overrides"] as YMapping)?["folder"] is not YScalar { Value: string relative } folderNode)
        {
            return [];
        }

        var folder = Path.GetFullPath(Path.Combine(profile.Folder, relative));
        if (!Directory.Exists(folder))
        {
            bag.Error(folderNode.Span, Codes.BadAsset, $"the overrides folder `{relative}` was not found next to the profile (looked for {folder})");
            return [];
        }

        var result = new List<ClauseOverride>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var docId = Path.GetFileNameWithoutExtension(file);
            var display = Packs.PackLoader.Display(file);
            if (!documentIds.Contains(docId))
            {
                bag.Error(SourceSpan.ForFile(display), Codes.UnknownDocument, $"`{docId}.yaml` names no document of the pack{Templating.Helpers.Suggest(docId, documentIds)}; name the file after the document id");
                continue;
            }

            var root = YamlReader.ReadFile(file, display, bag);
            if (root?["overrides"] is not YSequence items)
            {
                if (root is not null)
                {
                    bag.Error(root.Span, Codes.SchemaOther, "an overrides file holds `overrides:` followed by a list of `{clause, action, text}`");
                }

                continue;
            }

            foreach (var item in items.Items)
            {
                if (result.Count >= MaxOverrides)
                {
                    bag.Error(item.Span, Codes.SchemaOther, $"more than {MaxOverrides} overrides; a profile may adapt at most {MaxOverrides} clauses");
                    return result;
                }

                if (Parse(item, docId, bag) is { } parsed)
                {
                    result.Add(parsed);
                }
            }
        }

        return result;
    }

    private static ClauseOverride? Parse(YNode item, string docId, DiagnosticBag bag)
    {
        if (item is not YMapping map)
        {
            bag.Error(item.Span, Codes.WrongType, "each override is a mapping with `clause`, `action` and `text`");
            return null;
        }

        foreach (var key in map.Entries.Select(e => e.Key).Where(k => k.Text is not ("clause" or "action" or "text" or "model_hash" or "note")))
        {
            bag.Error(key.Span, Codes.UnknownField, $"`{key.Text}` is not a field of an override{Templating.Helpers.Suggest(key.Text, ["clause", "action", "text", "model_hash", "note"])}");
        }

        if (map["clause"] is not YScalar { Value: string clause })
        {
            bag.Error(map.Span, Codes.MissingField, "the override has no `clause` (the id of the model clause it adapts)");
            return null;
        }

        var actionText = (map["action"] as YScalar)?.Text ?? "replace";
        OverrideAction? action = actionText switch
        {
            "replace" => OverrideAction.Replace,
            "insert_after" => OverrideAction.InsertAfter,
            "remove" => OverrideAction.Remove,
            _ => null,
        };
        if (action is null)
        {
            bag.Error(map["action"]!.Span, Codes.NotAllowed, $"`{actionText}` is not an override action; use replace, insert_after or remove");
            return null;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (map["text"])
        {
            case YMapping byLanguage:
                foreach (var (lang, value) in byLanguage.Entries)
                {
                    texts[lang.Text] = (value as YScalar)?.Text ?? string.Empty;
                }

                break;
            case YScalar { Value: string single }:
                texts["*"] = single;
                break;
            case null when action == OverrideAction.Remove:
                break;
            default:
                bag.Error(map.Span, Codes.MissingField, $"the override of `{clause}` needs `text` (Markdown, one per language: `text: {{en: \"...\"}}`)");
                return null;
        }

        var hash = (map["model_hash"] as YScalar)?.Text;
        return new ClauseOverride(docId, clause, action.Value, texts, hash, map.Span);
    }
}
