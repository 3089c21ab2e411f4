using DocTool.Core.Checking;
using DocTool.Core.Diagnostics;
using DocTool.Tests.Support;

namespace DocTool.Tests.Checking;

/// <summary>Every document DocTool generates passes <c>doctool check</c> with zero errors.</summary>
public class GeneratedDocumentsCheckTests
{
    [Fact]
    public void Should_pass_the_check_for_every_sample_document_in_every_language()
    {
        using var dir = new TempDir();
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var sample in Repo.SampleProfiles())
        {
            var outcome = Harness.Build(Harness.Pack, sample, dir.Path, langs: Harness.Pack.Languages.ToList());
            Assert.True(outcome.ExitCode == 0, string.Join('\n', outcome.Diagnostics));
            foreach (var file in outcome.Written)
            {
                using var stream = new MemoryStream(file.Bytes);
                var findings = DocxChecker.Check(file.RelativePath, stream);
                failures.AddRange(findings.Where(d => d.Severity == Severity.Error || d.Code is "DT0703" or "DT0704" or "DT0705" or "DT0706" or "DT0709" or "DT0712").Select(d => d.ToString()));
                checkedCount++;
            }
        }

        Assert.True(checkedCount >= 30, $"only {checkedCount} documents checked");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }
}
