using System.Text;
using System.Text.RegularExpressions;
using DocTool.Core.Diagnostics;
using DocTool.Core.Templating;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceSpan = DocTool.Core.Diagnostics.SourceSpan;

namespace DocTool.Core.Markdown;

/// <summary>
/// Parses the Markdown a template produced, numbers its clauses from heading levels
/// (1, 1.1, 1.1.1; annexes A, B, C) and resolves clause references.
/// </summary>
public static partial class MarkdownParser
{
    /// <summary>The Markdig pipeline: pipe tables and <c>{#id .class}</c> attributes; raw HTML is shown as text.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGenericAttributes()
        .DisableHtml()
        .Build();

    /// <summary>
    /// Builds the pipeline and runs Markdig's block and inline parsers once on a few lines that use each
    /// of them, so their one-time set-up is done (see <see cref="Building.Prewarm"/>).
    /// </summary>
    public static void Prepare() =>
        Markdig.Markdown.Parse("# A {#a}\n\nText *em* **strong** `code` [link](https://example.org).\n\n1. one\n2. two\n\n- x\n\n> quote\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", Pipeline);

    /// <summary>Parses and checks; returns null with diagnostics when a rule is broken.</summary>
    public static ParsedDocument? Parse(string markdown, string templateDisplay, DiagnosticBag bag)
    {
        var before = bag.HasErrors;
        var ast = Markdig.Markdown.Parse(markdown, Pipeline);
        var clauses = new List<Clause>();
        var counters = new int[4];
        var annexIndex = 0;
        var inAnnex = false;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in ast.Descendants<HeadingBlock>())
        {
            var attributes = heading.TryGetAttributes();
            var id = attributes?.Id;
            var title = PlainText(heading.Inline);
            var isAnnex = attributes?.Classes?.Contains("annex") == true;
            if (string.IsNullOrEmpty(id))
            {
                var hint = title.TrimEnd().EndsWith('}') ? " (a clause id needs at least two characters)" : string.Empty;
                bag.Error(At(templateDisplay, heading), Codes.MarkdownRule, $"the heading \"{title}\" has no clause id{hint}; write it as `{new string('#', heading.Level)} {title} {{#some-id}}`");
                continue;
            }

            if (!ClauseId().IsMatch(id))
            {
                bag.Error(At(templateDisplay, heading), Codes.MarkdownRule, $"the clause id `{id}` must use lowercase letters, digits and hyphens only");
            }

            if (!ids.Add(id))
            {
                bag.Error(At(templateDisplay, heading), Codes.MarkdownRule, $"the clause id `{id}` is used twice in this document");
                continue;
            }

            if (heading.Level > 3)
            {
                bag.Error(At(templateDisplay, heading), Codes.MarkdownRule, $"the heading \"{title}\" is level {heading.Level}; clauses go three levels deep at most (#, ##, ###)");
                continue;
            }

            string number;
            if (isAnnex && heading.Level == 1)
            {
                inAnnex = true;
                annexIndex++;
                number = AnnexLetter(annexIndex);
            }
            else if (inAnnex)
            {
                if (heading.Level == 1)
                {
                    bag.Error(At(templateDisplay, heading), Codes.MarkdownRule, $"the clause \"{title}\" comes after an annex; annexes go at the end (mark it `.annex` or move it up)");
                }

                number = string.Empty;
            }
            else
            {
                counters[heading.Level]++;
                for (var l = heading.Level + 1; l < counters.Length; l++)
                {
                    counters[l] = 0;
                }

                if (heading.Level > 1 && counters[heading.Level - 1] == 0)
                {
                    bag.Error(At(templateDisplay, heading), Codes.MarkdownRule, $"the heading \"{title}\" is level {heading.Level} but has no level-{heading.Level - 1} heading above it");
                }

                number = string.Join('.', counters.Skip(1).Take(heading.Level));
            }

            clauses.Add(new Clause(id, heading.Level, number, title, isAnnex || inAnnex, heading));
        }

        ResolveReferences(ast, clauses, templateDisplay, bag);
        if (bag.HasErrors && !before)
        {
            return null;
        }

        return new ParsedDocument(ast, clauses, ResolveReferencesInText(markdown, clauses));
    }

    /// <summary>The plain text of inlines (for titles, TOC entries and messages).</summary>
    public static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        foreach (var child in inline.Descendants<Inline>())
        {
            switch (child)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
                case ClauseReferenceInline reference:
                    sb.Append(reference.Clause.Number);
                    break;
            }
        }

        return sb.ToString().Trim();
    }

    /// <summary>
    /// Replaces each reference marker in the text by the clause's number: a <see cref="ClauseReferenceInline"/>
    /// for a numbered clause (a Word field), plain text for an annex or an unnumbered clause.
    /// </summary>
    private static void ResolveReferences(MarkdownDocument ast, List<Clause> clauses, string display, DiagnosticBag bag)
    {
        foreach (var literal in ast.Descendants<LiteralInline>().ToList())
        {
            var text = literal.Content.ToString();
            if (!text.Contains(Helpers.RefOpen, StringComparison.Ordinal))
            {
                continue;
            }

            var position = 0;
            var pending = new StringBuilder();
            foreach (Match m in RefMarker().Matches(text))
            {
                pending.Append(text, position, m.Index - position);
                position = m.Index + m.Length;
                var clause = clauses.FirstOrDefault(c => c.Id == m.Groups[1].Value);
                if (clause is null || clause.IsAnnex || clause.Number.Length == 0)
                {
                    pending.Append(Replace(m.Value, clauses, display, bag));
                    continue;
                }

                if (pending.Length > 0)
                {
                    literal.InsertBefore(new LiteralInline(pending.ToString()));
                    pending.Clear();
                }

                literal.InsertBefore(new ClauseReferenceInline(clause));
            }

            pending.Append(text, position, text.Length - position);
            literal.Content = new Markdig.Helpers.StringSlice(pending.ToString());
        }
    }

    private static string ResolveReferencesInText(string markdown, List<Clause> clauses) =>
        markdown.Contains(Helpers.RefOpen, StringComparison.Ordinal) ? Replace(markdown, clauses, null, null) : markdown;

    private static string Replace(string text, List<Clause> clauses, string? display, DiagnosticBag? bag) =>
        RefMarker().Replace(text, m =>
        {
            var id = m.Groups[1].Value;
            var clause = clauses.FirstOrDefault(c => c.Id == id);
            if (clause is null)
            {
                bag?.Error(SourceSpan.ForFile(display ?? "?"), Codes.MarkdownRule, $"`ref \"{id}\"` names no clause of this document{Helpers.Suggest(id, clauses.Select(c => c.Id))}");
                return id;
            }

            return clause.Number;
        });

    private static SourceSpan At(string display, Block block) =>
        new(display + $" (rendered Markdown line {block.Line + 1})", 0, 0);

    private static string AnnexLetter(int index)
    {
        var sb = new StringBuilder();
        while (index > 0)
        {
            index--;
            sb.Insert(0, (char)('A' + (index % 26)));
            index /= 26;
        }

        return sb.ToString();
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ClauseId();

    [GeneratedRegex("\u2983([^\u2984]*)\u2984")]
    private static partial Regex RefMarker();
}
