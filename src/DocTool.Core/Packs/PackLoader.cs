using DocTool.Core.Diagnostics;
using DocTool.Core.Profiles;

namespace DocTool.Core.Packs;

/// <summary>Loads a template pack folder: <c>pack.yaml</c>, <c>strings/*.yaml</c>, <c>glossary/&lt;lang&gt;/*.yaml</c>.</summary>
public static partial class PackLoader
{
    // A pack's files say where a control character is wrong themselves (a NUL in a file name is refused at its line).
    private static readonly ProfileLimits PackFileLimits = ProfileLimits.Default with { RefuseControlCharacters = false };

    /// <summary>Loads the pack, or returns null with diagnostics.</summary>
    public static TemplatePack? Load(string folder, DiagnosticBag bag)
    {
        var root = Path.GetFullPath(folder);
        var manifestPath = Path.Combine(root, "pack.yaml");
        var display = Display(manifestPath);
        if (!File.Exists(manifestPath))
        {
            bag.Error(SourceSpan.ForFile(display), Codes.PackManifest, Directory.Exists(root)
                ? "this folder is not a template pack: it has no pack.yaml"
                : "template pack folder not found");
            return null;
        }

        var before = bag.Count;
        var manifest = YamlReader.ReadFile(manifestPath, display, bag, PackFileLimits);
        if (manifest is null)
        {
            return null;
        }

        var id = Text(manifest, "id", display, bag);
        var name = Text(manifest, "name", display, bag) ?? id;
        var version = Text(manifest, "version", display, bag);
        var languages = List(manifest, "languages", display, bag);
        foreach (var language in (manifest["languages"] as YSequence)?.Items.OfType<YScalar>() ?? [])
        {
            if (!LanguageCode().IsMatch(language.Text))
            {
                bag.Error(language.Span, Codes.PackManifest, $"`{Printable(language.Text)}` is not a language code (a BCP 47 code such as `fr` or `pt-BR`); codes name folders and files");
            }
        }

        var source = manifest["source_language"] is YScalar { Value: string s } ? s : languages.FirstOrDefault() ?? "en";
        var documents = new List<PackDocument>();
        if (manifest["documents"] is YSequence docs)
        {
            foreach (var item in docs.Items)
            {
                if (item is not YMapping doc)
                {
                    bag.Error(item.Span, Codes.PackManifest, "each document is a mapping with id, file and title");
                    continue;
                }

                var docId = Text(doc, "id", display, bag);
                if (docId is not null && !DocumentId().IsMatch(docId))
                {
                    bag.Error(doc["id"]!.Span, Codes.PackManifest, $"document id `{Printable(docId)}` must be lowercase ASCII letters, digits and hyphens (at most 64), starting with a letter: it names the output files");
                    docId = null;
                }

                var skeleton = doc["skeleton"] is YScalar { Value: string sk } ? sk : null;
                var file = skeleton ?? Text(doc, "file", display, bag);
                if (file is not null && !IO.ConfinedPath.IsInside(root, skeleton is null ? Path.Combine("lang", file) : file))
                {
                    bag.Error(doc[skeleton is null ? "file" : "skeleton"]!.Span, Codes.PackManifest, $"`{Printable(file)}` is not a file inside the pack; a pack names its own files with relative paths");
                    file = null;
                }

                var titles = new Dictionary<string, string>(StringComparer.Ordinal);
                if (doc["title"] is YMapping t)
                {
                    foreach (var entry in t.Entries)
                    {
                        titles[entry.Key.Text] = entry.Value is YScalar { Value: string v } ? v : string.Empty;
                    }
                }

                foreach (var lang in languages.Where(l => !titles.ContainsKey(l)))
                {
                    bag.Error(doc.Span, Codes.PackManifest, $"document `{docId}` has no title in `{lang}`");
                }

                var available = doc["languages"] is YSequence ? List(doc, "languages", display, bag) : languages;
                foreach (var lang in available.Where(l => !languages.Contains(l)))
                {
                    bag.Error(doc.Span, Codes.PackManifest, $"document `{docId}` lists `{lang}`, which is not a language of the pack");
                }

                if (docId is not null && file is not null)
                {
                    if (documents.Exists(d => d.Id == docId))
                    {
                        bag.Error(doc.Span, Codes.PackManifest, $"document id `{docId}` is listed twice");
                    }

                    documents.Add(new PackDocument(docId, file, titles, available) { IsSkeleton = skeleton is not null });
                }
            }
        }
        else
        {
            bag.Error(manifest.Span, Codes.PackManifest, "pack.yaml needs a `documents` list");
        }

        var strings = new Dictionary<string, StringCatalogue>(StringComparer.Ordinal);
        var glossaries = new Dictionary<string, Termbase>(StringComparer.Ordinal);
        foreach (var lang in languages)
        {
            var catalogue = LoadCatalogue(root, lang, bag);
            if (catalogue is not null)
            {
                strings[lang] = catalogue;
            }

            glossaries[lang] = LoadTermbase(root, lang, bag);
        }

        CheckCatalogueKeys(strings, source, bag);
        if (bag.Count > before && bag.HasErrors)
        {
            return null;
        }

        return new TemplatePack(root, id!, name!, version!, source, languages, documents, strings, glossaries);
    }

