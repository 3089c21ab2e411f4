namespace DocTool.Core.Building;

/// <summary>What <c>doctool batch</c> was asked to do.</summary>
public sealed record BatchRequest
{
    /// <summary>Profile files, folders (searched recursively for *.yaml and *.yml) and patterns (<c>*</c>, <c>?</c>, <c>**</c>).</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>Document ids; empty means every document of the pack.</summary>
    public IReadOnlyList<string> Documents { get; init; } = [];

    /// <summary>Languages; empty means each profile's <c>languages.generate</c>.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>The output folder.</summary>
    public string OutputDirectory { get; init; } = "out";

    /// <summary>What to write.</summary>
    public OutputFormat Formats { get; init; } = OutputFormat.Docx;

    /// <summary>Where a text field lacks a language, use the primary language's text and warn (<c>--allow-fallback</c>) instead of failing.</summary>
    public bool AllowFallback { get; init; }

    /// <summary>How many documents to render at once.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Build only this part of the work items; null builds them all.</summary>
    public ShardSpec? Shard { get; init; }

    /// <summary>Skip the outputs whose inputs did not change since the manifest recorded them.</summary>
    public bool Incremental { get; init; }

    /// <summary>The LibreOffice pass (PDFs, contents page numbers) after the .docx files are written, or null.</summary>
    public Pdf.PdfOptions? Pdf { get; init; }
}
