using DocTool.Core.Diagnostics;
using DocTool.Core.Templating.Messages;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DocTool.Core.Templating;

/// <summary>
/// <c>m "id"</c> or <c>m "id" {name: value, …}</c>: the message <c>id</c> of the document in the language being
/// rendered, with the values the skeleton passes. Errors in the message are reported at its line in the catalogue.
/// </summary>
internal sealed class MessageHelper(HelperServices services) : Helper("m", 1, 2, "`m \"message-id\"` or `m \"message-id\" {name: value}`")
{
    private MessageRenderer? _renderer;

    protected override bool ReturnsMarkdown => true;
    private TemplateContext? _context;

    protected override object Call(ScriptNode caller, ScriptArray args) => throw new InvalidOperationException("needs the template context");

    protected override object Call(TemplateContext context, ScriptNode caller, ScriptArray args)
    {
        var id = Text(caller, args[0], "the message id");
        var values = args.Count > 1
            ? args[1] as ScriptObject ?? throw Fail(caller, $"`m \"{id}\"` takes its values as an object: `m \"{id}\" {{name: value}}`")
            : null;
        var catalogue = services.Messages
            ?? throw Fail(caller, "`m` needs a pack whose documents are skeletons (`skeleton:` in pack.yaml) with messages/<lang>/<doc>.yaml");
        if (!catalogue.Entries.TryGetValue(id, out var entry))
        {
            throw new HelperException(caller.Span, Codes.MissingString, $"{catalogue.File} has no message `{id}`{Helpers.Suggest(id, catalogue.Entries.Keys)}");
        }

        try
        {
            // One renderer per document render: the context is the same for every call.
            if (_renderer is null || !ReferenceEquals(_context, context))
            {
                _renderer = new MessageRenderer(services, context);
                _context = context;
            }

            return _renderer.Render(catalogue.Parsed(id), values);
        }
        catch (MessageSyntaxException e)
        {
            throw new HelperException(At(entry.Span), Codes.TemplateSyntax, $"message `{id}`: {e.Message} (at character {e.Offset + 1} of the message)");
        }
        catch (MessageRenderException e)
        {
            throw new HelperException(At(entry.Span), Codes.TemplateRuntime, $"message `{id}` {e.Message}");
        }
    }

    /// <summary>A Scriban span for a place in a catalogue, so errors point at the message, not the skeleton.</summary>
    internal static Scriban.Parsing.SourceSpan At(Diagnostics.SourceSpan span)
    {
        var position = new TextPosition(0, Math.Max(0, span.Line - 1), Math.Max(0, span.Column - 1));
        return new Scriban.Parsing.SourceSpan(span.File, position, position);
    }
}

/// <summary><c>term "id"</c>: a reference to a termbase entry, passed to messages that print its forms (<c>{manager.du}</c>).</summary>
internal sealed class TermHelper(HelperServices services) : Helper("term", 1, 1, "`term \"term-id\"`")
{
    protected override object Call(ScriptNode caller, ScriptArray args)
    {
        var id = Text(caller, args[0], "the term id");
        return services.Terms.Forms.ContainsKey(id)
            ? new TermRef(id)
            : throw new HelperException(caller.Span, Codes.MissingString, $"the termbase of `{services.Language}` has no term `{id}`{Helpers.Suggest(id, services.Terms.Forms.Keys)}");
    }
}
