using DocTool.Core.Diagnostics;
using DocTool.Core.Profiles;
using DocTool.Tests.Support;

namespace DocTool.Tests.Hostile;

/// <summary>Aliases of a long text are bounded by the characters they expand to, not only by their count.</summary>
public class AliasTextBombTests
{
    [Fact]
    public void Should_refuse_a_profile_whose_aliases_repeat_a_long_text_before_expanding_it()
    {
        using var dir = new TempDir();
        var path = dir.File("bomb.yaml");
        // 190 KB on disk; 450 million characters once its 45,000 aliases are expanded.
        File.WriteAllText(path, "profile_version: 1\nx: &a \"" + new string('A', 10_000) + "\"\ny: [" + string.Join(", ", Enumerable.Repeat("*a", 45_000)) + "]\n");
        var bag = new DiagnosticBag();

        Assert.Null(YamlReader.ReadFile(path, "bomb.yaml", bag));

        var error = Assert.Single(bag.Sorted);
        Assert.Equal(Codes.AliasBomb, error.Code);
        Assert.Equal(3, error.Span.Line);
        Assert.Contains("more than 2,000,000 characters of text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_accept_aliases_of_short_texts_as_profiles_use_them()
    {
        using var dir = new TempDir();
        var path = dir.File("ok.yaml");
        File.WriteAllText(path, "profile_version: 1\nx: &a \"Board of directors\"\ny: [" + string.Join(", ", Enumerable.Repeat("*a", 1_000)) + "]\n");
        var bag = new DiagnosticBag();
        Assert.NotNull(YamlReader.ReadFile(path, "ok.yaml", bag));
        Assert.Empty(bag.Sorted);
    }
}
