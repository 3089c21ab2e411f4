using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DocTool.Core.Templating;

/// <summary>
/// Scriban's builtin objects (<c>string</c>, <c>array</c>, <c>math</c>, <c>object</c>, <c>include</c>, …),
/// shared read-only by every render of the process. Each is built the first time a template names it:
/// Scriban builds them by reflection, which under NativeAOT costs more than a small document (its own
/// default set builds all of them, <c>date</c> included, at once). No clock in documents: the builtin
/// <c>date</c> object (<c>date.now</c>) is not offered; the <c>date</c> helper formats profile dates.
/// Read-only, so no template can change them for the next one.
/// </summary>
internal sealed class SharedBuiltins : ScriptObject
{
    private static readonly Dictionary<string, Lazy<object>> Members = new(StringComparer.Ordinal)
    {
        ["array"] = Module(() => new ArrayFunctions()),
        ["empty"] = new(() => EmptyScriptObject.Default),
        ["blank"] = new(() => EmptyScriptObject.Default),
        ["include"] = new(() => new IncludeFunction()),
        ["include_join"] = new(() => new IncludeJoinFunction()),
        ["html"] = Module(() => new HtmlFunctions()),
        ["math"] = Module(() => new MathFunctions()),
        ["object"] = Module(() => new ObjectFunctions()),
        ["regex"] = Module(() => new RegexFunctions()),
        ["string"] = Module(() => new StringFunctions()),
        ["timespan"] = Module(() => new TimeSpanFunctions()),
    };

    /// <summary>The one instance.</summary>
    public static readonly SharedBuiltins Instance = new();

    // `false`: a ScriptObject subclass otherwise imports its own static members by reflection.
    private SharedBuiltins()
        : base(0, false)
    {
        IsReadOnly = true;
    }

    /// <summary>Builds the modules the bundled templates use (see <see cref="Building.Prewarm"/>).</summary>
    public static void Prepare()
    {
        foreach (var name in (string[])["string", "array", "object", "math"])
        {
            _ = Members[name].Value;
        }
    }

    /// <summary>True for the name of a builtin object templates can use (<c>string</c>, <c>array</c>, …).</summary>
    public static bool IsBuiltin(string name) => Members.ContainsKey(name);

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object value)
    {
        if (Members.TryGetValue(member, out var lazy))
        {
            value = lazy.Value;
            return true;
        }

        value = null!;
        return false;
    }

    public override bool Contains(string member) => Members.ContainsKey(member);

    // A builtin's name cannot be assigned; any other name can (in the template's own globals).
    public override bool CanWrite(string member) => !Members.ContainsKey(member);

    public override bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) => false;

    public override bool Remove(string member) => false;

    public override void SetReadOnly(string member, bool readOnly)
    {
    }

    private static Lazy<object> Module(Func<ScriptObject> create) => new(() =>
    {
        var module = create();
        module.IsReadOnly = true;
        return module;
    });
}
