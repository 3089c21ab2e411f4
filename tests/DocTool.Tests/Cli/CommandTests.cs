using System.Text.Json.Nodes;
using DocTool.Tests.Support;

namespace DocTool.Tests.Cli;

[Collection("console")]
public class CommandTests
{
    [Fact]
    public void Should_exit_2_on_usage_errors()
    {
        var (exit, _, err) = ConsoleCapture.Run("build");
        Assert.Equal(2, exit);
        Assert.Contains("DT0002", err);
    }

    [Fact]
    public void Should_exit_2_and_write_nothing_for_a_missing_profile()
    {
        using var dir = new TempDir();
        var (exit, _, err) = ConsoleCapture.Run("build", dir.File("nope.yaml"), "--out", dir.File("out"));
        Assert.Equal(2, exit);
        Assert.Contains("error DT0100: file not found", err);
        Assert.False(Directory.Exists(dir.File("out")));
    }

    [Fact]
    public void Should_suggest_the_nearest_document_id()
    {
        using var dir = new TempDir();
        var (exit, _, err) = ConsoleCapture.Run("build", Path.Combine(Repo.Samples, "scswa.yaml"), "--doc", "membership-rule", "--out", dir.File("out"));
        Assert.Equal(2, exit);
        Assert.Contains("did you mean `membership-rules`?", err);
        Assert.False(Directory.Exists(dir.File("out")));
    }

    [Fact]
    public void Should_write_nothing_when_the_profile_has_a_yaml_error()
    {
        using var dir = new TempDir();
        var profile = dir.File("bad.yaml");
        File.WriteAllText(profile, "profile_version: 1\norg:\n  name: [unclosed\n");
        var (exit, _, err) = ConsoleCapture.Run("build", profile, "--out", dir.File("out"));
        Assert.Equal(2, exit);
        Assert.Matches(@"bad\.yaml:\d+:\d+: error DT0101: YAML syntax error", err);
        Assert.False(Directory.Exists(dir.File("out")));
    }

    [Fact]
    public void Should_init_a_starter_profile_and_refuse_to_overwrite_it()
    {
        using var dir = new TempDir();
        var path = dir.File("profile.yaml");
        var (exit, output, _) = ConsoleCapture.Run("init", "--name", "Red de Trabajadoras", "--lang", "es", "--lang", "en", "--kind", "national_network", "--out", path);
        Assert.Equal(0, exit);
        Assert.Contains("wrote", output);
        var text = File.ReadAllText(path);
        Assert.StartsWith("# yaml-language-server: $schema=./profile-v1.schema.json", text);
        Assert.Contains("primary: es", text);
        Assert.Contains("kind: national_network", text);
        Assert.True(File.Exists(dir.File("profile-v1.schema.json")));

        var (again, _, err) = ConsoleCapture.Run("init", "--out", path);
        Assert.Equal(2, again);
        Assert.Contains("--force", err);
        Assert.Equal(0, ConsoleCapture.Run("init", "--out", path, "--force").Exit);
    }

    [Fact]
    public void Should_validate_an_init_profile_as_written()
    {
        using var dir = new TempDir();
        var path = dir.File("p.yaml");
        Assert.Equal(0, ConsoleCapture.Run("init", "--out", path, "--lang", "fr").Exit);
        var (exit, output, err) = ConsoleCapture.Run("validate", path);
        Assert.True(exit == 0, err);
        Assert.Contains("valid", output);
    }

    [Fact]
    public void Should_report_a_missing_logo_when_validating_as_build_would()
    {
        using var dir = new TempDir();
        var profile = dir.File("p.yaml");
        var text = File.ReadAllText(Path.Combine(Repo.Samples, "scswa.yaml"));
        File.WriteAllText(profile, text);
        var (exit, _, err) = ConsoleCapture.Run("validate", profile);
        Assert.Equal(2, exit);
        var line = text[..text.IndexOf("logo:", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Contains($"p.yaml:{line}:", err);
        Assert.Contains("DT0311", err);
        Assert.Contains("not found next to the profile", err);
    }

    [Fact]
    public void Should_print_diagnostics_as_json()
    {
        using var dir = new TempDir();
        var profile = dir.File("bad.yaml");
        File.WriteAllText(profile, "profile_version: 1\norg:\n\tname: x\n");
        var (exit, output, _) = ConsoleCapture.Run("validate", profile, "--format", "json");
        Assert.Equal(2, exit);
        var json = JsonNode.Parse(output)!;
        var first = json["results"]![0]!;
        Assert.False(first["valid"]!.GetValue<bool>());
        var d = first["diagnostics"]![0]!;
        Assert.Equal("DT0102", d["code"]!.GetValue<string>());
        Assert.Equal(3, d["line"]!.GetValue<int>());
        Assert.Equal(1, d["column"]!.GetValue<int>());
    }

    [Fact]
    public void Should_print_the_schema()
    {
        var (exit, output, _) = ConsoleCapture.Run("schema");
        Assert.Equal(0, exit);
        var schema = JsonNode.Parse(output)!;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema["$schema"]!.GetValue<string>());
    }
}
