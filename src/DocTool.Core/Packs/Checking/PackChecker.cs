using DocTool.Core.Diagnostics;

namespace DocTool.Core.Packs.Checking;

/// <summary>One cell of the completeness table.</summary>
public sealed record CompletenessRow(string Document, string Language, string Status, int Clauses, int Stale);

/// <summary>What <c>templates check</c> found.</summary>
public sealed record CheckReport(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<CompletenessRow> Table);

/// <summary>
/// The template linter: syntax, helper arity, every read path defined by the profile schema, every
/// schema field read somewhere, and translation parity (clause ids, conditions, variables) and
/// staleness against the source language.
/// </summary>
public static class PackChecker
{
    /// <summary>Paths every template may read besides the profile's.</summary>
    private static readonly HashSet<string> DocumentPaths = new(StringComparer.Ordinal) { "doc", "doc.id", "doc.lang", "doc.title" };

    /// <summary>
    /// Fields the engine itself consumes (title page, branding, culture, inclusive forms, validation),
    /// so no template needs to read them.
    /// </summary>
    private static readonly string[] EngineFields =
    [
        "profile_version", "languages.primary", "languages.generate", "org.branding", "org.registration.country",
        "style.inclusive", "style.date_of_adoption", "style.version", "finance.currency.functional", "hr.status_disclosure_required", "overrides",
        "membership.categories[].id", // identifies a category; the validator keeps ids unique
        "org.name", "org.short_name", "org.grammar", // messages print the names as {org_name} and {org}, with the forms org.grammar gives
    ];

    /// <summary>Checks a pack against the schema's field paths.</summary>
    public static CheckReport Check(TemplatePack pack, string schemaJson)
    {
        var bag = new DiagnosticBag();
        var (schemaAll, schemaLeaves) = SchemaPaths.From(schemaJson);
        var known = new HashSet<string>(schemaAll, StringComparer.Ordinal);
        known.UnionWith(schemaAll.Select(p => p.Split('.')[0]));
        known.UnionWith(DocumentPaths);
        var lockFile = TranslationLock.Load(pack.Root);
        var table = new List<CompletenessRow>();
        var readAnywhere = new HashSet<string>(StringComparer.Ordinal);

        foreach (var document in pack.Documents)
        {
            if (document.IsSkeleton)
            {
                var path = pack.TemplatePath(document, pack.SourceLanguage);
                var display = PackLoader.Display(path);
                if (!File.Exists(path))
                {
                    bag.Error(SourceSpan.ForFile(display), Codes.MissingTemplate, $"the skeleton of `{document.Id}` is missing");
                    continue;
                }

                var skeleton = TemplateAnalyzer.Analyze(File.ReadAllText(path), display);
                bag.AddRange(skeleton.Problems);
                CheckReads(skeleton, known, readAnywhere, bag);
                CheckHeadings(skeleton, bag);
                table.AddRange(MessageChecker.Check(pack, document, skeleton, lockFile, bag));
                continue;
            }

            var facts = new Dictionary<string, (TemplateFacts Facts, string Text)>(StringComparer.Ordinal);
            foreach (var lang in pack.Languages)
            {
                var path = pack.TemplatePath(document, lang);
                var display = PackLoader.Display(path);
                if (!File.Exists(path))
                {
                    if (document.Languages.Contains(lang))
                    {
                        bag.Error(SourceSpan.ForFile(display), Codes.MissingTemplate, $"`{document.Id}` has no {lang} template");
                    }
                    else
                    {
                        bag.Warning(SourceSpan.ForFile(display), Codes.MissingTemplate, $"`{document.Id}` is not yet translated into {lang} (not listed in its `languages` in pack.yaml)");
                    }

                    continue;
                }

                var text = File.ReadAllText(path);
                var f = TemplateAnalyzer.Analyze(text, display);
                facts[lang] = (f, text);
                bag.AddRange(f.Problems);
                CheckReads(f, known, readAnywhere, bag);

                CheckHeadings(f, bag);
            }

            facts.TryGetValue(pack.SourceLanguage, out var source);
            var sourceHashes = source.Facts is null ? null : TemplateAnalyzer.ClauseHashes(source.Text);
            foreach (var lang in pack.Languages)
            {
                if (!facts.TryGetValue(lang, out var translated))
                {
                    table.Add(new CompletenessRow(document.Id, lang, "missing", 0, 0));
                    continue;
                }

                var stale = 0;
                var broken = translated.Facts.Problems.Any(p => p.Severity == Severity.Error);
                if (lang != pack.SourceLanguage && source.Facts is not null)
                {
                    broken |= !CompareParity(source.Facts, translated.Facts, lang, pack.SourceLanguage, bag);
                    foreach (var clause in translated.Facts.Clauses)
                    {
                        if (sourceHashes!.TryGetValue(clause.Id, out var hash) && lockFile.Get(document.Id, lang, clause.Id) != hash)
                        {
                            stale++;
                            bag.Warning(new SourceSpan(translated.Facts.File, clause.Line, 1), Codes.StaleTranslation, $"clause `{clause.Id}` may be stale: its {pack.SourceLanguage} text changed since this translation was last reviewed (after updating it, run `doctool templates check --accept {lang}`)");
                        }
                    }
                }

                table.Add(new CompletenessRow(document.Id, lang, broken ? "broken" : stale > 0 ? "stale" : "present", translated.Facts.Clauses.Count, stale));
            }
        }

        // A read covers a field when it reads the field, a part of it, or the whole list or map that
        // holds it (a list passed to `join`, a map read by key: per_diem[k] covers per_diem.default).
        bool Covered(string leaf) =>
            readAnywhere.Contains(leaf)
            || readAnywhere.Any(r => r.StartsWith(leaf + ".", StringComparison.Ordinal) || r.StartsWith(leaf + "[]", StringComparison.Ordinal))
            || readAnywhere.Any(r => leaf.StartsWith(r + "[]", StringComparison.Ordinal) || (r.EndsWith("[]", StringComparison.Ordinal) && leaf.StartsWith(r[..^2] + ".", StringComparison.Ordinal)))
            || EngineFields.Any(e => leaf == e || leaf.StartsWith(e + ".", StringComparison.Ordinal) || leaf.StartsWith(e + "[]", StringComparison.Ordinal));

        foreach (var leaf in schemaLeaves.Where(l => !Covered(l)))
        {
            bag.Warning(SourceSpan.ForFile(PackLoader.Display(Path.Combine(pack.Root, "pack.yaml"))), Codes.UnusedField, $"the profile field `{leaf}` is read by no template of the pack");
        }

        return new CheckReport(bag.Sorted, table);
    }