    private static StringCatalogue? LoadCatalogue(string root, string lang, DiagnosticBag bag)
    {
        var path = Path.Combine(root, "strings", lang + ".yaml");
        var display = Display(path);
        if (!File.Exists(path))
        {
            bag.Error(SourceSpan.ForFile(display), Codes.PackCatalogue, $"the string catalogue of `{lang}` is missing");
            return null;
        }

        var map = YamlReader.ReadFile(path, display, bag, PackFileLimits);
        if (map is null)
        {
            return null;
        }

        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(map, string.Empty, entries, display, bag);
        return new StringCatalogue(lang, display, entries);
    }

    private static void Flatten(YMapping map, string prefix, Dictionary<string, string> into, string display, DiagnosticBag bag)
    {
        foreach (var (key, value) in map.Entries)
        {
            var path = prefix.Length == 0 ? key.Text : prefix + "." + key.Text;
            switch (value)
            {
                case YMapping child:
                    Flatten(child, path, into, display, bag);
                    break;
                case YScalar scalar when scalar.Value is not null:
                    into[path] = scalar.Text;
                    break;
                default:
                    bag.Error(value.Span, Codes.PackCatalogue, $"`{path}` must be a text");
                    break;
            }
        }
    }

    private static void CheckCatalogueKeys(Dictionary<string, StringCatalogue> strings, string source, DiagnosticBag bag)
    {
        if (!strings.TryGetValue(source, out var reference))
        {
            return;
        }

        foreach (var (lang, catalogue) in strings)
        {
            foreach (var key in reference.Entries.Keys.Where(k => !catalogue.Entries.ContainsKey(k)).Order(StringComparer.Ordinal))
            {
                bag.Error(SourceSpan.ForFile(catalogue.File), Codes.MissingString, $"`{key}` is in the {source} catalogue but missing from the {lang} catalogue");
            }
        }
    }

    private static Termbase LoadTermbase(string root, string lang, DiagnosticBag bag)
    {
        var terms = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>>(StringComparer.Ordinal);
        Termbase.Styles.TryGetValue(lang, out var styles);
        var files = new List<string>();
        var folder = Path.Combine(root, "glossary", lang);
        if (Directory.Exists(folder))
        {
            files.AddRange(Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal));
        }

        var termFile = Path.Combine(root, "terms", lang + ".yaml");
        if (File.Exists(termFile))
        {
            files.Add(termFile);
        }

