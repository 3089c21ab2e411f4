using DocTool.Core.Building;

namespace DocTool.Tests.Building;

public class BatchIncrementalTests
{
    [Fact]
    public void Should_skip_everything_on_an_unchanged_second_run_and_rebuild_only_a_changed_profile()
    {
        using var f = new BatchFixture();
        var inputs = new[] { f.Good("ALPHA"), f.Good("BRAVO"), f.Good("CHARLIE") };
        var first = f.Run(inputs, incremental: true, langs: ["en", "fr"]);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(6, first.Built);

        var second = f.Run(inputs, incremental: true, langs: ["en", "fr"]);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(0, second.Built);
        Assert.Equal(6, second.Skipped);
        Assert.All(second.Items, i => Assert.Equal(first.Items.Single(x => x.Profile == i.Profile && x.Language == i.Language).Outputs, i.Outputs));

        File.AppendAllText(inputs[1], "# changed\n");
        var third = f.Run(inputs, incremental: true, langs: ["en", "fr"]);
        Assert.Equal(2, third.Built);
        Assert.Equal(4, third.Skipped);
        Assert.All(third.Items.Where(i => i.Status == BatchStatus.Built), i => Assert.Equal(Core.Packs.PackLoader.Display(inputs[1]), i.Profile));

        // The manifest now records the new profile hash: a fourth run skips everything again.
        Assert.Equal(6, f.Run(inputs, incremental: true, langs: ["en", "fr"]).Skipped);
    }

    [Fact]
    public void Should_rebuild_an_output_that_was_deleted_or_edited()
    {
        using var f = new BatchFixture();
        var inputs = new[] { f.Good("ALPHA"), f.Good("BRAVO") };
        Assert.Equal(2, f.Run(inputs, incremental: true).Built);
        File.Delete(Path.Combine(f.Out, "alpha", "en", "doc.docx"));
        File.WriteAllText(Path.Combine(f.Out, "bravo", "en", "doc.docx"), "edited by hand");

        var again = f.Run(inputs, incremental: true);

        Assert.Equal(2, again.Built);
        Assert.Equal(0, again.Skipped);
    }

    [Fact]
    public void Should_rebuild_when_the_requested_format_was_never_built()
    {
        using var f = new BatchFixture();
        var inputs = new[] { f.Good("ALPHA") };
        Assert.Equal(1, f.Run(inputs, incremental: true).Built);
        var both = f.Run(inputs, incremental: true, formats: OutputFormat.Docx | OutputFormat.Markdown);
        Assert.Equal(1, both.Built);
        Assert.Equal(1, f.Run(inputs, incremental: true, formats: OutputFormat.Docx | OutputFormat.Markdown).Skipped);
    }

    [Fact]
    public void Should_rebuild_everything_when_the_tool_version_changes()
    {
        using var f = new BatchFixture();
        var inputs = new[] { f.Good("ALPHA"), f.Good("BRAVO") };
        Assert.Equal(2, f.Run(inputs, incremental: true).Built);
        var newer = new BatchRunner(f.Pack, "doctool next").Run(new BatchRequest { Inputs = inputs, Languages = ["en"], OutputDirectory = f.Out, Incremental = true, AllowFallback = true });
        Assert.Equal(2, newer.Built);
    }

    [Fact]
    public void Should_build_everything_without_the_flag()
    {
        using var f = new BatchFixture();
        var inputs = new[] { f.Good("ALPHA") };
        f.Run(inputs, incremental: true);
        Assert.Equal(1, f.Run(inputs).Built);
    }
}
