using System.Globalization;
using System.Text;
using DocTool.Core.Localization;
using DocTool.Core.Packs;
using Scriban;
using Scriban.Runtime;

namespace DocTool.Core.Templating.Messages;

/// <summary>A reference to a termbase entry passed as an argument (<c>term "executive-director"</c>); messages print its forms.</summary>
internal sealed record TermRef(string Id)
{
    /// <inheritdoc/>
    public override string ToString() => Id;
}

/// <summary>Renders a parsed message with the skeleton's arguments in one language.</summary>
internal sealed class MessageRenderer(HelperServices services, TemplateContext context)
{
    // One builder per thread: a document renders hundreds of messages.
    [ThreadStatic]
    private static StringBuilder? _builder;

    /// <summary>Renders; throws <see cref="MessageRenderException"/> naming what is wrong.</summary>
    public string Render(ParsedMessage message, ScriptObject? args)
    {
        if (message.Nodes is [TextNode only])
        {
            return only.Text;
        }

        var builder = _builder ?? new StringBuilder(1024);
        _builder = null;
        try
        {
            Append(builder, message.Nodes, args, number: null);
            return builder.ToString();
        }
        finally
        {
            builder.Clear();
            _builder = builder;
        }
    }

    private void Append(StringBuilder builder, IReadOnlyList<MessageNode> nodes, ScriptObject? args, string? number)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode text:
                    builder.Append(text.Text);
                    break;
                case NumberNode:
                    builder.Append(number);
                    break;
                case ClauseRefNode clause:
                    builder.Append(Helpers.RefOpen).Append(clause.Id).Append(Helpers.RefClose);
                    break;
                case TermNode term:
                    builder.Append(Cap(Term(term.Id, term.Form), term.Capitalize));
                    break;
                case ArgNode arg:
                    builder.Append(Cap(Argument(arg, args), arg.Capitalize));
                    break;
                case SelectNode select:
                    Select(builder, select, args);
                    break;
            }
        }
    }

    private void Select(StringBuilder builder, SelectNode select, ScriptObject? args)
    {
        if (select.Kind == SelectKind.Select)
        {
            var value = Value(select.Selector, args);
            var chosen = Case(select, Key(select, value));
            Append(builder, chosen.Body, args, number: null);
            return;
        }

        var n = select.Literal ?? Number(select.Selector, Value(select.Selector, args));
        var category = PluralRules.Select(services.Language, n).ToString().ToLowerInvariant();
        var branch = Case(select, category);
        var formatted = services.Formatter.Number(n);
        if (select.Kind == SelectKind.Count)
        {
            builder.Append(formatted);
            if (!services.Language.StartsWith("zh", StringComparison.Ordinal))
            {
                builder.Append('\u00A0');
            }

            Append(builder, branch.Body, args, number: null);
        }
        else
        {
            Append(builder, branch.Body, args, formatted);
        }
    }

    private string Key(SelectNode select, object? value)
    {
        switch (value)
        {
            case bool b:
                return b ? "true" : "false";
            case string s when HasCase(select, s):
                return s;
            case TermRef t:
                return t.Id;
            default:
                if (HasCase(select, "true") || HasCase(select, "false"))
                {
                    return context.ToBool(context.CurrentSpan, value) ? "true" : "false";
                }

                return value is null ? "null" : context.ObjectToString(value) ?? string.Empty;
        }
    }

    private static bool HasCase(SelectNode select, string key)
    {
        foreach (var c in select.Cases)
        {
            if (c.Key == key)
            {
                return true;
            }
        }

        return false;
    }

    private static SelectCase Case(SelectNode select, string key)
    {
        SelectCase? other = null;
        foreach (var c in select.Cases)
        {
            if (c.Key == key)
            {
                return c;
            }

            if (c.Key == "other")
            {
                other = c;
            }
        }

        return other!;
    }

    private static object? Value(string name, ScriptObject? args)
    {
        if (args is not null && args.TryGetValue(name, out var value))
        {
            return value;
        }

        throw new MessageRenderException(args is null || args.Count == 0
            ? $"uses `{{{name}}}`, but the skeleton passes no values to this message"
            : $"uses `{{{name}}}`, but the skeleton passes only {string.Join(", ", args.Keys.Order(StringComparer.Ordinal).Select(k => "`" + k + "`"))}");
    }

    private string Argument(ArgNode arg, ScriptObject? args)
    {
        if (services.Org is { } org && OrgGrammar.Names.Contains(arg.Name) && (args is null || !args.ContainsKey(arg.Name)))
        {
            return MarkdownLiteral.Escape(org.Render(arg.Name, arg.Form)
                ?? throw new MessageRenderException($"`{{{arg.Name}.{arg.Form}}}` is not a form of the organisation's name in `{services.Language}`" +
                    (OrgGrammar.Forms(services.Language) is { Count: > 0 } forms ? $" (forms: {string.Join(", ", forms)})" : " (this language has none)")));
        }

        var value = Value(arg.Name, args);
        if (value is TermRef term)
        {
            return Term(term.Id, arg.Form);
        }

        if (arg.Form is not null)
        {
            throw new MessageRenderException($"`{{{arg.Name}.{arg.Form}}}`: only a term passed with `term \"id\"` has forms");
        }

        // A value is text (a profile field, a label, a number) unless a Markdown helper made it (a nested message).
        return value switch
        {
            null => string.Empty,
            string s => context is DocumentContext document ? document.AsMarkdown(s) : MarkdownLiteral.Escape(s),
            _ => MarkdownLiteral.Escape(context.ObjectToString(value) ?? string.Empty),
        };
    }

    private string Term(string id, string? form)
    {
        var lookup = services.Terms.Lookup(id, form, services.InclusiveStyle);
        return lookup.Text ?? throw new MessageRenderException(lookup.Error!);
    }

    private static decimal Number(string name, object? value) => value switch
    {
        int i => i,
        long l => l,
        decimal d => d,
        double db when !double.IsNaN(db) && !double.IsInfinity(db) => (decimal)db,
        float f => (decimal)f,
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new MessageRenderException($"`{{{name}, …}}` counts by a number, but the skeleton passes {(value is null ? "nothing" : "`" + value + "`")}"),
    };

    private static string Cap(string text, bool capitalize) =>
        capitalize && text.Length > 0 && !char.IsUpper(text[0]) ? char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..] : text;
}

/// <summary>A message that cannot be rendered with what the skeleton passed.</summary>
internal sealed class MessageRenderException(string message) : Exception(message);
