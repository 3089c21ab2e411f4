using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DocTool.Core.Templating;

/// <summary>
/// The Scriban context of one document render. What a skeleton writes with <c>{{ … }}</c> is text, and is
/// escaped for Markdown (<see cref="MarkdownLiteral"/>), so a profile value shows as typed; only what DocTool's
/// own Markdown helpers returned (messages, catalogue strings, clause references) is written as Markdown.
/// Those results are recognised by reference, so a profile value equal to one is still escaped.
/// </summary>
internal sealed class DocumentContext(ScriptObject builtins) : TemplateContext(builtins)
{
    private readonly HashSet<object> _markdown = new(ReferenceEqualityComparer.Instance);

    /// <summary>Records that <paramref name="value"/> is Markdown from the pack, to be written as it is.</summary>
    public object MarkAsMarkdown(object value)
    {
        if (value is string)
        {
            _markdown.Add(value);
        }

        return value;
    }

    /// <summary>True when <paramref name="value"/> is Markdown a helper returned (not text to escape).</summary>
    public bool IsMarkdown(object? value) => value is not null && _markdown.Contains(value);

    /// <summary>Text for Markdown: escaped unless a Markdown helper produced it.</summary>
    public string AsMarkdown(string text) => IsMarkdown(text) ? text : MarkdownLiteral.Escape(text);

    /// <inheritdoc/>
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        base.Write(span, textAsObject is string text ? AsMarkdown(text) : textAsObject);

    /// <inheritdoc/>
    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        base.WriteAsync(span, textAsObject is string text ? AsMarkdown(text) : textAsObject);
}
