using DocTool.Core.Building;
using DocTool.Core.Diagnostics;
using DocTool.Core.Templating;

namespace DocTool.Core.Markdown;

/// <summary>
/// What an override takes away besides its own clause: the sub-clauses a replace or remove drops
/// (said once, as a warning, at the override), and the <c>ref</c>s that pointed to a dropped clause
/// (an error at the override that dropped it, not at the model template).
/// </summary>
public static partial class ClauseEditor
{
    private static void NoteRemoved(ClauseOverride o, Section target, List<Section> sections, string[] newLines, Dictionary<string, ClauseOverride> removedBy, DiagnosticBag bag)
    {
        var kept = newLines.Select(l => HeadingLine().Match(l)).Where(m => m.Success).Select(m => m.Groups["id"].Value).ToHashSet(StringComparer.Ordinal);
        var inside = sections.Where(s => s.Start > target.Start && s.Start < target.End).ToList();
        foreach (var s in inside.Prepend(target).Where(s => !kept.Contains(s.Id)))
        {
            removedBy.TryAdd(s.Id, o);
        }

        var dropped = inside.Where(s => !kept.Contains(s.Id)).Select(s => $"`{s.Id}`").ToList();
        if (dropped.Count == 0)
        {
            // (The same warning from every language built is one line: the bag drops repeats.)
            return;
        }

        var verb = o.Action == OverrideAction.Remove ? "removes" : "replaces";
        var tail = o.Action == OverrideAction.Remove
            ? string.Empty
            : "; the new text does not contain them (give them their headings again in the text to keep them)";
        bag.Warning(o.Span, Codes.OverrideScope, $"the override {verb} `{o.Clause}` together with its sub-clause{(dropped.Count == 1 ? string.Empty : "s")} {string.Join(", ", dropped)}{tail}");
    }

    private static void CheckReferences(List<string> lines, Dictionary<string, ClauseOverride> removedBy, DiagnosticBag bag)
    {
        if (removedBy.Count == 0)
        {
            return;
        }

        var present = Sections(lines).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var current = "(the start of the document)";
        foreach (var line in lines)
        {
            var heading = HeadingLine().Match(line);
            if (heading.Success)
            {
                current = $"`{heading.Groups["id"].Value}`";
            }

            for (var at = line.IndexOf(Helpers.RefOpen, StringComparison.Ordinal); at >= 0; at = line.IndexOf(Helpers.RefOpen, at + 1))
            {
                var close = line.IndexOf(Helpers.RefClose, at);
                if (close < 0)
                {
                    break;
                }

                var id = line[(at + 1)..close];
                if (!present.Contains(id) && removedBy.TryGetValue(id, out var by) && reported.Add(id + "\n" + current))
                {
                    var how = by.Clause == id ? $"the override of `{id}`" : $"the override of `{by.Clause}` (which contains `{id}`)";
                    bag.Error(by.Span, Codes.MarkdownRule, $"{how} removes a clause that clause {current} still refers to (`ref \"{id}\"`); override {current} too, or keep `{id}`");
                }
            }
        }
    }
}
