using System.Text;
using System.Text.RegularExpressions;
using DocTool.Core.Building;
using DocTool.Core.Docx;
using DocTool.Tests.Support;

namespace DocTool.Tests.Building;

/// <summary>Every sample × document × language of the bundled pack builds, validates and matches its snapshot.</summary>
public partial class SampleDocumentsTests
{
    private static readonly Dictionary<string, int> WordFloors = new(StringComparer.Ordinal)
    {
        ["finance-manual"] = 3000,
        ["hr-manual"] = 3000,
        ["code-of-conduct"] = 1800,
        ["membership-rules"] = 1800,
        ["governance-charter"] = 1800,
        ["election-procedure"] = 1200,
    };

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var sample in Repo.SampleProfiles().Select(Path.GetFileName))
        {
            foreach (var doc in Harness.Pack.Documents)
            {
                foreach (var lang in doc.Languages)
                {
                    data.Add(sample!, doc.Id, lang);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_build_valid_document_matching_snapshot(string sample, string doc, string lang)
    {
        using var dir = new TempDir();
        var outcome = Harness.Build(Harness.Pack, Path.Combine(Repo.Samples, sample), dir.Path, [doc], [lang], OutputFormat.Docx | OutputFormat.Markdown);
        Assert.True(outcome.ExitCode == 0, string.Join('\n', outcome.Diagnostics));
        var docx = outcome.Written.Single(f => f.Format == "docx").Bytes;
        var markdown = Encoding.UTF8.GetString(outcome.Written.Single(f => f.Format == "md").Bytes);
        DocxCheck.AssertValid(docx, $"{sample} {doc} {lang}");

        var body = Attributes().Replace(markdown, string.Empty);
        Assert.DoesNotContain("{{", body);
        Assert.DoesNotContain("}}", body);
        Assert.DoesNotContain("TODO", body, StringComparison.Ordinal);
        Assert.False(EmptyCell().IsMatch(body), $"{sample} {doc} {lang}: an empty table cell");
        Assert.False(body.Contains("\n\n\n", StringComparison.Ordinal), $"{sample} {doc} {lang}: a triple newline (a condition left a gap)");

        Snapshot.Verify($"samples/{Path.GetFileNameWithoutExtension(sample)}/{lang}/{doc}", DocxProjection.Project(docx));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_meet_the_english_word_floor(string sample, string doc, string lang)
    {
        if (lang != "en")
        {
            return;
        }

        using var dir = new TempDir();
        var outcome = Harness.Build(Harness.Pack, Path.Combine(Repo.Samples, sample), dir.Path, [doc], [lang], OutputFormat.Markdown);
        Assert.True(outcome.ExitCode == 0, string.Join('\n', outcome.Diagnostics));
        var text = Encoding.UTF8.GetString(outcome.Written.Single().Bytes);
        var words = Regex.Count(text, @"[\p{L}\p{N}][\p{L}\p{N}'’\-]*");
        Assert.True(words >= WordFloors[doc], $"{sample} {doc}: {words} words, below the floor of {WordFloors[doc]}");
    }

    [Fact]
    public void Should_rebuild_byte_identical_files()
    {
        using var a = new TempDir();
        using var b = new TempDir();
        var first = Harness.Build(Harness.Pack, Path.Combine(Repo.Samples, "scswa.yaml"), a.Path);
        var second = Harness.Build(Harness.Pack, Path.Combine(Repo.Samples, "scswa.yaml"), b.Path);
        Assert.True(first.ExitCode == 0, string.Join('\n', first.Diagnostics));
        Assert.Equal(first.Written.Select(f => f.RelativePath + " " + f.Sha256), second.Written.Select(f => f.RelativePath + " " + f.Sha256));
        Assert.Equal(File.ReadAllBytes(Path.Combine(a.Path, "manifest.json")), File.ReadAllBytes(Path.Combine(b.Path, "manifest.json")));
        foreach (var f in first.Written)
        {
            Assert.Equal(f.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(a.Path, f.RelativePath)))));
        }
    }

    [GeneratedRegex(@"\{#[a-z0-9-]+( \.annex)?\}")]
    private static partial Regex Attributes();

    [GeneratedRegex(@"\|[ \t]+\|(?!-)")]
    private static partial Regex EmptyCell();
}
