using System.Text;
using DocTool.Tests.Support;

namespace DocTool.Tests.Profiles;

/// <summary>
/// Every invalid profile in the corpus prints exactly its expected diagnostics. On a mismatch the
/// test writes <c>NAME.received.txt</c>; run with <c>DOCTOOL_ACCEPT=1</c> to accept the new output.
/// </summary>
public class InvalidProfileTests
{
    public static TheoryData<string> Cases() => [.. ProfileCorpus.Names()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_print_the_expected_diagnostics(string name)
    {
        var actual = ProfileCorpus.Run(name);
        var stem = Path.Combine(ProfileCorpus.Folder, Path.GetFileNameWithoutExtension(name));
        var expectedPath = stem + ".expected.txt";
        var receivedPath = stem + ".received.txt";
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Snapshot.Accepting)
        {
            File.WriteAllText(expectedPath, actual, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        Assert.Fail($"""
            {name}: the diagnostics differ from {expectedPath}
            --- expected
            {expected ?? "(no expected file yet)"}
            --- received
            {actual}
            --- diff
            {(expected is null ? string.Empty : Snapshot.UnifiedDiff(expected, actual))}
            Accept with DOCTOOL_ACCEPT=1 if the change is intended.
            """);
    }

    [Fact]
    public void Should_have_a_corpus_of_distinct_mistakes()
    {
        var names = ProfileCorpus.Names().ToList();
        Assert.True(names.Count >= 28, $"only {names.Count} corpus cases");
        var outputs = names.Select(ProfileCorpus.Run).ToList();
        Assert.All(outputs, o => Assert.NotEqual(string.Empty, o));
        Assert.Equal(outputs.Count, outputs.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Should_have_an_expected_file_for_every_case_and_no_stray_ones()
    {
        var stems = ProfileCorpus.Names().Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        var expected = Directory.EnumerateFiles(ProfileCorpus.Folder, "*.expected.txt")
            .Select(p => Path.GetFileName(p)[..^".expected.txt".Length])
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(stems.Order(StringComparer.Ordinal), expected.Order(StringComparer.Ordinal));
    }
}
