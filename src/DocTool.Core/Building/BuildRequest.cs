namespace DocTool.Core.Building;

/// <summary>What <c>doctool build</c> was asked to do.</summary>
public sealed record BuildRequest
{
    /// <summary>The profile files (each builds into its own organisation folder).</summary>
    public required IReadOnlyList<string> ProfilePaths { get; init; }

    /// <summary>Document ids; empty means every document of the pack.</summary>
    public IReadOnlyList<string> Documents { get; init; } = [];

    /// <summary>Languages; empty means the profile's <c>languages.generate</c>.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>The output folder.</summary>
    public string OutputDirectory { get; init; } = "out";

    /// <summary>A reference .docx whose styles, page size and margins every document takes, or null.</summary>
    public string? ReferenceDoc { get; init; }

    /// <summary>What to write.</summary>
    public OutputFormat Formats { get; init; } = OutputFormat.Docx;

    /// <summary>Where a text field lacks a language, use the primary language's text and warn (<c>--allow-fallback</c>) instead of failing.</summary>
    public bool AllowFallback { get; init; }

    /// <summary>The LibreOffice pass (PDFs, contents page numbers) after the .docx files are written, or null.</summary>
    public Pdf.PdfOptions? Pdf { get; init; }
}
