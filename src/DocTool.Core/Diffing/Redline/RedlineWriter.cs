using System.Globalization;
using System.Security;
using System.Text;
using DiffPlex;
using DocTool.Core.Docx;

namespace DocTool.Core.Diffing.Redline;

/// <summary>
/// Writes a Word document whose differences between two generated versions are real tracked
/// revisions: clause by clause, the words that changed are <c>w:ins</c>/<c>w:del</c> runs and a
/// paragraph that appears or disappears has its paragraph mark inserted or deleted, all by the author
/// "DocTool" at one fixed date (so the same inputs give the same bytes). Accepting every change gives
/// the new text, rejecting every change the old. Each changed clause carries a Word comment naming the
/// clause id and, when known, why it changed. The text is DocTool's clause projection (paragraphs, and
/// table rows as <c>| a | b |</c> lines) in the new document's styles; it is a review copy, not the
/// document to adopt.
/// </summary>
public static class RedlineWriter
{
    /// <summary>The author of every revision and comment.</summary>
    public const string Author = "DocTool";

    /// <summary>The date of every revision and comment (fixed, for byte-identical output).</summary>
    public const string Date = "2000-01-01T00:00:00Z";

    private const string Wns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string MainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string RelBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /// <summary>Makes the redline .docx.</summary>
    /// <param name="before">The old version (or the model).</param>
    /// <param name="after">The new version (or the adapted document).</param>
    /// <param name="reason">Why a clause changed, when the caller knows (null: unknown).</param>
    public static byte[] Write(RedlineSource before, RedlineSource after, Func<ChangeKind, string, string?> reason)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(reason);
        var state = new State();
        foreach (var (old, @new) in Align(before.Clauses, after.Clauses))
        {
            var oldText = old is null ? string.Empty : Text(old);
            var newText = @new is null ? string.Empty : Text(@new);
            var id = (@new ?? old)!.Id;
            var style = after.HeadingStyles.GetValueOrDefault(id) ?? before.HeadingStyles.GetValueOrDefault(id);
            string? comment = null;
            if (oldText != newText)
            {
                var kind = old is null ? ChangeKind.Added : @new is null ? ChangeKind.Removed : ChangeKind.Changed;
                var why = reason(kind, id);
                comment = $"{(kind switch { ChangeKind.Added => "Clause added", ChangeKind.Removed => "Clause removed", _ => "Clause changed" })}: {id}.{(why is null ? string.Empty : " " + why)}";
            }

            Clause(state, oldText, newText, style, comment);
        }

        var package = new OpcPackage();
        package.AddPart("word/document.xml", MainType, $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{Wns}\"><w:body>{state.Body}<w:sectPr/></w:body></w:document>");
        package.Relate(string.Empty, "rId1", RelBase + "officeDocument", "word/document.xml");
        package.AddPart("word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:settings xmlns:w=\"{Wns}\"><w:trackRevisions/></w:settings>");
        package.Relate("word/document.xml", "rId1", RelBase + "settings", "word/settings.xml");
        if ((after.Styles ?? before.Styles) is { } styles)
        {
            package.AddPart("word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", styles);
            package.Relate("word/document.xml", "rId2", RelBase + "styles", "word/styles.xml");
        }

        if ((after.Numbering ?? before.Numbering) is { } numbering)
        {
            package.AddPart("word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml", numbering);
            package.Relate("word/document.xml", "rId3", RelBase + "numbering", "word/numbering.xml");
        }

        if (state.Comments.Length > 0)
        {
            package.AddPart("word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:comments xmlns:w=\"{Wns}\">{state.Comments}</w:comments>");
            package.Relate("word/document.xml", "rId4", RelBase + "comments", "word/comments.xml");
        }

