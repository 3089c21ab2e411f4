using DocTool.Core.Diagnostics;
using DocTool.Core.Templating.Messages;

namespace DocTool.Core.Packs.Checking;

/// <summary>
/// Checks the messages of a skeleton document in every language: each source message exists in each translation,
/// parses, uses only the values its skeleton call passes, terms the termbase has and clauses the skeleton has, and
/// was reviewed against the current source text (per message staleness through the lock).
/// </summary>
internal static class MessageChecker
{
    /// <summary>Checks one document; returns the completeness rows, one per language.</summary>
    public static List<CompletenessRow> Check(TemplatePack pack, PackDocument document, TemplateFacts skeleton, TranslationLock lockFile, DiagnosticBag bag)
    {
        var rows = new List<CompletenessRow>();
        var calls = skeleton.Messages.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var clauseIds = skeleton.Clauses.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var source = PackLoader.LoadMessages(pack.Root, pack.SourceLanguage, document.Id, bag);
        foreach (var (id, list) in calls.Where(c => !source.Entries.ContainsKey(c.Key)))
        {
            bag.Error(list[0].Span, Codes.MissingString, $"{source.File} has no message `{id}`{Templating.Helpers.Suggest(id, source.Entries.Keys)}");
        }

        foreach (var (id, entry) in source.Entries.Where(e => !calls.ContainsKey(e.Key)))
        {
            bag.Warning(entry.Span, Codes.UnusedField, $"message `{id}` is used by no `m` call of {skeleton.File}");
        }

        var sourceParsed = new Dictionary<string, ParsedMessage>(StringComparer.Ordinal);
        foreach (var lang in pack.Languages)
        {
            var path = Path.Combine(pack.Root, "messages", lang, document.Id + ".yaml");
            if (!File.Exists(path))
            {
                var display = PackLoader.Display(path);
                if (document.Languages.Contains(lang))
                {
                    bag.Error(SourceSpan.ForFile(display), Codes.MissingTemplate, $"`{document.Id}` has no {lang} messages");
                }
                else
                {
                    bag.Warning(SourceSpan.ForFile(display), Codes.MissingTemplate, $"`{document.Id}` is not yet translated into {lang} (not listed in its `languages` in pack.yaml)");
                }

                rows.Add(new CompletenessRow(document.Id, lang, "missing", skeleton.Clauses.Count, 0));
                continue;
            }

            var local = new DiagnosticBag();
            var catalogue = lang == pack.SourceLanguage ? source : PackLoader.LoadMessages(pack.Root, lang, document.Id, local);
            if (local.HasErrors)
            {
                // A catalogue that does not read as YAML: its syntax error, not a "missing" error for every message.
                bag.AddRange(local.Sorted);
                rows.Add(new CompletenessRow(document.Id, lang, "broken", skeleton.Clauses.Count, 0));
                continue;
            }

            var stale = 0;
            var previous = (string?)null;
            foreach (var (id, sourceEntry) in source.Entries)
            {
                if (!catalogue.Entries.ContainsKey(id))
                {
                    var after = previous is null ? null : catalogue.Entries.GetValueOrDefault(previous);
                    local.Error(after?.Span ?? SourceSpan.ForFile(catalogue.File), Codes.TranslationParity, $"the {pack.SourceLanguage} message `{id}` (\"{Short(sourceEntry.Text)}\", {source.File}:{sourceEntry.Span.Line}) is missing in {lang}{(previous is null ? string.Empty : $"; it belongs after `{previous}`")}");
                }

                previous = id;
            }

            foreach (var (id, entry) in catalogue.Entries.Where(e => !source.Entries.ContainsKey(e.Key)))
            {
                local.Error(entry.Span, Codes.TranslationParity, $"the message `{id}` is not in the {pack.SourceLanguage} catalogue{Templating.Helpers.Suggest(id, source.Entries.Keys)}");
            }

            foreach (var (id, entry) in catalogue.Entries)
            {
                ParsedMessage parsed;
                try
                {
                    parsed = MessageParser.Parse(entry.Text);
                }
                catch (MessageSyntaxException e)
                {
                    local.Error(entry.Span, Codes.TemplateSyntax, $"message `{id}`: {e.Message} (at character {e.Offset + 1} of the message)");
                    continue;
                }

                if (lang == pack.SourceLanguage)
                {
                    sourceParsed[id] = parsed;
                }

                var passed = calls.GetValueOrDefault(id)?.SelectMany(c => c.Passed).ToHashSet(StringComparer.Ordinal) ?? [];
                foreach (var (code, problem) in ReferenceProblems(pack, lang, parsed, passed, clauseIds))
                {
                    local.Error(entry.Span, code, $"message `{id}`: {problem}");
                }

                if (lang != pack.SourceLanguage && source.Entries.TryGetValue(id, out var sourceEntry))
                {
                    if (sourceParsed.TryGetValue(id, out var original))
                    {
                        // A translation may phrase things differently (asymmetry is allowed), but a clause reference it drops
                        // is a lost cross-reference.
                        foreach (var lost in original.Placeholders.Where(p => p.StartsWith("{#", StringComparison.Ordinal)).Except(parsed.Placeholders, StringComparer.Ordinal))
                        {
                            local.Warning(entry.Span, Codes.TranslationParity, $"message `{id}` drops {lost}, which the {pack.SourceLanguage} text uses");
                        }
                    }

                    var recorded = lockFile.Get(document.Id, lang, id);
                    if (recorded != TranslationLock.Hash(sourceEntry.Text))
                    {
                        stale++;
                        var was = recorded is null ? null : lockFile.Source(recorded);
                        local.Warning(entry.Span, Codes.StaleTranslation, recorded is null
                            ? $"message `{id}` has not been reviewed against the {pack.SourceLanguage} text (after reviewing it, run `doctool templates check --accept {lang}`)"
                            : $"message `{id}` may be stale: its {pack.SourceLanguage} text changed since this translation was reviewed; was \"{Short(was ?? "?")}\", now \"{Short(sourceEntry.Text)}\" (after updating it, run `doctool templates check --accept {lang} --doc {document.Id} --message {id}`)");
                    }
                }
            }

            var broken = local.HasErrors;
            bag.AddRange(local.Sorted);
            rows.Add(new CompletenessRow(document.Id, lang, broken ? "broken" : stale > 0 ? "stale" : "present", skeleton.Clauses.Count, stale));
        }

        return rows;
    }

