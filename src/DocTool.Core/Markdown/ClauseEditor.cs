using System.Text;
using System.Text.RegularExpressions;
using DocTool.Core.Building;
using DocTool.Core.Diagnostics;
using DocTool.Core.Packs;
using DocTool.Core.Templating;
using DocTool.Core.Text;

namespace DocTool.Core.Markdown;

/// <summary>
/// Applies clause overrides to rendered Markdown: replaces, inserts after or removes a clause with its
/// sub-clauses, before numbering, so numbers stay right; and writes the "Adaptations to the model" annex.
/// </summary>
public static partial class ClauseEditor
{
    private sealed record Section(string Id, int Level, string Title, int Start, int End);

    /// <summary>Applies the overrides for one document language and returns the new Markdown.</summary>
    public static string Apply(string markdown, IReadOnlyList<ClauseOverride> overrides, string language, StringCatalogue strings, IReadOnlyDictionary<string, string> modelHashes, bool annex, DiagnosticBag bag)
    {
        if (overrides.Count == 0)
        {
            return markdown;
        }

        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var log = new List<string>();
        var removedBy = new Dictionary<string, ClauseOverride>(StringComparer.Ordinal);
        foreach (var o in overrides)
        {
            var sections = Sections(lines);
            var target = sections.FirstOrDefault(s => s.Id == o.Clause);
            if (target is null)
            {
                var nearest = Similar.Nearest(o.Clause, sections.Select(s => s.Id), 3);
                bag.Error(o.Span, Codes.MarkdownRule, $"the clause `{o.Clause}` does not exist in `{o.Document}`; nearest ids: {string.Join(", ", nearest.Select(n => "`" + n + "`"))}");
                continue;
            }

            if (modelHashes.TryGetValue(o.Clause, out var current) && o.ModelHash != current)
            {
                bag.Warning(o.Span, Codes.StaleTranslation, o.ModelHash is null
                    ? $"the override of `{o.Clause}` records no `model_hash`; add `model_hash: {current}` so DocTool can tell you when the model clause changes"
                    : $"the model clause `{o.Clause}` has changed since this override was written; review the override, then set `model_hash: {current}`");
            }

            string? replacement = null;
            if (o.Action != OverrideAction.Remove)
            {
                if (!o.Text.TryGetValue(language, out replacement) && !o.Text.TryGetValue("*", out replacement))
                {
                    bag.Error(o.Span, Codes.MissingTranslation, $"the override of `{o.Clause}` has no `{language}` text");
                    continue;
                }

                var first = HeadingLine().Match(replacement.TrimStart('\n').Split('\n')[0]);
                if (!first.Success)
                {
                    bag.Error(o.Span, Codes.MarkdownRule, $"the `{language}` text of the override of `{o.Clause}` must start with a heading that carries a clause id, such as `{new string('#', target.Level)} {target.Title} {{#{o.Clause}}}`");
                    continue;
                }
            }

            var end = target.End;
            var newLines = replacement?.TrimEnd('\n').Split('\n') ?? [];
            if (o.Action != OverrideAction.InsertAfter)
            {
                NoteRemoved(o, target, sections, newLines, removedBy, bag);
            }

            switch (o.Action)
            {
                case OverrideAction.Replace:
                    lines.RemoveRange(target.Start, end - target.Start);
                    lines.InsertRange(target.Start, [.. newLines, string.Empty]);
                    log.Add(Entry(strings, "ui.adaptation_replaced", o.Clause, target.Title, keepsNumber: true));
                    break;
                case OverrideAction.InsertAfter:
                    lines.InsertRange(end, [.. newLines, string.Empty]);
                    var id = HeadingLine().Match(newLines[0]).Groups["id"].Value;
                    log.Add(Entry(strings, "ui.adaptation_inserted", id, HeadingLine().Match(newLines[0]).Groups["title"].Value, keepsNumber: true));
                    break;
                case OverrideAction.Remove:
                    lines.RemoveRange(target.Start, end - target.Start);
                    log.Add(Entry(strings, "ui.adaptation_removed", o.Clause, target.Title, keepsNumber: false));
                    break;
            }
        }

        CheckReferences(lines, removedBy, bag);
        var result = new StringBuilder(string.Join('\n', lines).TrimEnd('\n'));
        if (annex && log.Count > 0)
        {
            result.Append("\n\n# ").Append(strings.Get("ui.adaptations_title")).Append(" {#adaptations-to-the-model .annex}\n\n");
            result.Append(strings.Get("ui.adaptations_intro")).Append("\n\n");
            foreach (var entry in log)
            {
                result.Append("- ").Append(entry).Append('\n');
            }
        }

        return result.Append('\n').ToString();
    }

    private static string Entry(StringCatalogue strings, string key, string id, string title, bool keepsNumber)
    {
        var what = strings.Get(key);
        var number = keepsNumber ? $"{Helpers.RefOpen}{id}{Helpers.RefClose} " : string.Empty;
        return $"{number}{title} — {what}";
    }

    private static List<Section> Sections(List<string> lines)
    {
        var headings = new List<(string Id, int Level, string Title, int Line)>();
        var fence = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                fence = !fence;
            }

            var m = fence ? Match.Empty : HeadingLine().Match(lines[i]);
            if (m.Success)
            {
                headings.Add((m.Groups["id"].Value, m.Groups["hashes"].Length, m.Groups["title"].Value.Trim(), i));
            }
        }

        var result = new List<Section>();
        for (var k = 0; k < headings.Count; k++)
        {
            var end = lines.Count;
            for (var j = k + 1; j < headings.Count; j++)
            {
                if (headings[j].Level <= headings[k].Level)
                {
                    end = headings[j].Line;
                    break;
                }
            }

            result.Add(new Section(headings[k].Id, headings[k].Level, headings[k].Title, headings[k].Line, end));
        }

        return result;
    }

    [GeneratedRegex(@"^(?<hashes>#{1,6})\s+(?<title>.*?)\s*\{#(?<id>[a-z0-9-]+)(\s+\.annex)?\}\s*$")]
    private static partial Regex HeadingLine();
}
