using System.Globalization;
using DocTool.Core.Markdown;
using DocTool.Core.Packs;

namespace DocTool.Core.Docx;

/// <summary>Everything the Word writer needs for one document.</summary>
public sealed record DocxRequest
{
    /// <summary>The parsed, numbered Markdown.</summary>
    public required ParsedDocument Document { get; init; }

    /// <summary>The document title ("Membership Rules").</summary>
    public required string Title { get; init; }

    /// <summary>The organisation's name in the document language.</summary>
    public required string OrgName { get; init; }

    /// <summary>The document version ("1.0").</summary>
    public required string Version { get; init; }

    /// <summary>The adoption date, already formatted for the language.</summary>
    public required string AdoptedOn { get; init; }

    /// <summary>The document language (pack code, e.g. "fr").</summary>
    public required string Language { get; init; }

    /// <summary>The culture (its name goes into <c>w:lang</c>).</summary>
    public required CultureInfo Culture { get; init; }

    /// <summary>The language's string catalogue.</summary>
    public required StringCatalogue Strings { get; init; }

    /// <summary>The document id ("membership-rules").</summary>
    public required string DocumentId { get; init; }

    /// <summary>The pack id and version, recorded in custom properties.</summary>
    public required string PackId { get; init; }

    /// <summary>The pack version.</summary>
    public required string PackVersion { get; init; }

    /// <summary>SHA-256 of the profile file, recorded in custom properties.</summary>
    public required string ProfileHash { get; init; }

    /// <summary>Headings and table headers colour, "RRGGBB" (no #), or null for the default.</summary>
    public string? PrimaryColour { get; init; }

    /// <summary>A font replacing the language's default body font, or null.</summary>
    public string? Font { get; init; }

    /// <summary>The logo for the first-page header, or null.</summary>
    public DocxImage? Logo { get; init; }

    /// <summary>Styles, page size, margins and theme from the user's own Word file, or null.</summary>
    public ReferenceDoc? Reference { get; init; }

    /// <summary>US Letter paper instead of A4.</summary>
    public bool LetterPaper { get; init; }
}

/// <summary>An image with its decoded size.</summary>
public sealed record DocxImage(byte[] Bytes, string ContentType, int WidthPx, int HeightPx);