    /// <summary>Records messages of a translation as reviewed: all of a language, one document, or one message.</summary>
    public static int Accept(TemplatePack pack, PackDocument document, string language, string? messageId, TranslationLock lockFile)
    {
        var bag = new DiagnosticBag();
        var source = PackLoader.LoadMessages(pack.Root, pack.SourceLanguage, document.Id, bag);
        var translated = PackLoader.LoadMessages(pack.Root, language, document.Id, bag);
        var count = 0;
        foreach (var (id, entry) in source.Entries)
        {
            if ((messageId is null || messageId == id) && translated.Entries.ContainsKey(id))
            {
                lockFile.AcceptMessage(document.Id, language, id, entry.Text);
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// What a message refers to that does not exist: a value its skeleton calls do not pass, a form of the
    /// organisation's name the language does not have, a term or term form the termbase lacks, a clause the
    /// document lacks. <c>templates check</c> and <c>templates import</c> report the same problems, each at its place.
    /// </summary>
    internal static IEnumerable<(string Code, string Problem)> ReferenceProblems(TemplatePack pack, string lang, ParsedMessage parsed, IReadOnlySet<string> passed, IReadOnlySet<string> clauseIds)
    {
        foreach (var name in parsed.Arguments.Distinct(StringComparer.Ordinal).Where(n => !passed.Contains(n) && !OrgGrammar.Names.Contains(n)))
        {
            var given = passed.Count == 0 ? "the skeleton passes no values to this message" : "the skeleton passes " + string.Join(", ", passed.Order(StringComparer.Ordinal).Select(p => "`" + p + "`"));
            yield return (Codes.UnknownVariable, $"`{{{name}}}` is not a placeholder of this message ({given}; `{{org}}` and `{{org_name}}` are always there){Templating.Helpers.Suggest(name, passed.Concat(OrgGrammar.Names))}");
        }

        foreach (var arg in parsed.AllNodes.OfType<ArgNode>().Where(a => OrgGrammar.Names.Contains(a.Name) && !passed.Contains(a.Name) && a.Form is not null))
        {
            if (!OrgGrammar.Forms(lang).Contains(arg.Form!))
            {
                yield return (Codes.UnknownVariable, $"`{{{arg.Name}.{arg.Form}}}` is not a form of the organisation's name in `{lang}`{(OrgGrammar.Forms(lang).Count == 0 ? " (it has none)" : $" (forms: {string.Join(", ", OrgGrammar.Forms(lang))})")}");
            }
        }

        var terms = pack.Termbases[lang];
        foreach (var term in parsed.AllNodes.OfType<TermNode>())
        {
            if (terms.Lookup(term.Id, term.Form, null) is { Text: null, Error: { } error })
            {
                yield return (Codes.MissingString, error + (terms.Forms.ContainsKey(term.Id) ? string.Empty : Templating.Helpers.Suggest(term.Id, terms.Forms.Keys)));
            }
        }

        foreach (var clause in parsed.ClauseRefs.Where(c => !clauseIds.Contains(c)))
        {
            yield return (Codes.MarkdownRule, $"it refers to clause `{clause}`, which the document does not have{Templating.Helpers.Suggest(clause, clauseIds)}");
        }
    }

    private static string Short(string text) => text.Length <= 160 ? text : text[..157] + "…";
}