        foreach (var file in files)
        {
            var display = Display(file);
            var map = YamlReader.ReadFile(file, display, bag, PackFileLimits);
            if (map is null)
            {
                continue;
            }

            foreach (var (key, value) in map.Entries)
            {
                var forms = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
                if (value is YMapping { } withForms && withForms["forms"] is YMapping formMap)
                {
                    foreach (var (form, formValue) in formMap.Entries)
                    {
                        if (StyleMap(key.Text + "." + form.Text, formValue, styles, bag) is { } styled)
                        {
                            forms[form.Text] = styled;
                        }
                    }
                }
                else if (StyleMap(key.Text, value, styles, bag) is { } styled)
                {
                    forms[Termbase.DefaultForm] = styled;
                }

                if (forms.Count == 0)
                {
                    continue;
                }

                // The same term may be repeated in several files when every form is identical.
                if (terms.TryGetValue(key.Text, out var existing))
                {
                    if (!Same(existing, forms))
                    {
                        bag.Error(key.Span, Codes.PackCatalogue, $"term `{key.Text}` is defined differently in another termbase file of `{lang}`; keep one definition");
                    }
                }
                else
                {
                    terms[key.Text] = forms;
                }
            }
        }

        return new Termbase(lang, terms);
    }

    private static Dictionary<string, string>? StyleMap(string name, YNode value, string[]? styles, DiagnosticBag bag)
    {
        switch (value)
        {
            case YScalar { Value: not null } text:
                return new Dictionary<string, string>(StringComparer.Ordinal) { [Termbase.AnyStyle] = text.Text };
            case YMapping map:
                var dict = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (style, text) in map.Entries)
                {
                    dict[style.Text] = text is YScalar { Value: not null } st ? st.Text : string.Empty;
                }

                foreach (var missing in (styles ?? []).Where(s => !dict.ContainsKey(s) || dict[s].Length == 0))
                {
                    bag.Error(map.Span, Codes.PackCatalogue, $"term `{name}` has no `{missing}` form");
                }

                return dict;
            default:
                bag.Error(value.Span, Codes.PackCatalogue, $"term `{name}` must be a text, a map of style → text, or `forms:`");
                return null;
        }
    }

    private static bool Same(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> a, Dictionary<string, IReadOnlyDictionary<string, string>> b) =>
        a.Count == b.Count && a.All(f => b.TryGetValue(f.Key, out var other) && f.Value.Count == other.Count && f.Value.All(x => other.TryGetValue(x.Key, out var v) && v == x.Value));

    /// <summary>Loads the messages of a document in a language (an empty catalogue when the file is absent).</summary>
    internal static MessageCatalogue LoadMessages(string root, string lang, string document, DiagnosticBag bag)
    {
        var path = Path.Combine(root, "messages", lang, document + ".yaml");
        var display = Display(path);
        if (!File.Exists(path))
        {
            return MessageCatalogue.Empty(lang, document, display);
        }

        var map = YamlReader.ReadFile(path, display, bag, PackFileLimits);
        var entries = new Dictionary<string, MessageEntry>(StringComparer.Ordinal);
        foreach (var (key, value) in map?.Entries ?? [])
        {
            if (value is YScalar { Value: not null } text)
            {
                entries[key.Text] = new MessageEntry(text.Text, text.Span);
            }
            else
            {
                bag.Error(value.Span, Codes.PackCatalogue, $"message `{key.Text}` must be a text");
            }
        }

        return new MessageCatalogue(lang, document, display, entries);
    }

    private static string? Text(YMapping map, string key, string display, DiagnosticBag bag)
    {
        if (map[key] is YScalar { Value: not null } s)
        {
            return s.Text;
        }

        bag.Error(map.Span, Codes.PackManifest, $"`{key}` is required");
        return null;
    }

    private static List<string> List(YMapping map, string key, string display, DiagnosticBag bag)
    {
        if (map[key] is YSequence seq)
        {
            return [.. seq.Items.OfType<YScalar>().Select(s => s.Text)];
        }

        bag.Error(map.Span, Codes.PackManifest, $"`{key}` must be a list");
        return [];
    }

    /// <summary>A value from a pack as shown in a message: control characters escaped.</summary>
    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-z][a-z0-9-]{0,63}$")]
    private static partial System.Text.RegularExpressions.Regex DocumentId();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$")]
    private static partial System.Text.RegularExpressions.Regex LanguageCode();

    /// <summary>A path as shown in messages: relative to the current folder when inside it.</summary>
    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var cwd = Directory.GetCurrentDirectory();
        var relative = Path.GetRelativePath(cwd, full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative.Replace('\\', '/');
    }
}
