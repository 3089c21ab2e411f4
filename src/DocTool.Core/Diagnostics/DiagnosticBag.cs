namespace DocTool.Core.Diagnostics;

/// <summary>Collects diagnostics; thread-safe so parallel work can report into one bag.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.Severity == Severity.Error);
            }
        }
    }

    /// <summary>The diagnostics, sorted by file, line, column, then code.</summary>
    public IReadOnlyList<Diagnostic> Sorted
    {
        get
        {
            lock (_gate)
            {
                return [.. _items
                    .OrderBy(d => d.Span.File, StringComparer.Ordinal)
                    .ThenBy(d => d.Span.Line)
                    .ThenBy(d => d.Span.Column)
                    .ThenBy(d => d.Code, StringComparer.Ordinal)
                    .ThenBy(d => d.Message, StringComparer.Ordinal)
                    .Distinct()];
            }
        }
    }

    /// <summary>Number of diagnostics collected.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>Adds one diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>Adds an error.</summary>
    public void Error(SourceSpan span, string code, string message) => Add(new Diagnostic(Severity.Error, span, code, message));

    /// <summary>Adds a warning.</summary>
    public void Warning(SourceSpan span, string code, string message) => Add(new Diagnostic(Severity.Warning, span, code, message));

    /// <summary>Adds every diagnostic of another bag.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            _items.AddRange(diagnostics);
        }
    }
}
