using System.Text;
using DocTool.Core.Diagnostics;
using DocTool.Core.Packs.Checking;
using DocTool.Core.Templating.Messages;

namespace DocTool.Core.Packs.Exchange;

/// <summary>Collects the translation units of one language of a skeleton pack, with notes and review state.</summary>
public static class UnitBuilder
{
    /// <summary>The units of every skeleton document (or of the documents named) for a language.</summary>
    public static TranslationFile Build(TemplatePack pack, string language, IReadOnlyCollection<string>? documents = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var lockFile = TranslationLock.Load(pack.Root);
        var units = new List<TranslationUnit>();
        foreach (var document in pack.Documents.Where(d => d.IsSkeleton && (documents is null || documents.Count == 0 || documents.Contains(d.Id))))
        {
            var bag = new DiagnosticBag();
            var source = PackLoader.LoadMessages(pack.Root, pack.SourceLanguage, document.Id, bag);
            var target = PackLoader.LoadMessages(pack.Root, language, document.Id, bag);
            var skeletonPath = pack.TemplatePath(document, pack.SourceLanguage);
            var skeleton = TemplateAnalyzer.Analyze(File.ReadAllText(skeletonPath), PackLoader.Display(skeletonPath));
            var title = document.Titles.GetValueOrDefault(pack.SourceLanguage, document.Id);
            foreach (var (id, entry) in source.Entries)
            {
                var translated = target.Entries.GetValueOrDefault(id)?.Text ?? string.Empty;
                var recorded = lockFile.Get(document.Id, language, id);
                var current = TranslationLock.Hash(entry.Text);
                var state = translated.Length == 0 ? UnitState.Missing : recorded == current ? UnitState.Reviewed : UnitState.NeedsReview;
                var previous = recorded is not null && recorded != current ? lockFile.Source(recorded) : null;
                units.Add(new TranslationUnit(document.Id, id, entry.Text, translated, state, Note(pack, language, title, skeleton, source, id, entry.Text, translated), previous));
            }
        }

        return new TranslationFile(pack.SourceLanguage, language, units);
    }

    private static string Note(TemplatePack pack, string language, string title, TemplateFacts skeleton, MessageCatalogue source, string id, string text, string translated)
    {
        var note = new StringBuilder(title);
        var call = skeleton.Messages.FirstOrDefault(m => m.Id == id);
        var clause = call is null ? null : skeleton.Clauses.LastOrDefault(c => c.Line <= call.Span.Line);
        if (clause is not null)
        {
            var heading = source.Entries.GetValueOrDefault(clause.Id + ".title")?.Text ?? clause.Title;
            note.Append(", clause `").Append(clause.Id).Append("` (").Append(heading).Append(')');
            if (id.EndsWith(".title", StringComparison.Ordinal) || id.Contains(".title-", StringComparison.Ordinal))
            {
                note.Append(": its heading");
            }
        }

        note.Append('.');
        ParsedMessage parsed;
        try
        {
            parsed = MessageParser.Parse(text);
        }
        catch (MessageSyntaxException)
        {
            return note.ToString();
        }

        var placeholders = parsed.Placeholders.Concat(parsed.Arguments.Where(OrgGrammar.Names.Contains).Select(a => "{" + a + "}")).Distinct(StringComparer.Ordinal).ToList();
        if (placeholders.Count > 0)
        {
            note.Append(" Keep: ").Append(string.Join(", ", placeholders)).Append('.');
        }

        // The terms are the target language's (English text rarely names them).
        var terms = new List<string>();
        try
        {
            terms = [.. MessageParser.Parse(translated).Terms.Distinct(StringComparer.Ordinal)];
        }
        catch (MessageSyntaxException)
        {
            // A malformed translation has no reliable term list; templates check reports it.
        }

        if (terms.Count > 0 && pack.Termbases.TryGetValue(language, out var termbase))
        {
            note.Append(" Terms: ").Append(string.Join("; ", terms.Select(t => "{-" + t + "} = " + (termbase.Lookup(t, null, null).Text ?? "?"))));
            note.Append('.');
        }

        return note.ToString();
    }
}
