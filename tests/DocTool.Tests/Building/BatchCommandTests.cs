using System.Text.Json.Nodes;
using DocTool.Tests.Cli;

namespace DocTool.Tests.Building;

[Collection("console")]
public class BatchCommandTests
{
    [Fact]
    public void Should_exit_1_build_the_good_profiles_and_print_the_bad_ones_in_compiler_form()
    {
        using var f = new BatchFixture();
        var good = f.Good("ALPHA");
        var broken = f.BrokenYaml();
        var report = f.Dir.File("report.json");

        var (exit, output, error) = ConsoleCapture.Run("batch", good, broken, "--pack", f.Pack.Root, "--lang", "en", "--out", f.Out, "--report", report, "--jobs", "2");

        Assert.Equal(1, exit);
        Assert.True(File.Exists(Path.Combine(f.Out, "alpha", "en", "doc.docx")));
        Assert.Matches(@"broken\.yaml:3:\d+: error DT0102: ", error);
        Assert.Contains("broken.yaml: not built: doc (en)", error);
        Assert.Matches(@"built\s+1", output);
        Assert.Matches(@"failed\s+1", output);
        Assert.Equal(2, JsonNode.Parse(File.ReadAllText(report))!["items"]!.AsArray().Count);
    }

    [Fact]
    public void Should_print_progress_lines_when_not_on_a_terminal_and_nothing_with_quiet()
    {
        using var f = new BatchFixture();
        var inputs = new[] { f.Good("ALPHA"), f.Good("BRAVO") };

        var (exit, _, error) = ConsoleCapture.Run(["batch", .. inputs, "--pack", f.Pack.Root, "--lang", "en", "--out", f.Out]);
        var (quietExit, _, quietError) = ConsoleCapture.Run(["batch", .. inputs, "--pack", f.Pack.Root, "--lang", "en", "--out", f.Out, "--quiet", "--incremental"]);

        Assert.Equal(0, exit);
        Assert.Contains("doctool: 2/2 (100%) built 2, failed 0, skipped 0", error);
        Assert.Equal(0, quietExit);
        Assert.Equal(string.Empty, quietError);
    }

    [Fact]
    public void Should_say_how_many_were_skipped_as_up_to_date()
    {
        using var f = new BatchFixture();
        var input = f.Good("ALPHA");
        ConsoleCapture.Run("batch", input, "--pack", f.Pack.Root, "--lang", "en", "--out", f.Out, "--quiet");
        var (exit, output, _) = ConsoleCapture.Run("batch", input, "--pack", f.Pack.Root, "--lang", "en", "--out", f.Out, "--quiet", "--incremental");
        Assert.Equal(0, exit);
        Assert.Matches(@"skipped\s+1 \(up to date\)", output);
    }

    [Theory]
    [InlineData("--shard", "4/3")]
    [InlineData("--shard", "0/2")]
    [InlineData("--doc", "no-such-document")]
    [InlineData("--lang", "xx")]
    [InlineData("--jobs", "0")]
    [InlineData("--format", "pdf")]
    public void Should_exit_2_on_usage_errors_and_write_nothing(string option, string value)
    {
        using var f = new BatchFixture();
        var (exit, _, error) = ConsoleCapture.Run("batch", f.Good("ALPHA"), "--pack", f.Pack.Root, "--out", f.Out, option, value);
        Assert.Equal(2, exit);
        Assert.Contains("error DT0", error);
        Assert.False(Directory.Exists(f.Out));
    }

    [Fact]
    public void Should_exit_2_when_no_profile_is_found()
    {
        using var f = new BatchFixture();
        var (exit, _, error) = ConsoleCapture.Run("batch", f.Dir.File("nothing-here"), f.Dir.Path + "/*.nope", "--pack", f.Pack.Root, "--out", f.Out);
        Assert.Equal(2, exit);
        Assert.Contains("nothing-here: error DT0002: file or folder not found", error);
        Assert.Contains("error DT0002: this pattern matches no file", error);
        Assert.False(Directory.Exists(f.Out));
    }
}
