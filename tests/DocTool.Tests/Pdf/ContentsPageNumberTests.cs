using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using DocTool.Core.Building;
using DocTool.Core.Checking;
using DocTool.Core.Diagnostics;
using DocTool.Tests.Support;

namespace DocTool.Tests.Pdf;

/// <summary>
/// The contents page of every sample's documents, in one language per script (Latin, Cyrillic, CJK):
/// each entry's page number, in the PDF and in the .docx, is the page on which the heading appears.
/// </summary>
public class ContentsPageNumberTests
{
    [LibreOfficeFact]
    public void Should_give_every_contents_entry_the_page_its_heading_is_on()
    {
        using var dir = new TempDir();
        var docx = new List<string>();
        foreach (var sample in Repo.SampleProfiles())
        {
            var outcome = Harness.Build(Harness.Pack, sample, dir.Path, langs: OnePerScript(sample));
            Assert.True(outcome.ExitCode == 0, string.Join('\n', outcome.Diagnostics));
            docx.AddRange(outcome.Written.Select(f => Path.Combine(dir.Path, f.RelativePath)));
        }

        var conversion = PdfConverter.Convert(PdfConverter.FindSoffice()!, docx, TimeSpan.FromMinutes(3), processes: 2);
        Assert.Empty(conversion.Errors);
        Assert.Equal(docx.Count, conversion.Written.Count);
        Assert.Equal(docx.Count, conversion.PageNumbered.Count);
        Assert.Contains(docx, d => d.Contains("/zh/", StringComparison.Ordinal));
        Assert.Contains(docx, d => d.Contains("/ru/", StringComparison.Ordinal));

        var failures = new List<string>();
        foreach (var file in docx)
        {
            DocxCheck.AssertValid(File.ReadAllBytes(file), file);
            failures.AddRange(DocxChecker.Check(file).Where(d => d.Severity == Severity.Error || d.Code is "DT0710" or "DT0711").Select(d => d.ToString()));
            var entries = TocEntries(file);
            Assert.NotEmpty(entries);
            var raw = Tool.Run("pdftotext", "-raw", Path.ChangeExtension(file, ".pdf"), "-").Split('\f');
            var pages = raw.Select(Squeeze).ToList();
            // The contents pages: from the second page, every page with entries ending in leaders and a number.
            var body = 1;
            while (body < pages.Count && Regex.IsMatch(pages[body], @"\.{4,}\d"))
            {
                body++;
            }

            foreach (var (heading, page) in entries)
            {
                // The contents pages show the entry with this number…
                // (A line may start with the page's running header or the contents title: compare the end.)
                var entry = heading + "." + page.ToString(CultureInfo.InvariantCulture);
                var inContents = raw.Take(body).SelectMany(ContentsLines).Any(l => l == entry || (l.EndsWith(entry, StringComparison.Ordinal) && !char.IsAsciiDigit(l[^(entry.Length + 1)])));

                // …and the heading is on that page (the first page after the contents where its text appears).
                var found = pages.FindIndex(body, p => p.Contains(heading, StringComparison.Ordinal)) + 1;
                if (!inContents || found != page)
                {
                    failures.Add($"{file}: \"{heading}\" listed on page {page} (shown in the PDF contents: {inContents}), found on page {found}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [LibreOfficeFact]
    public void Should_export_a_tagged_pdf_with_title_language_and_bookmarks()
    {
        using var dir = new TempDir();
        var outcome = Harness.Build(Harness.Pack, Path.Combine(Repo.Samples, "scswa.yaml"), dir.Path, docs: ["membership-rules"], langs: ["ru"]);
        Assert.Equal(0, outcome.ExitCode);
        var docx = Path.Combine(dir.Path, outcome.Written.Single().RelativePath);
        var conversion = PdfConverter.Convert(PdfConverter.FindSoffice()!, [docx], TimeSpan.FromMinutes(3));
        Assert.Empty(conversion.Errors);
        var pdf = conversion.Written.Single();

        var info = Tool.Run("pdfinfo", pdf);
        Assert.Matches(@"(?m)^Tagged:\s+yes$", info);
        Assert.Matches(@"(?m)^Title:\s+Положение о членстве", info);
        var raw = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        Assert.Contains("/Lang(ru-KG)", raw);
        Assert.Contains("/Outlines", raw);
        Assert.Contains("/StructTreeRoot", raw);
        Assert.DoesNotContain(Directory.EnumerateFiles(dir.Path, "*", SearchOption.AllDirectories), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    /// <summary>One language of the sample per script: the first Latin one, Russian, Chinese.</summary>
    private static List<string> OnePerScript(string sample)
    {
        var generate = Regex.Match(File.ReadAllText(sample), @"(?m)^\s+generate:\s*\[([^\]]*)\]").Groups[1].Value
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return [.. generate.GroupBy(l => l switch { "ru" => "cyrillic", "zh" => "cjk", _ => "latin" }).Select(g => g.First())];
    }

    /// <summary>The contents of a .docx: each entry's text (whitespace removed) and the page number filled in.</summary>
    private static List<(string Heading, int Page)> TocEntries(string docx)
    {
        using var zip = ZipFile.OpenRead(docx);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd();
        var toc = xml[xml.IndexOf("Table of Contents", StringComparison.Ordinal)..xml.IndexOf("</w:sdtContent>", StringComparison.Ordinal)];
        return [.. Regex.Matches(toc, "<w:hyperlink w:anchor=\"[^\"]+\"[^>]*>(.*?)</w:hyperlink>").Select(m =>
        {
            var texts = Regex.Matches(m.Groups[1].Value, "<w:t(?: [^>]*)?>([^<]*)</w:t>").Select(t => System.Net.WebUtility.HtmlDecode(t.Groups[1].Value)).ToList();
            Assert.True(texts.Count >= 2, "a contents entry without a page number: " + m.Value);
            return (Squeeze(string.Concat(texts.SkipLast(1))), int.Parse(texts[^1], CultureInfo.InvariantCulture));
        })];
    }

    /// <summary>The entries of a contents page, one per line (an entry that wraps is joined), leaders shortened to one dot.</summary>
    private static IEnumerable<string> ContentsLines(string page)
    {
        var pending = string.Empty;
        foreach (var line in page.Split('\n'))
        {
            pending += Squeeze(line);
            if (Regex.IsMatch(pending, @"\.{3,}\d+$"))
            {
                yield return Regex.Replace(pending, @"\.{3,}(?=\d+$)", ".");
                pending = string.Empty;
            }
        }
    }

    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", string.Empty);
}
