namespace DocTool.Core.Building.Import;

/// <summary>One row of a members spreadsheet: its number as a spreadsheet shows it (the header is row 1) and its cells.</summary>
public sealed record SpreadsheetRow(int Number, IReadOnlyList<string> Cells)
{
    /// <summary>The cell in a 0-based column, trimmed; empty when the row is shorter than the header.</summary>
    public string Cell(int column) => column < Cells.Count ? Cells[column].Trim() : string.Empty;
}

/// <summary>A members spreadsheet read as text: the header row and the data rows, in order.</summary>
/// <param name="Display">The file name diagnostics print.</param>
/// <param name="Headers">The column headers (profile paths), trimmed.</param>
/// <param name="Rows">The data rows; wholly empty rows are left out.</param>
public sealed record Spreadsheet(string Display, IReadOnlyList<string> Headers, IReadOnlyList<SpreadsheetRow> Rows);
