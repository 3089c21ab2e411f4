using Scriban.Helpers;
using Scriban.Syntax;

namespace DocTool.Core.Templating;

/// <summary>A helper called wrongly: reported at the call in the template with a DT04xx code.</summary>
public sealed class HelperException : ScriptRuntimeException
{
    /// <summary>Creates the exception.</summary>
    public HelperException(Scriban.Parsing.SourceSpan span, string code, string message)
        : base(span, message) => Code = code;

    /// <summary>The diagnostic code.</summary>
    public string Code { get; }
}
