namespace DocTool.Core.Diagnostics;

/// <summary>
/// Carries diagnostics out of a deep call (a Scriban helper, a limit) to the code that reports them.
/// Not used for bugs.
/// </summary>
public sealed class DiagnosticException : Exception
{
    /// <summary>Creates the exception for one diagnostic.</summary>
    public DiagnosticException(Diagnostic diagnostic)
        : base(diagnostic.Message) => Diagnostic = diagnostic;

    /// <summary>Creates an empty exception (required by the analyzers).</summary>
    public DiagnosticException()
        : this(new Diagnostic(Severity.Error, SourceSpan.ForFile("?"), Codes.Internal, "unknown error"))
    {
    }

    /// <summary>Creates an exception with a message only.</summary>
    public DiagnosticException(string message)
        : this(new Diagnostic(Severity.Error, SourceSpan.ForFile("?"), Codes.Internal, message))
    {
    }

    /// <summary>Creates an exception with a message and inner exception.</summary>
    public DiagnosticException(string message, Exception innerException)
        : base(message, innerException) =>
        Diagnostic = new Diagnostic(Severity.Error, SourceSpan.ForFile("?"), Codes.Internal, message);

    /// <summary>The diagnostic to report.</summary>
    public Diagnostic Diagnostic { get; }
}
