using System.Globalization;

namespace DocTool.Core.Diagnostics;

/// <summary>
/// One problem found in a profile, a template or a pack, printed the way compilers do:
/// <c>profile.yaml:12:5: error DT0202: message</c>.
/// </summary>
public sealed record Diagnostic(Severity Severity, SourceSpan Span, string Code, string Message)
{
    /// <summary>The single-line form editors and CI parse.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Span}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}");
}
