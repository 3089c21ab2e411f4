using DocTool.Core.Building;

namespace DocTool.Tests.Building;

public class BatchShardTests
{
    [Fact]
    public void Should_split_the_items_into_disjoint_shards_that_together_build_everything()
    {
        using var f = new BatchFixture();
        var inputs = Enumerable.Range(0, 7).Select(i => f.Good("ORG" + i)).Append(f.BrokenYaml()).ToList();
        var whole = Keys(f.Run(inputs, formats: OutputFormat.Markdown, langs: ["en", "fr"], output: f.Dir.File("whole")));
        Assert.Equal(16, whole.Count);

        var parts = Enumerable.Range(1, 3)
            .Select(k => Keys(f.Run(inputs, new ShardSpec(k, 3), formats: OutputFormat.Markdown, langs: ["en", "fr"], output: f.Dir.File("part" + k))))
            .ToList();

        Assert.Equal(whole.Count, parts.Sum(p => p.Count));
        Assert.Equal(whole, parts.SelectMany(p => p).ToHashSet());
        for (var i = 0; i < parts.Count; i++)
        {
            for (var j = i + 1; j < parts.Count; j++)
            {
                Assert.Empty(parts[i].Intersect(parts[j]));
            }
        }

        // The written files are disjoint too, and together they are the whole batch's files.
        var wholeFiles = Files(f.Dir.File("whole"));
        var partFiles = Enumerable.Range(1, 3).SelectMany(k => Files(f.Dir.File("part" + k))).ToList();
        Assert.Equal(wholeFiles.Order(StringComparer.Ordinal), partFiles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_not_depend_on_the_order_of_the_inputs()
    {
        using var f = new BatchFixture();
        var inputs = Enumerable.Range(0, 6).Select(i => f.Good("ORG" + i)).ToList();
        var forward = Keys(f.Run(inputs, new ShardSpec(2, 3), formats: OutputFormat.Markdown, langs: ["en", "fr"], output: f.Dir.File("a")));
        var backward = Keys(f.Run([.. Enumerable.Reverse(inputs)], new ShardSpec(2, 3), formats: OutputFormat.Markdown, langs: ["en", "fr"], output: f.Dir.File("b")));
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Should_put_every_key_in_exactly_one_part()
    {
        for (var i = 0; i < 200; i++)
        {
            var key = ShardSpec.Key($"profiles/p{i}.yaml", "finance-manual", "en");
            var part = ShardSpec.PartOf(key, 4);
            Assert.InRange(part, 1, 4);
            Assert.Single(Enumerable.Range(1, 4), k => new ShardSpec(k, 4).Contains(key));
            Assert.True(new ShardSpec(1, 1).Contains(key));
        }
    }

    [Theory]
    [InlineData("1/3", 1, 3)]
    [InlineData("3/3", 3, 3)]
    [InlineData("1/1", 1, 1)]
    public void Should_parse_a_shard(string text, int k, int n)
    {
        Assert.Equal(new ShardSpec(k, n), ShardSpec.Parse(text, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("3")]
    [InlineData("a/b")]
    [InlineData("-1/3")]
    [InlineData("1/3/5")]
    public void Should_reject_a_bad_shard(string text)
    {
        Assert.Null(ShardSpec.Parse(text, out var error));
        Assert.Contains("K/N", error);
    }

    private static HashSet<string> Keys(BatchOutcome outcome) => [.. outcome.Items.Select(i => $"{i.Profile}|{i.Document}|{i.Language}")];

    private static List<string> Files(string folder) => Directory.Exists(folder)
        ? [.. Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(folder, p))]
        : [];
}
