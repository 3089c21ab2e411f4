using System.Text.Json.Nodes;
using DocTool.Tests.Cli;
using DocTool.Tests.Support;

namespace DocTool.Tests.Building;

/// <summary>Shard outputs merged into one folder have one manifest, and --incremental there skips everything unchanged.</summary>
[Collection("console")]
public class ManifestMergeTests
{
    // Shards split work items by a hash that includes each profile's path, which differs between checkouts: with
    // every document (30 items, not 5) no checkout leaves a shard empty (a 1 in 2^29 chance, where 5 items gave 1 in 16).
    private static (int Exit, string Out, string Err) Shard(TempDir dir, int k, string output, params string[] more) =>
        ConsoleCapture.Run(["batch", Repo.Samples, "--lang", "en", "--format", "md", "--shard", $"{k}/2", "--out", output, "--quiet", .. more]);

    private static HashSet<string> Listed(string folder) =>
        [.. ((JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!["files"] as JsonArray)!).Select(f => f!["path"]!.GetValue<string>())];

    private static HashSet<string> Written(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))];

    /// <summary>What downloading every shard's artifact into one folder does: files side by side, each shard's manifest.json overwriting the last.</summary>
    private static void Download(string from, string into)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(into, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    [Fact]
    public void Should_merge_shards_downloaded_into_one_folder_into_one_manifest()
    {
        using var dir = new TempDir();
        Assert.Equal(0, Shard(dir, 1, dir.File("s1")).Exit);
        Assert.Equal(0, Shard(dir, 2, dir.File("s2")).Exit);
        var merged = dir.File("merged");
        Download(dir.File("s1"), merged);
        Download(dir.File("s2"), merged);
        Assert.NotEqual(Written(merged), Listed(merged)); // the last shard's manifest.json won

        var (exit, output, err) = ConsoleCapture.Run("manifest", "merge", merged);
        Assert.True(exit == 0, err);
        Assert.Contains("wrote", output);
        Assert.Equal(30, Written(merged).Count);
        Assert.Equal(Written(merged), Listed(merged));
        Assert.Empty(Directory.GetFiles(merged, "manifest.shard-*.json"));

        (exit, output, err) = ConsoleCapture.Run("batch", Repo.Samples, "--lang", "en", "--format", "md", "--out", merged, "--incremental", "--quiet");
        Assert.True(exit == 0, err);
        Assert.Contains("built        0", output);
        Assert.Contains("skipped      30 (up to date)", output);
    }

    [Fact]
    public void Should_skip_everything_unchanged_in_a_downloaded_folder_even_before_the_merge()
    {
        using var dir = new TempDir();
        Assert.Equal(0, Shard(dir, 1, dir.File("s1")).Exit);
        Assert.Equal(0, Shard(dir, 2, dir.File("s2")).Exit);
        var merged = dir.File("merged");
        Download(dir.File("s1"), merged);
        Download(dir.File("s2"), merged);

        var (exit, output, err) = ConsoleCapture.Run("batch", Repo.Samples, "--lang", "en", "--format", "md", "--out", merged, "--incremental", "--quiet");
        Assert.True(exit == 0, err);
        Assert.Contains("built        0", output);
    }

    [Fact]
    public void Should_merge_separate_shard_folders_into_a_new_one_and_refuse_a_damaged_file()
    {
        using var dir = new TempDir();
        Assert.Equal(0, Shard(dir, 1, dir.File("s1")).Exit);
        Assert.Equal(0, Shard(dir, 2, dir.File("s2")).Exit);

        var (exit, _, err) = ConsoleCapture.Run("manifest", "merge", dir.File("s1"), dir.File("s2"), "--out", dir.File("all"));
        Assert.True(exit == 0, err);
        Assert.Equal(30, Written(dir.File("all")).Count);
        Assert.Equal(Written(dir.File("all")), Listed(dir.File("all")));

        var victim = Directory.EnumerateFiles(dir.File("s2"), "*.md", SearchOption.AllDirectories).First();
        File.AppendAllText(victim, "edited");
        (exit, _, err) = ConsoleCapture.Run("manifest", "merge", dir.File("s1"), dir.File("s2"), "--out", dir.File("again"));
        Assert.Equal(2, exit);
        Assert.Contains("error DT0503: this file differs from its manifest entry", err);
        Assert.False(File.Exists(Path.Combine(dir.File("again"), "manifest.json")));
    }
}
