using System.Diagnostics;
using System.Text.RegularExpressions;
using DocTool.Tests.Support;

namespace DocTool.Tests.Docs;

/// <summary>The GitHub Actions workflow in README runs as written: it is the linted file, it has a trigger, and it builds what it installs.</summary>
public partial class WorkflowTests
{
    private static string WorkflowPath => Path.Combine(Repo.Root, "docs", "examples", "documents.yml");

    private static string Workflow => File.ReadAllText(WorkflowPath).Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void Should_show_in_the_readme_exactly_the_workflow_that_is_linted()
    {
        var readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains("```yaml\n" + Workflow + "```\n", readme);
    }

    [Fact]
    public void Should_have_a_trigger_and_create_every_package_source_it_installs_from()
    {
        var text = Workflow;
        Assert.Matches(new Regex(@"^on:\s*$", RegexOptions.Multiline), text);
        var sources = AddSource().Matches(text).Select(m => m.Groups["dir"].Value.TrimStart('.', '/')).ToList();
        Assert.NotEmpty(sources);
        foreach (var source in sources)
        {
            var pack = text.IndexOf($"dotnet pack src/DocTool.Cli -c Release -o {source}", StringComparison.Ordinal);
            Assert.True(pack >= 0 && pack < text.IndexOf("--add-source ./" + source, StringComparison.Ordinal), $"nothing creates `{source}` before it is installed from");
        }

        // Every doctool command the workflow runs exists and takes the options it is given.
        foreach (Match run in DoctoolRun().Matches(text))
        {
            var args = run.Groups["args"].Value.Replace("${{ matrix.shard }}", "1", StringComparison.Ordinal).Replace("\"$PROFILES\"", "samples/", StringComparison.Ordinal);
            var parse = DocTool.Cli.DocToolApp.CreateRoot().Parse(args);
            Assert.True(DocTool.Cli.StrictArguments.Check(parse).Count == 0, $"doctool {args}: {string.Join("; ", DocTool.Cli.StrictArguments.Check(parse))}");
        }
    }

    [WorkflowLinterFact]
    public void Should_pass_the_workflow_linter()
    {
        var start = new ProcessStartInfo(WorkflowLinterFactAttribute.Linter!, [WorkflowPath]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "action-validator did not finish in a minute");
        Assert.True(process.ExitCode == 0, $"action-validator found problems in {WorkflowPath}:\n{output}");
    }

    [GeneratedRegex(@"--add-source (?<dir>\S+)")]
    private static partial Regex AddSource();

    [GeneratedRegex(@"run: doctool (?<args>.+)$", RegexOptions.Multiline)]
    private static partial Regex DoctoolRun();
}

/// <summary>Runs when action-validator is installed (.ci/run installs it into .ci/tools); otherwise skips and says why.</summary>
public sealed class WorkflowLinterFactAttribute : FactAttribute
{
    public WorkflowLinterFactAttribute()
    {
        if (Linter is null)
        {
            Skip = "action-validator is not installed: .ci/run installs it with `npm install --prefix .ci/tools @action-validator/cli` (npm was missing or offline)";
        }
    }

    public static string? Linter { get; } = Find();

    private static string? Find()
    {
        var local = Path.Combine(Repo.Root, ".ci", "tools", "node_modules", ".bin", "action-validator");
        if (File.Exists(local))
        {
            return local;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "action-validator"))
            .FirstOrDefault(File.Exists);
    }
}
