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
