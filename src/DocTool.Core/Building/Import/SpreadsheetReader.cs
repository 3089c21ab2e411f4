using System.Data;
using System.Globalization;
using System.Text;
using DocTool.Core.Diagnostics;
using ExcelDataReader;
using Sylvan.Data.Csv;

namespace DocTool.Core.Building.Import;

/// <summary>
/// Reads the first sheet of an .xlsx workbook (ExcelDataReader) or a CSV file (Sylvan.Data.Csv, which
/// also detects a <c>;</c> or tab delimiter, as spreadsheets in many locales write) into text cells.
/// Both readers are well-kept libraries: quoting, multi-line cells and shared strings are theirs to get right.
/// </summary>
public static class SpreadsheetReader
{
    /// <summary>At most this many data rows (hostile input stays bounded).</summary>
    public const int MaxRows = 10_000;

    /// <summary>At most this many bytes in the file.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>Reads the file, or reports why it cannot be read (DT0800) and returns null.</summary>
    public static Spreadsheet? Read(string path, string display, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(bag);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".csv" or ".xlsx" or ".tsv" or ".txt"))
        {
            bag.Error(SourceSpan.ForFile(display), Codes.SpreadsheetUnreadable, $"`{Path.GetFileName(path)}` is neither a CSV file (.csv) nor an Excel workbook (.xlsx); save the members sheet as one of them");
            return null;
        }

        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                bag.Error(SourceSpan.ForFile(display), Codes.SpreadsheetUnreadable, "the spreadsheet was not found");
                return null;
            }

            if (info.Length > MaxBytes)
            {
                bag.Error(SourceSpan.ForFile(display), Codes.SpreadsheetUnreadable, $"the spreadsheet is {info.Length / (1024 * 1024)} MB; at most {MaxBytes / (1024 * 1024)} MB is read");
                return null;
            }

            using var stream = File.OpenRead(path);
            var table = extension == ".xlsx" ? ReadXlsx(stream, display, bag) : ReadCsv(stream, display, bag);
            if (table is not null && table.Headers.All(h => h.Length == 0))
            {
                bag.Error(new SourceSpan(display, 1, 1), Codes.SpreadsheetUnreadable, "the first row must hold the column headers (profile paths such as `org.short_name`), and it is empty");
                return null;
            }

            return table;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or CsvFormatException or ExcelDataReader.Exceptions.ExcelReaderException or FormatException or InvalidOperationException or ArgumentException)
        {
            bag.Error(SourceSpan.ForFile(display), Codes.SpreadsheetUnreadable, $"the spreadsheet cannot be read: {e.Message}");
            return null;
        }
    }

    private static Spreadsheet? ReadCsv(Stream stream, string display, DiagnosticBag bag)
    {
        using var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true, MaxBufferSize = 1 << 20 });
        var headers = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToList();
        var rows = new List<SpreadsheetRow>();
        var number = 1;
        while (csv.Read())
        {
            number++;
            var cells = Enumerable.Range(0, Math.Min(csv.RowFieldCount, Math.Max(headers.Count, 1))).Select(i => csv.GetString(i)).ToList();
            if (!Add(rows, new SpreadsheetRow(number, cells), display, bag))
            {
                return null;
            }
        }

        return new Spreadsheet(display, headers, rows);
    }

    private static Spreadsheet? ReadXlsx(Stream stream, string display, DiagnosticBag bag)
    {
        // ExcelDataReader's configuration names code page 1252 as the fallback for old binary sheets,
        // even when it reads .xlsx (always UTF-8 XML); the framework has that table, but only registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        if (!reader.Read())
        {
            bag.Error(SourceSpan.ForFile(display), Codes.SpreadsheetUnreadable, "the first sheet of the workbook is empty; it must start with a row of column headers");
            return null;
        }

        var headers = Enumerable.Range(0, reader.FieldCount).Select(i => Cell(reader, i).Trim()).ToList();
        while (headers.Count > 0 && headers[^1].Length == 0)
        {
            headers.RemoveAt(headers.Count - 1);
        }

        var rows = new List<SpreadsheetRow>();
        var number = 1;
        while (reader.Read())
        {
            number++;
            var cells = Enumerable.Range(0, Math.Min(reader.FieldCount, headers.Count)).Select(i => Cell(reader, i)).ToList();
            if (!Add(rows, new SpreadsheetRow(number, cells), display, bag))
            {
                return null;
            }
        }

        return new Spreadsheet(display, headers, rows);
    }

    private static bool Add(List<SpreadsheetRow> rows, SpreadsheetRow row, string display, DiagnosticBag bag)
    {
        if (row.Cells.All(c => string.IsNullOrWhiteSpace(c)))
        {
            return true; // a blank line between groups of members is not a member
        }

        if (rows.Count >= MaxRows)
        {
            bag.Error(new SourceSpan(display, row.Number, 1), Codes.SpreadsheetUnreadable, $"more than {MaxRows} members; split the spreadsheet");
            return false;
        }

        rows.Add(row);
        return true;
    }

    /// <summary>
    /// A cell as the text a CSV export would hold: whole numbers without a decimal point, other numbers
    /// in invariant form, dates as <c>YYYY-MM-DD</c>, booleans as <c>true</c>/<c>false</c>.
    /// </summary>
    private static string Cell(IDataRecord reader, int column) => reader.GetValue(column) switch
    {
        null or DBNull => string.Empty,
        string s => s,
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? string.Empty,
    };
}
