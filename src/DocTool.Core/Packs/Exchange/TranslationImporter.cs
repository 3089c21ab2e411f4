using DocTool.Core.Diagnostics;
using DocTool.Core.Packs.Checking;
using DocTool.Core.Templating.Messages;

namespace DocTool.Core.Packs.Exchange;

/// <summary>What an import changed.</summary>
/// <param name="Language">The language imported.</param>
/// <param name="Changed">Messages whose text changed.</param>
/// <param name="Unchanged">Messages already as in the file.</param>
/// <param name="StillFuzzy">Units the file still marks as needing review.</param>
/// <param name="Files">Catalogue files rewritten.</param>
public sealed record ImportResult(string Language, int Changed, int Unchanged, int StillFuzzy, IReadOnlyList<string> Files);

/// <summary>
/// Reads a PO or XLIFF file back into the pack's message catalogues. Every unit is checked first (known document
/// and message, the message syntax, only values the skeleton passes, terms the termbase has, clauses the document
/// has); when any unit is rejected nothing is written. Catalogues are written whole and atomically, and only those
/// whose messages changed, so an export imported unchanged leaves every byte of the pack as it was.
/// </summary>
public static class TranslationImporter
{
    /// <summary>Imports <paramref name="path"/> (.po, .xlf, .xliff) into the pack; null with diagnostics when rejected.</summary>
    public static ImportResult? Import(TemplatePack pack, string path, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(bag);
        var display = PackLoader.Display(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            bag.Error(SourceSpan.ForFile(display), Codes.FileNotFound, "file not found");
            return null;
        }

        if (info.Length > 64L * 1024 * 1024)
        {
            bag.Error(SourceSpan.ForFile(display), Codes.FileTooLarge, "a translation file over 64 MiB is not read");
            return null;
        }

        var text = File.ReadAllText(path);
        var file = path.EndsWith(".po", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".pot", StringComparison.OrdinalIgnoreCase)
            ? PoFormat.Read(text, display, bag)
            : XliffFormat.Read(text, display, bag);
        if (file is null)
        {
            return null;
        }

        var language = file.TargetLanguage;
        if (!pack.Languages.Contains(language) || language == pack.SourceLanguage)
        {
            bag.Error(new SourceSpan(display, 1, 1), Codes.UnknownLanguage, $"the file is for `{language}`, which is not a translated language of the pack ({string.Join(", ", pack.Languages.Where(l => l != pack.SourceLanguage))})");
            return null;
        }

        var documents = new Dictionary<string, (MessageCatalogue Source, Dictionary<string, string> Target, TemplateFacts Skeleton)>(StringComparer.Ordinal);
        var changed = 0;
        var unchanged = 0;
        var fuzzy = 0;
        var changedDocuments = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var unit in file.Units)
        {
            var at = new SourceSpan(display, unit.Line, 1);
            var document = pack.Document(unit.Document);
            if (document is not { IsSkeleton: true })
            {
                bag.Error(at, Codes.UnknownDocument, $"`{unit.Document}` is not a document of the pack with messages{Templating.Helpers.Suggest(unit.Document, pack.Documents.Select(d => d.Id))}");
                continue;
            }

            if (!documents.TryGetValue(document.Id, out var state))
            {
                var skeletonPath = pack.TemplatePath(document, language);
                state = (PackLoader.LoadMessages(pack.Root, pack.SourceLanguage, document.Id, bag),
                    PackLoader.LoadMessages(pack.Root, language, document.Id, bag).Entries.ToDictionary(e => e.Key, e => e.Value.Text, StringComparer.Ordinal),
                    TemplateAnalyzer.Analyze(File.ReadAllText(skeletonPath), PackLoader.Display(skeletonPath)));
                documents[document.Id] = state;
            }

            if (!state.Source.Entries.ContainsKey(unit.Id))
            {
                bag.Error(at, Codes.TranslationParity, $"`{unit.Document}` has no message `{unit.Id}`{Templating.Helpers.Suggest(unit.Id, state.Source.Entries.Keys)}");
                continue;
            }

            if (unit.State == UnitState.NeedsReview)
            {
                fuzzy++;
            }

            if (unit.Target.Length == 0)
            {
                continue; // not translated in the file: the pack keeps what it has
            }

            if (!Check(pack, language, unit, state.Skeleton, at, bag))
            {
                continue;
            }

            if (state.Target.TryGetValue(unit.Id, out var current) && current == unit.Target)
            {
                unchanged++;
                continue;
            }

            state.Target[unit.Id] = unit.Target;
            changedDocuments.Add(document.Id);
            changed++;
        }

        if (bag.HasErrors)
        {
            return null;
        }

        var written = new List<string>();
        foreach (var doc in changedDocuments)
        {
            var state = documents[doc];
            // Source order, then anything the catalogue had that the source no longer has (kept, not lost).
            var ordered = state.Source.Entries.Keys.Where(state.Target.ContainsKey)
                .Concat(state.Target.Keys.Where(k => !state.Source.Entries.ContainsKey(k)))
                .Select(k => new KeyValuePair<string, string>(k, state.Target[k]));
            var target = Path.Combine(pack.Root, "messages", language, doc + ".yaml");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            IO.AtomicFile.Write(target, System.Text.Encoding.UTF8.GetBytes(MessageFile.Write(doc, language, ordered)));
            written.Add(PackLoader.Display(target));
        }

        return new ImportResult(language, changed, unchanged, fuzzy, written);
    }

    private static bool Check(TemplatePack pack, string language, TranslationUnit unit, TemplateFacts skeleton, SourceSpan at, DiagnosticBag bag)
    {
        ParsedMessage parsed;
        try
        {
            parsed = MessageParser.Parse(unit.Target);
        }
        catch (MessageSyntaxException e)
        {
            bag.Error(at, Codes.TemplateSyntax, $"`{unit.Document}/{unit.Id}` is rejected: {e.Message} (at character {e.Offset + 1} of the translation)");
            return false;
        }

        var passed = skeleton.Messages.Where(m => m.Id == unit.Id).SelectMany(m => m.Passed).ToHashSet(StringComparer.Ordinal);
        var clauses = skeleton.Clauses.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var ok = true;
        foreach (var (code, problem) in MessageChecker.ReferenceProblems(pack, language, parsed, passed, clauses))
        {
            bag.Error(at, code, $"`{unit.Document}/{unit.Id}` is rejected: {problem}");
            ok = false;
        }

        return ok;
    }
}
