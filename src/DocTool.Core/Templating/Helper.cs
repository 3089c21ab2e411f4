using System.Globalization;
using DocTool.Core.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DocTool.Core.Templating;

/// <summary>
/// A template helper: a Scriban function implemented without reflection (NativeAOT-safe) that checks
/// its arguments and reports misuse at the call site.
/// </summary>
internal abstract class Helper(string name, int minArgs, int maxArgs, string usage) : IScriptCustomFunction
{
    public string Name { get; } = name;

    public string Usage { get; } = usage;

    public int MinArgs { get; } = minArgs;

    public int MaxArgs { get; } = maxArgs;

    public int RequiredParameterCount => MinArgs;

    public int ParameterCount => MaxArgs;

    public ScriptVarParamKind VarParamKind => MaxArgs == int.MaxValue ? ScriptVarParamKind.Direct : ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "arg" + index.ToString(CultureInfo.InvariantCulture));

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        callerContext ??= context.CurrentNode ?? new ScriptVariableGlobal(Name);

        // Scriban pads optional parameters with null up to ParameterCount: drop the padding.
        while (arguments.Count > MinArgs && arguments[^1] is null)
        {
            arguments.RemoveAt(arguments.Count - 1);
        }

        if (arguments.Count < MinArgs || arguments.Count > MaxArgs)
        {
            throw Fail(callerContext, $"`{Name}` was given {arguments.Count} argument(s); use it as {Usage}");
        }

        var result = Call(context, callerContext, arguments);
        return ReturnsMarkdown && context is DocumentContext document ? document.MarkAsMarkdown(result) : result;
    }

    /// <summary>True for helpers whose result is Markdown from the pack (messages, strings), written unescaped.</summary>
    protected virtual bool ReturnsMarkdown => false;

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    protected abstract object Call(ScriptNode caller, ScriptArray args);

    /// <summary>Calls the helper; override when it needs the template context (truthiness, culture-aware text).</summary>
    protected virtual object Call(TemplateContext context, ScriptNode caller, ScriptArray args) => Call(caller, args);

    protected static HelperException Fail(ScriptNode caller, string message) => new(caller.Span, Codes.HelperMisuse, message);

    protected decimal Number(ScriptNode caller, object? value, string what)
    {
        switch (value)
        {
            case int i:
                return i;
            case long l:
                return l;
            case decimal d:
                return d;
            case double db when !double.IsNaN(db) && !double.IsInfinity(db):
                return (decimal)db;
            case float f:
                return (decimal)f;
            case string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed):
                return parsed;
            default:
                throw Fail(caller, $"`{Name}` needs a number for {what}, but got {Describe(value)}; use it as {Usage}");
        }
    }

    protected string Text(ScriptNode caller, object? value, string what) => value switch
    {
        string s => s,
        null => throw Fail(caller, $"`{Name}` needs a text for {what}, but the value is empty (null); use it as {Usage}"),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => throw Fail(caller, $"`{Name}` needs a text for {what}, but got {Describe(value)}; use it as {Usage}"),
    };

    protected List<string> Texts(ScriptNode caller, object? value, string what)
    {
        switch (value)
        {
            case string s:
                return [s];
            case ScriptArray array:
                return [.. array.Select(item => Text(caller, item, what))];
            case IEnumerable<object> items:
                return [.. items.Select(item => Text(caller, item, what))];
            default:
                throw Fail(caller, $"`{Name}` needs a list for {what}, but got {Describe(value)}; use it as {Usage}");
        }
    }

    protected static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"the text \"{s}\"",
        ScriptArray => "a list",
        ScriptObject => "a mapping",
        bool b => b ? "true" : "false",
        IFormattable f => "the number " + f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.GetType().Name,
    };
}
