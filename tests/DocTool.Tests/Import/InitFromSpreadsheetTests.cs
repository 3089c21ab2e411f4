using DocTool.Tests.Cli;
using DocTool.Tests.Support;

namespace DocTool.Tests.Import;

/// <summary><c>doctool init --from</c>: one profile per spreadsheet row, problems at their cells.</summary>
[Collection("console")]
public class InitFromSpreadsheetTests
{
    [Fact]
    public void Should_write_the_same_profiles_from_csv_and_xlsx_and_skip_the_bad_rows_at_their_cells()
    {
        using var dir = new TempDir();
        MembersSheet.WriteCsv(dir.File("members.csv"));
        MembersSheet.WriteXlsx(dir.File("members.xlsx"));

        var (exit, output, err) = ConsoleCapture.Run("init", "--from", dir.File("members.csv"), "--out", dir.File("from-csv"));
        Assert.Equal(2, exit);
        Assert.Contains("wrote 23 profile(s)", output);
        Assert.Contains($"members.csv:{MembersSheet.BadCurrencyRow}:6: error DT0308: ", err);
        Assert.Contains("`EUX`", err);
        Assert.Contains($"members.csv:{MembersSheet.MissingNameRow}:8: error DT0801: ", err);
        Assert.Equal(2, err.Split('\n').Count(l => l.Contains(": error ")));

        (exit, _, var xlsxErr) = ConsoleCapture.Run("init", "--from", dir.File("members.xlsx"), "--out", dir.File("from-xlsx"));
        Assert.True(exit == 2, xlsxErr);
        Assert.Equal(err.Replace("members.csv", "members.xlsx"), xlsxErr);

        var csvFiles = Directory.GetFiles(dir.File("from-csv"), "*.yaml").Select(Path.GetFileName).Order().ToList();
        Assert.Equal(23, csvFiles.Count);
        Assert.DoesNotContain($"m{MembersSheet.BadCurrencyRow - 1:00}.yaml", csvFiles);
        Assert.DoesNotContain($"m{MembersSheet.MissingNameRow - 1:00}.yaml", csvFiles);
        Assert.Equal(csvFiles, Directory.GetFiles(dir.File("from-xlsx"), "*.yaml").Select(Path.GetFileName).Order().ToList());
        foreach (var file in csvFiles)
        {
            var fromCsv = File.ReadAllText(Path.Combine(dir.File("from-csv"), file!));
            Assert.Equal(fromCsv.Replace("members.csv", "members.xlsx"), File.ReadAllText(Path.Combine(dir.File("from-xlsx"), file!)));
        }

        var mali = File.ReadAllText(dir.File("from-csv/m03.yaml"));
        Assert.Contains("fr: \"Alliance des travailleurSEs du sexe n° 3\"", mali);
        Assert.Contains("en: \"Member 3, Sex Workers' Alliance\"", mali);
        Assert.Contains("generate: [\"fr\", \"en\"]", mali);
        Assert.Contains("board_pct: 63", mali);
        Assert.Contains("functional: \"XOF\"", mali);

        (exit, output, err) = ConsoleCapture.Run("validate", dir.File("from-csv"));
        Assert.True(exit == 0, err);
        (exit, _, err) = ConsoleCapture.Run("batch", dir.File("from-csv"), "--doc", "membership-rules", "--out", dir.File("out"), "--quiet", "--jobs", "2");
        Assert.True(exit == 0, err);
        Assert.Equal(23, Directory.GetDirectories(dir.File("out")).Length);
        Assert.True(File.Exists(dir.File("out/m03/fr/membership-rules.docx")));
    }

    [Fact]
    public void Should_start_each_row_from_the_base_profile_and_keep_its_files_reachable()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("m.csv"), "org.short_name,org.name\nKSWA,Kisumu Sex Workers Alliance\n");
        var (exit, _, err) = ConsoleCapture.Run("init", "--from", dir.File("m.csv"), "--template", Path.Combine(Repo.Samples, "kenya-national.yaml"), "--out", dir.File("members"));
        Assert.True(exit == 0, err);
        var text = File.ReadAllText(dir.File("members/kswa.yaml"));
        Assert.Contains("name: \"Kisumu Sex Workers Alliance\"", text);
        Assert.Equal(0, ConsoleCapture.Run("validate", dir.File("members/kswa.yaml")).Exit);
    }

    [Fact]
    public void Should_refuse_a_sheet_without_a_short_name_column_or_with_a_header_that_is_not_a_path()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("m.csv"), "org.name,Country\nAlpha,KE\n");
        var (exit, output, err) = ConsoleCapture.Run("init", "--from", dir.File("m.csv"), "--out", dir.File("members"));
        Assert.Equal(2, exit);
        Assert.Contains("m.csv:1:1: error DT0801: no column `org.short_name`", err);
        Assert.Contains("m.csv:1:2: error DT0803: `Country` is not a profile path", err);
        Assert.Contains("wrote 0 profile(s)", output);

        File.WriteAllText(dir.File("m.ods"), "x");
        (exit, _, err) = ConsoleCapture.Run("init", "--from", dir.File("m.ods"));
        Assert.Equal(2, exit);
        Assert.Contains("error DT0800", err);
    }
}
