using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DocTool.Tests.Import;

/// <summary>
/// A 25-row members sheet, written as CSV and as .xlsx (with the OpenXML SDK: text cells as inline
/// strings, percentages as number cells, as a spreadsheet program saves them). Row 12 (sheet row 13)
/// has a currency that does not exist; row 20 (sheet row 21) stops before its name columns.
/// </summary>
internal static class MembersSheet
{
    public static readonly string[] Headers = ["org.short_name", "languages.primary", "languages.generate", "org.registration.country", "org.countries", "finance.currency.functional", "sw_led.board_pct", "org.name.en", "org.name.fr"];

    public const int BadCurrencyRow = 13;
    public const int MissingNameRow = 21;

    public static List<string?[]> Rows()
    {
        (string Country, string Currency)[] places = [("KE", "KES"), ("UG", "UGX"), ("ML", "XOF"), ("SN", "XOF"), ("ZA", "ZAR")];
        var rows = new List<string?[]>();
        for (var i = 1; i <= 25; i++)
        {
            var (country, currency) = places[i % places.Length];
            var french = country is "ML" or "SN";
            var row = new string?[]
            {
                $"M{i:00}", french ? "fr" : "en", french ? "fr, en" : "en", country, country,
                currency, (60 + i).ToString(CultureInfo.InvariantCulture),
                $"Member {i}, Sex Workers' Alliance", french ? $"Alliance des travailleurSEs du sexe n° {i}" : null,
            };
            if (i + 1 == BadCurrencyRow)
            {
                row[5] = "EUX";
            }

            rows.Add(i + 1 == MissingNameRow ? row[..7] : row);
        }

        return rows;
    }

    public static void WriteCsv(string path)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(",", Headers)).Append('\n');
        foreach (var row in Rows())
        {
            sb.Append(string.Join(",", row.Select(c => c is null ? string.Empty : c.Contains(',') || c.Contains('"') ? "\"" + c.Replace("\"", "\"\"") + "\"" : c))).Append('\n');
        }

        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }

    public static void WriteXlsx(string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(Row(1, Headers));
        var number = 1;
        foreach (var row in Rows())
        {
            data.Append(Row(++number, row));
        }

        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Members" }));
        workbook.Workbook.Save();
    }

    private static Row Row(int number, string?[] cells)
    {
        var row = new Row { RowIndex = (uint)number };
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] is not { } value)
            {
                continue;
            }

            var reference = $"{(char)('A' + i)}{number}";
            row.Append(number > 1 && Headers[i] == "sw_led.board_pct"
                ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(value) }
                : new Cell(new InlineString(new Text(value))) { CellReference = reference, DataType = CellValues.InlineString });
        }

        return row;
    }
}
