using System.Text.RegularExpressions;

namespace DocTool.Core.Building.Import;

/// <summary>
/// A spreadsheet column header read as a profile path: dot-separated keys such as <c>org.short_name</c>
/// or <c>org.name.fr</c> (the last key of a text field may be a language code).
/// </summary>
internal sealed partial record ColumnPath(int Column, string Header, IReadOnlyList<string> Keys)
{
    /// <summary>Paths whose value is a file, relative to the file that names it.</summary>
    public static readonly IReadOnlyList<string> FilePaths = ["org.branding.logo", "org.branding.network_logo", "org.branding.reference_doc", "overrides.folder"];

    /// <summary>The header as written, or null when it is not a profile path.</summary>
    public static ColumnPath? Parse(int column, string header) =>
        PathPattern().IsMatch(header) ? new ColumnPath(column, header, header.Split('.')) : null;

    [GeneratedRegex("^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$")]
    private static partial Regex PathPattern();
}