    /// <summary>
    /// Records the current source text as reviewed for one language: every document, or one document, or one
    /// message of it (skeleton packs). Returns how many documents were recorded.
    /// </summary>
    public static int Accept(TemplatePack pack, string language, string? documentId = null, string? messageId = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var lockFile = TranslationLock.Load(pack.Root);
        var count = 0;
        foreach (var document in pack.Documents.Where(d => documentId is null || d.Id == documentId))
        {
            if (document.IsSkeleton)
            {
                count += MessageChecker.Accept(pack, document, language, messageId, lockFile) > 0 ? 1 : 0;
                continue;
            }

            var source = pack.TemplatePath(document, pack.SourceLanguage);
            if (File.Exists(source) && File.Exists(pack.TemplatePath(document, language)))
            {
                lockFile.Accept(document.Id, language, TemplateAnalyzer.ClauseHashes(File.ReadAllText(source)));
                count++;
            }
        }

        lockFile.Save(pack.Root);
        return count;
    }

    private static void CheckReads(TemplateFacts facts, HashSet<string> known, HashSet<string> readAnywhere, DiagnosticBag bag)
    {
        foreach (var read in facts.Reads)
        {
            readAnywhere.Add(read.Path);
            if (!known.Contains(read.Path))
            {
                var suggestion = Templating.Helpers.Suggest(read.Path, known);
                bag.Error(read.Span, Codes.UnknownVariable, $"`{read.Path}` is not a field of profile format v1{suggestion}");
            }
        }
    }

