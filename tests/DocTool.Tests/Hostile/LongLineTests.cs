using System.Diagnostics;
using DocTool.Core.Diagnostics;
using DocTool.Core.Profiles;

namespace DocTool.Tests.Hostile;

/// <summary>A one-megabyte line is refused at its line before the YAML scanner spends seconds on it (#19).</summary>
public class LongLineTests
{
    [Fact]
    public void Should_refuse_a_megabyte_line_at_once_and_at_its_line()
    {
        var bag = new DiagnosticBag();
        var watch = Stopwatch.StartNew();
        var root = YamlReader.ReadText("profile_version: 1\norg: {name: \"" + new string('a', 1_000_000) + "\"}\n", "p.yaml", bag);
        Assert.Null(root);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        var error = Assert.Single(bag.Sorted);
        Assert.Equal((Codes.StringTooLong, 2), (error.Code, error.Span.Line));
        Assert.Contains("block scalar", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_old_mac_line_endings()
    {
        var bag = new DiagnosticBag();
        var text = string.Concat(Enumerable.Repeat("# a comment line that is long enough to add up\r", 5_000)) + "profile_version: 1\r";
        Assert.Null(YamlReader.ReadText(text, "p.yaml", bag));
        Assert.Contains(bag.Sorted, d => d.Message.Contains("CR only", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_read_the_longest_string_on_one_line()
    {
        var bag = new DiagnosticBag();
        YamlReader.ReadText("profile_version: 1\nnote: \"" + new string('a', ProfileLimits.Default.MaxStringLength) + "\"\n", "p.yaml", bag);
        Assert.DoesNotContain(bag.Sorted, d => d.Code == Codes.StringTooLong);
    }
}