        return package.ToArray();
    }

    /// <summary>The clauses of both versions in the new order, each removed clause after the one it followed.</summary>
    internal static List<(DocClause? Old, DocClause? New)> Align(IReadOnlyList<DocClause> before, IReadOnlyList<DocClause> after)
    {
        var newIds = after.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var oldById = before.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var removedAfter = new Dictionary<string, List<DocClause>>(StringComparer.Ordinal);
        var leading = new List<DocClause>();
        string? previous = null;
        foreach (var clause in before)
        {
            if (!newIds.Contains(clause.Id))
            {
                if (previous is null)
                {
                    leading.Add(clause);
                }
                else
                {
                    (removedAfter.TryGetValue(previous, out var list) ? list : removedAfter[previous] = []).Add(clause);
                }
            }
            else
            {
                previous = clause.Id;
            }
        }

        var result = leading.Select(c => ((DocClause?)c, (DocClause?)null)).ToList();
        foreach (var clause in after)
        {
            result.Add((oldById.GetValueOrDefault(clause.Id), clause));
            foreach (var removed in removedAfter.GetValueOrDefault(clause.Id) ?? [])
            {
                result.Add((removed, null));
            }
        }

        return result;
    }

    /// <summary>The text of a clause as paragraphs: the heading, then each line of the body.</summary>
    internal static string Text(DocClause clause) =>
        clause.Id == DocxClauseReader.FrontMatter ? clause.Text.Replace("\r\n", "\n", StringComparison.Ordinal)
        : clause.Text.Length == 0 ? clause.Heading : clause.Heading + "\n" + clause.Text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static void Clause(State state, string oldText, string newText, string? headingStyle, string? comment)
    {
        var diff = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, RedlineTokens.Instance);
        var tokens = new List<(string Text, int Op)>();
        var position = 0;
        foreach (var block in diff.DiffBlocks)
        {
            for (; position < block.InsertStartB; position++)
            {
                tokens.Add((diff.PiecesNew[position], 0));
            }

            tokens.AddRange(Enumerable.Range(block.DeleteStartA, block.DeleteCountA).Select(i => (diff.PiecesOld[i], -1)));
            tokens.AddRange(Enumerable.Range(block.InsertStartB, block.InsertCountB).Select(i => (diff.PiecesNew[i], 1)));
            position = block.InsertStartB + block.InsertCountB;
        }

        for (; position < diff.PiecesNew.Count; position++)
        {
            tokens.Add((diff.PiecesNew[position], 0));
        }

        if (tokens.Count == 0)
        {
            return;
        }

        tokens = Readable(tokens);

        // Every clause ends with a paragraph mark that belongs to the side(s) the clause is on.
        var endOp = oldText.Length == 0 ? 1 : newText.Length == 0 ? -1 : 0;
        tokens.Add(("\n", endOp));

        var commentId = -1;
        if (comment is not null)
        {
            commentId = state.NextComment++;
            state.Comments.Append(CultureInfo.InvariantCulture, $"<w:comment w:id=\"{commentId}\" w:author=\"{Author}\" w:date=\"{Date}\" w:initials=\"DT\"><w:p><w:r><w:t xml:space=\"preserve\">{Escape(comment)}</w:t></w:r></w:p></w:comment>");
        }

        var paragraph = new StringBuilder();
        var first = true;
        foreach (var (text, op) in tokens)
        {
            if (text != "\n")
            {
                paragraph.Append(Run(state, text, op));
                continue;
            }

            var properties = new StringBuilder();
            if (first && headingStyle is not null)
            {
                properties.Append(CultureInfo.InvariantCulture, $"<w:pStyle w:val=\"{Escape(headingStyle)}\"/>");
            }

            if (op != 0)
            {
                properties.Append(CultureInfo.InvariantCulture, $"<w:rPr><w:{(op > 0 ? "ins" : "del")} w:id=\"{state.NextRevision++}\" w:author=\"{Author}\" w:date=\"{Date}\"/></w:rPr>");
            }

            state.Body.Append("<w:p>");
            if (properties.Length > 0)
            {
                state.Body.Append("<w:pPr>").Append(properties).Append("</w:pPr>");
            }

            if (first && commentId >= 0)
            {
                state.Body.Append(CultureInfo.InvariantCulture, $"<w:commentRangeStart w:id=\"{commentId}\"/>").Append(paragraph)
                    .Append(CultureInfo.InvariantCulture, $"<w:commentRangeEnd w:id=\"{commentId}\"/><w:r><w:commentReference w:id=\"{commentId}\"/></w:r>");
            }
            else
            {
                state.Body.Append(paragraph);
            }

            state.Body.Append("</w:p>");
            paragraph.Clear();
            first = false;
        }
    }

    /// <summary>
    /// Makes the changes read as a reviewer expects: a space between two changed words becomes part of
    /// the change, each stretch of changes shows what was deleted before what was inserted (both in
    /// order, so accepting or rejecting all still gives one side's exact text), and neighbouring words
    /// with the same fate are one run.
    /// </summary>
    internal static List<(string Text, int Op)> Readable(List<(string Text, int Op)> tokens)
    {
        static bool Space(string t) => t.Length > 0 && t.All(c => c is ' ' or '\t' or '\u00A0' or '\u202F');
        var expanded = new List<(string Text, int Op)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var (text, op) = tokens[i];
            if (op == 0 && Space(text) && i > 0 && tokens[i - 1].Op != 0 && i + 1 < tokens.Count && tokens[i + 1].Op != 0)
            {
                expanded.Add((text, -1));
                expanded.Add((text, 1));
            }
            else
            {
                expanded.Add((text, op));
            }
        }

        var result = new List<(string Text, int Op)>();
        for (var i = 0; i < expanded.Count;)
        {
            if (expanded[i].Op == 0)
            {
                result.Add(expanded[i++]);
                continue;
            }

            var end = i;
            while (end < expanded.Count && expanded[end].Op != 0)
            {
                end++;
            }

            var stretch = expanded.GetRange(i, end - i);
            result.AddRange(stretch.Where(t => t.Op < 0));
            result.AddRange(stretch.Where(t => t.Op > 0));
            i = end;
        }

        var merged = new List<(string Text, int Op)>();
        foreach (var token in result)
        {
            if (merged.Count > 0 && merged[^1].Op == token.Op && token.Text != "\n" && merged[^1].Text[^1] != '\n')
            {
                merged[^1] = (merged[^1].Text + token.Text, token.Op);
            }
            else
            {
                merged.Add(token);
            }
        }

        return merged;
    }

    private static string Run(State state, string text, int op)
    {
        var t = op < 0 ? "delText" : "t";
        var run = $"<w:r><w:{t} xml:space=\"preserve\">{Escape(text)}</w:{t}></w:r>";
        return op == 0 ? run : $"<w:{(op > 0 ? "ins" : "del")} w:id=\"{state.NextRevision++}\" w:author=\"{Author}\" w:date=\"{Date}\">{run}</w:{(op > 0 ? "ins" : "del")}>";
    }

    private static string Escape(string text) => SecurityElement.Escape(text);

    private sealed class State
    {
        public StringBuilder Body { get; } = new();

        public StringBuilder Comments { get; } = new();

        public int NextRevision { get; set; } = 1;

        public int NextComment { get; set; }
    }
}