    private static void CheckHeadings(TemplateFacts facts, DiagnosticBag bag)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in facts.Clauses)
        {
            if (!seen.Add(clause.Id))
            {
                bag.Error(new SourceSpan(facts.File, clause.Line, 1), Codes.MarkdownRule, $"the clause id `{clause.Id}` appears twice (ids must be unique in a document)");
            }

            if (clause.Level > 3)
            {
                bag.Error(new SourceSpan(facts.File, clause.Line, 1), Codes.MarkdownRule, $"the clause `{clause.Id}` is level {clause.Level}; clauses go three levels deep at most");
            }
        }
    }

    private static bool CompareParity(TemplateFacts source, TemplateFacts translated, string lang, string sourceLang, DiagnosticBag bag)
    {
        var ok = true;
        var sourceIds = source.Clauses.Select(c => c.Id).ToList();
        var ids = translated.Clauses.Select(c => c.Id).ToList();
        foreach (var missing in sourceIds.Except(ids))
        {
            var index = sourceIds.IndexOf(missing);
            var after = index > 0 ? translated.Clauses.FirstOrDefault(c => c.Id == sourceIds[index - 1]) : null;
            var english = source.Clauses[index];
            bag.Error(new SourceSpan(translated.File, after?.Line ?? 1, 1), Codes.TranslationParity, $"the {sourceLang} clause `{missing}` (\"{english.Title}\", {source.File}:{english.Line}) is missing in {lang}{(after is null ? string.Empty : $"; it belongs after `{after.Id}`")}");
            ok = false;
        }

        foreach (var extra in translated.Clauses.Where(c => !sourceIds.Contains(c.Id)))
        {
            bag.Error(new SourceSpan(translated.File, extra.Line, 1), Codes.TranslationParity, $"the clause `{extra.Id}` is not in the {sourceLang} document{Templating.Helpers.Suggest(extra.Id, sourceIds)}");
            ok = false;
        }

        var common = ids.Where(sourceIds.Contains).ToList();
        var expectedOrder = sourceIds.Where(common.Contains).ToList();
        for (var i = 0; i < common.Count; i++)
        {
            if (common[i] != expectedOrder[i])
            {
                var clause = translated.Clauses.First(c => c.Id == common[i]);
                bag.Error(new SourceSpan(translated.File, clause.Line, 1), Codes.TranslationParity, $"the clause `{common[i]}` is out of order: in {sourceLang}, `{expectedOrder[i]}` comes here");
                ok = false;
                break;
            }
        }

        foreach (var clause in translated.Clauses)
        {
            var english = source.Clauses.FirstOrDefault(c => c.Id == clause.Id);
            if (english is not null && (english.Level != clause.Level || english.IsAnnex != clause.IsAnnex))
            {
                bag.Error(new SourceSpan(translated.File, clause.Line, 1), Codes.TranslationParity, $"the clause `{clause.Id}` is a level-{clause.Level}{(clause.IsAnnex ? " annex" : string.Empty)} heading here but level {english.Level}{(english.IsAnnex ? " annex" : string.Empty)} in {sourceLang}");
                ok = false;
            }
        }

        for (var i = 0; i < Math.Max(source.Conditions.Count, translated.Conditions.Count); i++)
        {
            var s = i < source.Conditions.Count ? source.Conditions[i] : null;
            var t = i < translated.Conditions.Count ? translated.Conditions[i] : null;
            if (s is null || t is null || s.Kind != t.Kind || s.Expression != t.Expression)
            {
                var where = t?.Span ?? new SourceSpan(translated.File, translated.Clauses.Count > 0 ? translated.Clauses[^1].Line : 1, 1);
                var expected = s is null ? "nothing more" : $"`{s.Kind} {s.Expression}` ({s.Span})";
                var found = t is null ? "nothing" : $"`{t.Kind} {t.Expression}`";
                bag.Error(where, Codes.TranslationParity, $"conditions differ from {sourceLang}: expected {expected}, found {found}");
                ok = false;
                break;
            }
        }

        var sourceReads = source.Reads.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
        var reads = translated.Reads.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var extra in translated.Reads.Where(r => !sourceReads.Contains(r.Path)).DistinctBy(r => r.Path))
        {
            bag.Error(extra.Span, Codes.TranslationParity, $"`{extra.Path}` is read here but not in the {sourceLang} template");
            ok = false;
        }

        foreach (var missing in source.Reads.Where(r => !reads.Contains(r.Path)).DistinctBy(r => r.Path))
        {
            bag.Error(SourceSpan.ForFile(translated.File), Codes.TranslationParity, $"`{missing.Path}` is read in {sourceLang} ({missing.Span}) but not in {lang}");
            ok = false;
        }

        return ok;
    }
}
