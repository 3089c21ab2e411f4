using DocTool.Tests.Support;

namespace DocTool.Tests.Cli;

/// <summary><c>doctool init</c> for names in other scripts, other countries and currencies.</summary>
[Collection("console")]
public class InitCommandTests
{
    [Fact]
    public void Should_write_a_cyrillic_profile_with_a_transliterated_short_name_country_and_currency()
    {
        using var dir = new TempDir();
        var path = dir.File("p.yaml");
        var (exit, output, err) = ConsoleCapture.Run("init", "--name", "Сеть секс-работников Кыргызстана", "--lang", "ru", "--country", "kg", "--currency", "som", "--out", path);
        Assert.True(exit == 0, err);
        Assert.Contains("TODO placeholders", output);
        var text = File.ReadAllText(path);
        Assert.Contains("short_name: \"SSRK\"", text);
        Assert.DoesNotContain("ORG", text);
        Assert.Contains("registration: {country: KG,", text);
        Assert.Contains("functional: KGS", text);
        Assert.Contains("nswp_region: europe,", text);
        Assert.Contains("name: \"TODO(ru): Board\"", text);

        (exit, output, err) = ConsoleCapture.Run("validate", path);
        Assert.True(exit == 0, err);
        Assert.Contains("valid", output);
        Assert.Contains("warning DT0313: `governance.board.name` still holds the placeholder \"TODO(ru): Board\"", err);
    }

    [Fact]
    public void Should_ask_for_a_short_name_when_the_name_cannot_be_transliterated()
    {
        using var dir = new TempDir();
        var (exit, _, err) = ConsoleCapture.Run("init", "--name", "亚太性工作者网络", "--lang", "zh", "--out", dir.File("p.yaml"));
        Assert.Equal(2, exit);
        Assert.Contains("--short-name", err);
        Assert.False(File.Exists(dir.File("p.yaml")));

        (exit, _, err) = ConsoleCapture.Run("init", "--name", "亚太性工作者网络", "--short-name", "APNSW", "--lang", "zh", "--out", dir.File("p.yaml"));
        Assert.True(exit == 0, err);
        Assert.Contains("short_name: \"APNSW\"", File.ReadAllText(dir.File("p.yaml")));
    }

    [Fact]
    public void Should_choose_xof_or_xaf_for_cfa_by_country_and_refuse_to_guess_without_one()
    {
        using var dir = new TempDir();
        Assert.Equal(0, ConsoleCapture.Run("init", "--name", "Réseau Mali", "--country", "ML", "--currency", "FCFA", "--lang", "fr", "--out", dir.File("ml.yaml")).Exit);
        Assert.Contains("functional: XOF", File.ReadAllText(dir.File("ml.yaml")));
        Assert.Equal(0, ConsoleCapture.Run("init", "--name", "Réseau Cameroun", "--country", "CM", "--currency", "CFA", "--lang", "fr", "--out", dir.File("cm.yaml")).Exit);
        Assert.Contains("functional: XAF", File.ReadAllText(dir.File("cm.yaml")));

        var (exit, _, err) = ConsoleCapture.Run("init", "--name", "Réseau", "--currency", "CFA", "--out", dir.File("x.yaml"));
        Assert.Equal(2, exit);
        Assert.Contains("XOF", err);
        Assert.Contains("XAF", err);

        (exit, _, err) = ConsoleCapture.Run("init", "--name", "Réseau", "--country", "Mali", "--out", dir.File("y.yaml"));
        Assert.Equal(2, exit);
        Assert.Contains("--country: error DT0307", err);
    }
}
