using DocTool.Core.Diagnostics;
using DocTool.Core.Packs;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DocTool.Core.Templating;

/// <summary>
/// The one place DocTool talks to Scriban: parses a pack's templates once, and renders them in a
/// sandbox (strict variables, no relaxed member access, loop/recursion/size/time limits, includes
/// confined to the pack).
/// </summary>
public sealed partial class TemplateEngine
{
    private readonly TemplatePack _pack;
    private readonly TemplateLimits _limits;
    private readonly Dictionary<string, Template> _cache = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Creates an engine for a pack.</summary>
    public TemplateEngine(TemplatePack pack, TemplateLimits? limits = null)
    {
        _pack = pack;
        _limits = limits ?? TemplateLimits.Default;
    }

    /// <summary>The pack this engine renders.</summary>
    public TemplatePack Pack => _pack;

    /// <summary>Parses (once) the template of a document in a language; null with diagnostics on errors.</summary>
    public Template? Parse(PackDocument document, string language, DiagnosticBag bag)
    {
        var path = _pack.TemplatePath(document, language);
        var display = PackLoader.Display(path);
        lock (_gate)
        {
            if (_cache.TryGetValue(path, out var cached))
            {
                ReportParseErrors(cached, display, bag);
                return cached.HasErrors ? null : cached;
            }
        }

        if (!File.Exists(path))
        {
            bag.Error(Diagnostics.SourceSpan.ForFile(display), Codes.TemplateSyntax, $"the template of `{document.Id}` in `{language}` is missing");
            return null;
        }

        var template = ParseText(File.ReadAllText(path), display, _limits);
        lock (_gate)
        {
            _cache[path] = template;
        }

        ReportParseErrors(template, display, bag);
        return template.HasErrors ? null : template;
    }

    /// <summary>Parses template text with DocTool's parser settings.</summary>
    public static Template ParseText(string text, string display, TemplateLimits? limits = null) =>
        Template.Parse(text, display, new ParserOptions { ExpressionDepthLimit = (limits ?? TemplateLimits.Default).ExpressionDepthLimit }, new LexerOptions { Mode = ScriptMode.Default });

    /// <summary>Renders a parsed template with a data tree and helpers; null with a diagnostic on failure.</summary>
    public string? Render(Template template, ScriptObject data, HelperServices services, DiagnosticBag bag, CancellationToken cancellation = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(_limits.Timeout);
        var context = CreateContext(services, timeout.Token);
        context.PushGlobal(data);
        try
        {
            return template.Render(context);
        }
        catch (HelperException e)
        {
            bag.Error(Span(e.Span), e.Code, e.OriginalMessage);
        }
        catch (ScriptRuntimeException e) when (timeout.IsCancellationRequested && !cancellation.IsCancellationRequested)
        {
            bag.Error(Span(e.Span), Codes.TemplateLimit, $"the template ran longer than {_limits.Timeout.TotalSeconds:0} seconds (time limit); look for a loop that never ends");
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            bag.Error(Diagnostics.SourceSpan.ForFile(template.SourceFilePath ?? "?"), Codes.TemplateLimit, $"the template ran longer than {_limits.Timeout.TotalSeconds:0} seconds (time limit); look for a loop that never ends");
        }
        catch (ScriptRuntimeException e)
        {
            var (code, message) = Classify(e, data);
            bag.Error(Span(e.Span), code, message);
        }
        catch (InvalidOperationException e) when (!cancellation.IsCancellationRequested)
        {
            bag.Error(Diagnostics.SourceSpan.ForFile(template.SourceFilePath ?? "?"), Codes.TemplateRuntime, e.Message);
        }

        return null;
    }

    private DocumentContext CreateContext(HelperServices services, CancellationToken token)
    {
        var context = new DocumentContext(SharedBuiltins.Instance)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableRelaxedFunctionAccess = false,
            EnableRelaxedIndexerAccess = false,
            EnableNullIndexer = false,
            LoopLimit = _limits.LoopLimit,
            LoopLimitQueryable = _limits.LoopLimit,
            RecursiveLimit = _limits.RecursiveLimit,
            ObjectRecursionLimit = _limits.ObjectRecursionLimit,
            LimitToString = _limits.LimitToString,
            OutputLimit = _limits.OutputLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            NewLine = "\n",
            TemplateLoader = new PackTemplateLoader(_pack.Root),
            TemplateLoaderParserOptions = new ParserOptions { ExpressionDepthLimit = _limits.ExpressionDepthLimit },
            CancellationToken = token,
            MemberRenamer = member => member.Name,
        };

        context.PushCulture(services.Formatter.Culture);
        context.PushGlobal(Helpers.Create(services));
        return context;
    }

    private static (string Code, string Message) Classify(ScriptRuntimeException e, ScriptObject data)
    {
        var message = e.OriginalMessage;
        var member = MissingName().Match(message);
        if (member.Success)
        {
            var name = member.Groups["name"].Value;
            var known = new SortedSet<string>(StringComparer.Ordinal);
            CollectKeys(data, known, 0);
            known.UnionWith(Helpers.Names);
            return (Codes.UnknownVariable, $"`{name}` is not a field of the profile or a helper{Helpers.Suggest(name, known)}");
        }

        if (message.Contains("limit", StringComparison.OrdinalIgnoreCase) || message.Contains("Exceeding", StringComparison.OrdinalIgnoreCase))
        {
            return (Codes.TemplateLimit, $"a sandbox limit was hit: {message}");
        }

        if (message.Contains("not found", StringComparison.OrdinalIgnoreCase) || message.Contains("not exist", StringComparison.OrdinalIgnoreCase))
        {
            return (Codes.UnknownVariable, message);
        }

        return (Codes.TemplateRuntime, message);
    }

    private static void CollectKeys(object? value, SortedSet<string> into, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        switch (value)
        {
            case ScriptObject obj:
                foreach (var key in obj.Keys)
                {
                    into.Add(key);
                    CollectKeys(obj[key], into, depth + 1);
                }

                break;
            case ScriptArray array:
                foreach (var item in array)
                {
                    CollectKeys(item, into, depth + 1);
                }

                break;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(Cannot get member with name|The variable or function|variable) `?(?<name>[A-Za-z_][A-Za-z0-9_]*)`?")]
    private static partial System.Text.RegularExpressions.Regex MissingName();

    private static void ReportParseErrors(Template template, string display, DiagnosticBag bag)
    {
        foreach (var message in template.Messages)
        {
            var span = new Diagnostics.SourceSpan(display, message.Span.Start.Line + 1, message.Span.Start.Column + 1);
            if (message.Type == ParserMessageType.Error)
            {
                bag.Error(span, Codes.TemplateSyntax, message.Message);
            }
            else
            {
                bag.Warning(span, Codes.TemplateSyntax, message.Message);
            }
        }
    }

    private static Diagnostics.SourceSpan Span(Scriban.Parsing.SourceSpan span) =>
        new(span.FileName ?? "?", span.Start.Line + 1, span.Start.Column + 1);
}
