using DocTool.Core.Building;

namespace DocTool.Tests.Hostile;

/// <summary>Output folders for names in other scripts (#19): two Russian or Chinese names no longer share <c>org/</c>.</summary>
public class SlugTests
{
    [Theory]
    [InlineData("SCSWA", "scswa")]
    [InlineData("Réseau Ñandú", "reseau-nandu")]
    [InlineData("Straße", "stra-e")]
    [InlineData("АСР", "asr")]
    [InlineData("Сеть Москва", "set-moskva")]
    [InlineData("ΕΛΛΑΣ", "ellas")]
    public void Should_write_latin_and_transliterate_cyrillic_and_greek(string name, string slug) =>
        Assert.Equal(slug, Slug.Make(name));

    [Fact]
    public void Should_give_names_without_latin_letters_distinct_stable_folders()
    {
        var a = Slug.Make("亚洲性工作者网络");
        var b = Slug.Make("非洲性工作者联盟");
        Assert.NotEqual(a, b);
        Assert.Equal(a, Slug.Make("亚洲性工作者网络"));
        Assert.Matches("^org-[0-9a-f]{8}$", a);
        Assert.Equal("org", Slug.Make("  "));
    }
}
