using DocTool.Core.Diagnostics;
using DocTool.Core.Profiles;
using DocTool.Core.Profiles.Validation;
using DocTool.Tests.Support;

namespace DocTool.Tests.Profiles;

/// <summary>Every sample profile is valid: no diagnostic at all.</summary>
public class SampleProfileTests
{
    public static TheoryData<string> Samples() => [.. SampleNames()];

    public static IReadOnlyList<string> SampleNames() => [.. Repo.SampleProfiles().Select(p => Path.GetFileName(p))];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_validate_the_sample_with_zero_diagnostics(string sample)
    {
        var bag = new DiagnosticBag();
        var root = YamlReader.ReadFile(Path.Combine(Repo.Samples, sample), sample, bag);
        Assert.NotNull(root);
        ProfileValidator.Validate(root, sample, ProfileCorpus.PackLanguages, bag);
        Assert.True(bag.Count == 0, string.Join('\n', bag.Sorted));
    }

    [Fact]
    public void Should_find_several_samples()
    {
        Assert.Contains("scswa.yaml", SampleNames());
        Assert.True(SampleNames().Count >= 2);
    }
}
