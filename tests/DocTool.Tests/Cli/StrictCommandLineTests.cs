using DocTool.Tests.Support;

namespace DocTool.Tests.Cli;

/// <summary>Mistyped command lines are errors that name the fix; results go to stdout, diagnostics to stderr.</summary>
[Collection("console")]
public class StrictCommandLineTests
{
    private static string Sample => Path.Combine(Repo.Samples, "scswa.yaml");

    [Fact]
    public void Should_print_help_for_a_bare_doctool()
    {
        var (exit, output, err) = ConsoleCapture.Run();
        Assert.Equal(0, exit);
        Assert.Contains("Usage:", output);
        Assert.Contains("build", output);
        Assert.Equal(string.Empty, err);
    }

    [Theory]
    [InlineData("build", "--langs", "--lang")]
    [InlineData("batch", "--jbos", "--jobs")]
    [InlineData("validate", "--fromat", "--format")]
    public void Should_reject_an_unknown_option_with_the_nearest_one(string command, string typo, string meant)
    {
        using var dir = new TempDir();
        var (exit, _, err) = ConsoleCapture.Run(command, Sample, typo, "fr", "--out", dir.File("out"));
        Assert.Equal(2, exit);
        Assert.Contains($"unknown option `{typo}`", err);
        Assert.Contains($"did you mean `{meant}`?", err);
        Assert.DoesNotContain("file not found", err);
        Assert.False(Directory.Exists(dir.File("out")));
    }

    [Fact]
    public void Should_take_a_file_name_that_starts_with_a_dash_after_a_double_dash()
    {
        static List<string> Check(params string[] args) => DocTool.Cli.StrictArguments.Check(DocTool.Cli.DocToolApp.CreateRoot().Parse(args));
        Assert.Empty(Check("validate", "--", "-odd.yaml"));
        Assert.Contains("unknown option `-odd.yaml`", Assert.Single(Check("validate", "-odd.yaml")));
    }

    [Fact]
    public void Should_suggest_the_nearest_command()
    {
        var (exit, _, err) = ConsoleCapture.Run("biuld", Sample);
        Assert.Equal(2, exit);
        Assert.Contains("did you mean `build`?", err);
        Assert.Contains("did you mean `check`?", ConsoleCapture.Run("templates", "chek").Err);
    }

    [Theory]
    [InlineData("FR")]
    [InlineData("fr-FR")]
    [InlineData("fr_FR")]
    public void Should_accept_a_language_in_capitals_or_with_a_region(string lang)
    {
        using var dir = new TempDir();
        var (exit, _, err) = ConsoleCapture.Run("build", Sample, "--doc", "membership-rules", "--lang", lang, "--out", dir.File("out"), "--allow-fallback");
        Assert.True(exit == 0, err);
        Assert.True(File.Exists(Path.Combine(dir.File("out"), "scswa", "fr", "membership-rules.docx")));
    }

    [Fact]
    public void Should_build_and_validate_folders_and_quoted_patterns()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("members/a"));
        File.Copy(Sample, dir.File("members/a/scswa.yaml"));
        File.Copy(Path.Combine(Repo.Samples, "kenya-national.yaml"), dir.File("members/kenya.yaml"));
        CopyAssets(dir.File("members"));
        CopyAssets(dir.File("members/a"));

        var (exit, output, err) = ConsoleCapture.Run("validate", dir.File("members"));
        Assert.True(exit == 0, err);
        Assert.Contains("scswa.yaml: valid", output);
        Assert.Contains("kenya.yaml: valid", output);

        (exit, _, err) = ConsoleCapture.Run("build", dir.File("members") + "/**/*.yaml", "--doc", "membership-rules", "--lang", "en", "--out", dir.File("out"));
        Assert.True(exit == 0, err);
        Assert.Equal(2, Directory.GetFiles(dir.File("out"), "*.docx", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void Should_say_plainly_when_out_is_a_file_and_not_claim_anything_was_built()
    {
        using var dir = new TempDir();
        var file = dir.File("taken");
        File.WriteAllText(file, "x");
        foreach (var command in new[] { "build", "batch" })
        {
            string[] quiet = command == "batch" ? ["--quiet"] : [];
            var (exit, output, err) = ConsoleCapture.Run([command, Sample, "--doc", "membership-rules", "--out", file, .. quiet]);
            Assert.True(exit == 1, $"{command}: {err}");
            Assert.Contains($"{file}: error DT0500: the output folder `{file}` is a file, not a folder", err);
            Assert.DoesNotContain("Could not find a part of the path", err);
            Assert.DoesNotContain("every other document was built", err + output);
        }

        var (_, _, nested) = ConsoleCapture.Run("batch", Sample, "--out", Path.Combine(file, "sub"), "--quiet");
        Assert.Contains($"`{file}` is a file", nested);
    }

    [Fact]
    public void Should_say_plainly_when_an_output_file_cannot_be_written()
    {
        using var dir = new TempDir();
        var file = dir.File("taken");
        File.WriteAllText(file, "x");
        var cases = new[]
        {
            new[] { "batch", Sample, "--doc", "membership-rules", "--lang", "en", "--out", dir.File("out"), "--quiet", "--report", dir.Path },
            ["batch", Sample, "--doc", "membership-rules", "--lang", "en", "--out", dir.File("out"), "--quiet", "--report", Path.Combine(file, "r.json")],
            ["schema", "--out", Path.Combine(file, "s.json")],
            ["init", "--out", Path.Combine(file, "p.yaml")],
        };
        foreach (var args in cases)
        {
            var (exit, _, err) = ConsoleCapture.Run(args);
            Assert.True(exit == 1, $"{string.Join(' ', args)}: exit {exit}\n{err}");
            Assert.Contains("error DT0500", err);
            Assert.DoesNotContain("DT0001", err);
        }

        Assert.False(Directory.Exists(dir.File("out")));
    }

    [Fact]
    public void Should_write_templates_check_diagnostics_to_stderr_and_the_table_to_stdout()
    {
        using var pack = new TestPack("# Doc {#doc}\n\n{{ org.no_such_field }}\n");
        var (exit, output, err) = ConsoleCapture.Run("templates", "check", "--pack", pack.Folder);
        Assert.Equal(2, exit);
        Assert.Matches(@"error DT\d{4}", err);
        Assert.DoesNotMatch(@"(error|warning) DT\d{4}", output);
        Assert.Contains("document", output);
    }

    private static void CopyAssets(string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "assets"));
        foreach (var f in Directory.EnumerateFiles(Path.Combine(Repo.Samples, "assets")))
        {
            File.Copy(f, Path.Combine(folder, "assets", Path.GetFileName(f)), overwrite: true);
        }
    }
}
