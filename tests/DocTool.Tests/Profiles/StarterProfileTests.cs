using DocTool.Core.Diagnostics;
using DocTool.Core.Profiles;
using DocTool.Core.Profiles.Validation;

namespace DocTool.Tests.Profiles;

/// <summary>The profile <c>doctool init</c> writes validates as written, for every kind and a few language choices.</summary>
public class StarterProfileTests
{
    public static TheoryData<string, string> Choices()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in StarterProfile.Kinds)
        {
            foreach (var languages in new[] { "en", "fr,en", "ru,en,zh", "es" })
            {
                data.Add(kind, languages);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Choices))]
    public void Should_write_a_starter_profile_that_validates_as_written(string kind, string languages)
    {
        var text = StarterProfile.Create("Example Sex Workers' Network", languages.Split(','), kind, "profile-v1.schema.json");
        var bag = new DiagnosticBag();
        var root = YamlReader.ReadText(text, "starter.yaml", bag);
        Assert.NotNull(root);
        ProfileValidator.Validate(root, "starter.yaml", ProfileCorpus.PackLanguages, bag);
        Assert.True(bag.Count == 0, string.Join('\n', bag.Sorted));
    }
}
