using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;

namespace DocTool.Core.Diffing;

/// <summary>How a clause changed.</summary>
public enum ChangeKind
{
    /// <summary>Only in the new document.</summary>
    Added,

    /// <summary>Only in the old document.</summary>
    Removed,

    /// <summary>In both, with different text.</summary>
    Changed,
}

/// <summary>One changed clause, with its word-level changes.</summary>
public sealed record ClauseChange(ChangeKind Kind, string Id, string Heading, IReadOnlyList<WordChange> Words);

/// <summary>A run of words: unchanged, removed or inserted.</summary>
public sealed record WordChange(string Text, int Op);

/// <summary>The clause changes of one document (or a document only on one side).</summary>
public sealed record DocumentDiff(string Path, string? Only, IReadOnlyList<ClauseChange> Changes);

/// <summary>A clause-aware diff: which clauses were added, removed or changed, with word-level changes.</summary>
public static class ClauseDiff
{
    /// <summary>Compares two documents' clauses.</summary>
    public static IReadOnlyList<ClauseChange> Compare(IReadOnlyList<DocClause> before, IReadOnlyList<DocClause> after)
    {
        var changes = new List<ClauseChange>();
        var oldById = before.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var newIds = after.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var clause in after)
        {
            if (!oldById.TryGetValue(clause.Id, out var old))
            {
                changes.Add(new ClauseChange(ChangeKind.Added, clause.Id, clause.Heading, Words(string.Empty, clause.Heading + "\n" + clause.Text)));
            }
            else if (old.Heading != clause.Heading || old.Text != clause.Text)
            {
                changes.Add(new ClauseChange(ChangeKind.Changed, clause.Id, clause.Heading, Words(old.Heading + "\n" + old.Text, clause.Heading + "\n" + clause.Text)));
            }
        }

        foreach (var clause in before.Where(c => !newIds.Contains(c.Id)))
        {
            changes.Add(new ClauseChange(ChangeKind.Removed, clause.Id, clause.Heading, Words(clause.Heading + "\n" + clause.Text, string.Empty)));
        }

        return changes;
    }

    /// <summary>Word-level changes; <c>Op</c> is 0 unchanged, -1 removed, +1 inserted.</summary>
    public static IReadOnlyList<WordChange> Words(string before, string after)
    {
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, new DelimiterChunker([' ', '\n']));
        var result = new List<WordChange>();
        var position = 0;
        foreach (var block in diff.DiffBlocks)
        {
            if (block.InsertStartB > position)
            {
                result.Add(new WordChange(Join(diff.PiecesNew, position, block.InsertStartB - position), 0));
            }

            if (block.DeleteCountA > 0)
            {
                result.Add(new WordChange(Join(diff.PiecesOld, block.DeleteStartA, block.DeleteCountA), -1));
            }

            if (block.InsertCountB > 0)
            {
                result.Add(new WordChange(Join(diff.PiecesNew, block.InsertStartB, block.InsertCountB), 1));
            }

            position = block.InsertStartB + block.InsertCountB;
        }

        if (position < diff.PiecesNew.Count)
        {
            result.Add(new WordChange(Join(diff.PiecesNew, position, diff.PiecesNew.Count - position), 0));
        }

        return result;
    }

    /// <summary>Renders changes for a terminal (<c>[-old-]{+new+}</c>) or as Markdown (<c>~~old~~ **new**</c>).</summary>
    public static string Render(IReadOnlyList<DocumentDiff> documents, bool markdown)
    {
        var sb = new StringBuilder();
        int added = 0, removed = 0, changed = 0;
        foreach (var doc in documents)
        {
            sb.AppendLine(markdown ? $"### `{doc.Path}`" : doc.Path);
            if (doc.Only is not null)
            {
                sb.AppendLine(markdown ? $"- document {doc.Only}" : $"  document {doc.Only}");
                continue;
            }

            foreach (var change in doc.Changes)
            {
                var sign = change.Kind switch { ChangeKind.Added => "+", ChangeKind.Removed => "-", _ => "~" };
                var word = change.Kind.ToString().ToLowerInvariant();
                _ = change.Kind switch { ChangeKind.Added => added++, ChangeKind.Removed => removed++, _ => changed++ };
                sb.AppendLine(markdown ? $"- **{word}** {change.Heading} (`{change.Id}`)" : $"  {sign} {change.Heading} ({change.Id}) {word}");
                if (change.Kind == ChangeKind.Changed)
                {
                    sb.AppendLine((markdown ? "  > " : "      ") + Excerpt(change.Words, markdown));
                }
            }
        }

        sb.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{changed} clause(s) changed, {added} added, {removed} removed");
        return sb.ToString();
    }

    private static string Excerpt(IReadOnlyList<WordChange> words, bool markdown)
    {
        // Show each change with a few words of context on each side.
        var sb = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Op == 0)
            {
                var tokens = w.Text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
                var isFirst = i == 0;
                var isLast = i == words.Count - 1;
                if (tokens.Length > 12)
                {
                    var head = isFirst ? string.Empty : string.Join(' ', tokens.Take(5));
                    var tail = isLast ? string.Empty : string.Join(' ', tokens.TakeLast(5));
                    sb.Append(head).Append(head.Length > 0 ? " … " : "… ").Append(tail).Append(tail.Length > 0 ? " " : string.Empty);
                }
                else
                {
                    sb.Append(string.Join(' ', tokens)).Append(' ');
                }
            }
            else
            {
                var text = string.Join(' ', w.Text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
                sb.Append(w.Op < 0 ? (markdown ? $"~~{text}~~ " : $"[-{text}-] ") : (markdown ? $"**{text}** " : $"{{+{text}+}} "));
            }
        }

        return sb.ToString().Trim();
    }

    private static string Join(IReadOnlyList<string> pieces, int start, int count) => string.Join(' ', pieces.Skip(start).Take(count));
}
