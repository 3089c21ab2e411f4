using DocTool.Cli;
using DocTool.Core.Diagnostics;
using DocTool.Tests.Support;

namespace DocTool.Tests.Cli;

/// <summary>What a terminal is shown of untrusted files: bounded and inert.</summary>
public class DiagnosticPrinterTests
{
    [Fact]
    public void Should_cut_a_long_line_to_a_window_around_the_column()
    {
        using var dir = new TempDir();
        var path = dir.File("long.yaml");
        File.WriteAllText(path, "x: \"" + new string('a', 160_000) + "B" + new string('c', 1_000) + "\"\n");
        var writer = new StringWriter();

        DiagnosticPrinter.Print([new Diagnostic(Severity.Error, new SourceSpan(path, 1, 160_005), Codes.StringTooLong, "too long")], writer, showSource: true);

        var lines = writer.ToString().Split('\n');
        Assert.True(writer.ToString().Length < 400, $"{writer.ToString().Length} characters printed");
        Assert.Contains("…" + new string('a', DiagnosticPrinter.Window) + "B", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("…", lines[1].TrimEnd('\r'), StringComparison.Ordinal);
        Assert.Equal(lines[1].IndexOf('B', StringComparison.Ordinal), lines[2].IndexOf('^', StringComparison.Ordinal));
    }

    [Fact]
    public void Should_never_echo_terminal_control_sequences()
    {
        using var dir = new TempDir();
        var path = dir.File("escape.yaml");
        const string title = "\u001b]0;owned\u0007";
        const string clear = "\u001b[2J";
        const string clipboard = "\u001b]52;c;ZXZpbA==\u0007";
        File.WriteAllText(path, $"org:\n  na{title}me: x{clear}{clipboard}\n");
        var writer = new StringWriter();

        DiagnosticPrinter.Print([new Diagnostic(Severity.Error, new SourceSpan(path, 2, 3), Codes.UnknownField, $"unknown field `na{title}me` in `org`")], writer, showSource: true);

        var text = writer.ToString();
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.Contains("␛]0;owned␇", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("50000")]
    [InlineData("2147483647")]
    public void Should_refuse_a_number_of_jobs_out_of_range(string jobs)
    {
        using var dir = new TempDir();
        var (exit, _, err) = ConsoleCapture.Run("batch", Path.Combine(Repo.Samples, "scswa.yaml"), "--jobs", jobs, "--out", dir.File("out"), "--quiet");
        Assert.Equal(2, exit);
        Assert.Contains("--jobs takes a number from 1 to 256", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("out")));
    }
}

/// <summary>Command-line inputs that used to read or write what they should not.</summary>
public class HostileCommandLineTests
{
    [Fact]
    public void Should_take_an_at_sign_argument_as_a_file_name_not_a_response_file()
    {
        using var dir = new TempDir();
        var secret = dir.File("secret.txt");
        File.WriteAllText(secret, "line-one-of-a-secret\n");
        var (exit, _, err) = ConsoleCapture.Run("validate", "@" + secret);
        Assert.Equal(2, exit);
        Assert.DoesNotContain("line-one-of-a-secret", err, StringComparison.Ordinal);
        Assert.Contains("@" + secret + ": error DT0100: file not found", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--name", "Evil\nhr: {has_staff: false}")]
    [InlineData("--short-name", "EV\u001b[2J")]
    public void Should_refuse_a_name_with_a_line_break_or_control_character(string option, string value)
    {
        using var dir = new TempDir();
        string[] args = option == "--name" ? ["init", option, value, "--out", dir.File("p.yaml")] : ["init", "--name", "Safe Name", option, value, "--out", dir.File("p.yaml")];
        var (exit, _, err) = ConsoleCapture.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains($"{option}: error DT0002: the name must be one line of text", err, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("p.yaml")));
    }

    [Fact]
    public void Should_not_overwrite_with_schema_out_unless_forced()
    {
        using var dir = new TempDir();
        var path = dir.File("mine.json");
        File.WriteAllText(path, "keep me");
        var (exit, _, err) = ConsoleCapture.Run("schema", "--out", path);
        Assert.Equal(2, exit);
        Assert.Contains("the file exists; add --force to overwrite it", err, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(path));
        Assert.Equal(0, ConsoleCapture.Run("schema", "--out", path, "--force").Exit);
        Assert.StartsWith("{", File.ReadAllText(path), StringComparison.Ordinal);
    }
}
