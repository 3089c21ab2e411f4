using System.IO.Compression;
using System.Text;
using DocTool.Core.Diffing;
using DocTool.Tests.Support;

namespace DocTool.Tests.Diffing;

public class ClauseDiffTests
{
    private const string Version1 = """
        # Purpose {#purpose}

        {{ org.name }} exists to support sex workers.

        ## Admission {#admission}

        The board decides within 60 days.

        ## Fees {#fees}

        Fees are set each year.

        """;

    private static IReadOnlyList<DocClause> Clauses(string template)
    {
        using var pack = new TestPack(template);
        using var dir = new TempDir();
        var outcome = Harness.Build(pack.Load(), Harness.ProfileVariant(dir, "scswa.yaml"), dir.File("out"), langs: ["en"]);
        Assert.True(outcome.ExitCode == 0, string.Join('\n', outcome.Diagnostics));
        return DocxClauseReader.Read(outcome.Written.Single().Bytes);
    }

    [Fact]
    public void Should_show_exactly_the_changed_clause_after_a_template_change()
    {
        var before = Clauses(Version1);
        var after = Clauses(Version1.Replace("within 60 days", "within 90 days", StringComparison.Ordinal));
        var change = Assert.Single(ClauseDiff.Compare(before, after));
        Assert.Equal(ChangeKind.Changed, change.Kind);
        Assert.Equal("admission", change.Id);
        Assert.Contains(change.Words, w => w.Op == -1 && w.Text.Contains("60", StringComparison.Ordinal));
        Assert.Contains(change.Words, w => w.Op == 1 && w.Text.Contains("90", StringComparison.Ordinal));
        Assert.Contains("[-60-] {+90+}", ClauseDiff.Render([new DocumentDiff("doc.docx", null, [change])], markdown: false));
    }

    [Fact]
    public void Should_report_added_and_removed_clauses()
    {
        var before = Clauses(Version1);
        var after = Clauses(Version1.Replace("## Fees {#fees}\n\nFees are set each year.\n", "## Appeals {#appeals}\n\nA member may appeal.\n", StringComparison.Ordinal));
        var changes = ClauseDiff.Compare(before, after);
        Assert.Contains(changes, c => c.Kind == ChangeKind.Added && c.Id == "appeals");
        Assert.Contains(changes, c => c.Kind == ChangeKind.Removed && c.Id == "fees");
        Assert.Equal(2, changes.Count);
    }

    [Fact]
    public void Should_find_no_changes_between_identical_builds()
    {
        Assert.Empty(ClauseDiff.Compare(Clauses(Version1), Clauses(Version1)));
    }

    [Fact]
    public void Should_read_clauses_headings_and_table_rows()
    {
        var clauses = Clauses(Version1 + "\n## Table {#table}\n\n| Category | Fee |\n|---|---|\n| Full | 10 |\n");
        Assert.Equal(["(title page)", "purpose", "admission", "fees", "table"], clauses.Select(c => c.Id));
        Assert.Contains("Purpose", clauses[1].Heading, StringComparison.Ordinal);
        Assert.Equal("The board decides within 60 days.", clauses[2].Text);
        Assert.Contains("| Full | 10 |", clauses[4].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Admission", clauses[0].Text, StringComparison.Ordinal); // the table of contents is skipped
    }

    [Fact]
    public void Should_find_the_main_part_through_the_package_relationships()
    {
        // Word and LibreOffice find the body through _rels/.rels, not by its usual name.
        using var pack = new TestPack(Version1);
        using var dir = new TempDir();
        var outcome = Harness.Build(pack.Load(), Harness.ProfileVariant(dir, "scswa.yaml"), dir.File("out"), langs: ["en"]);
        var original = outcome.Written.Single().Bytes;
        using var output = new MemoryStream();
        using (var from = new ZipArchive(new MemoryStream(original), ZipArchiveMode.Read))
        using (var to = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in from.Entries)
            {
                var name = entry.FullName switch
                {
                    "word/document.xml" => "word/body.xml",
                    "word/_rels/document.xml.rels" => "word/_rels/body.xml.rels",
                    _ => entry.FullName,
                };
                using var source = entry.Open();
                using var target = to.CreateEntry(name).Open();
                if (name is "_rels/.rels" or "[Content_Types].xml")
                {
                    using var reader = new StreamReader(source, Encoding.UTF8);
                    target.Write(Encoding.UTF8.GetBytes(reader.ReadToEnd().Replace("word/document.xml", "word/body.xml", StringComparison.Ordinal)));
                }
                else
                {
                    source.CopyTo(target);
                }
            }
        }

        Assert.Empty(ClauseDiff.Compare(DocxClauseReader.Read(original), DocxClauseReader.Read(output.ToArray())));
    }

    [Fact]
    public void Should_refuse_a_file_that_is_not_a_docx()
    {
        Assert.Throws<InvalidDataException>(() => DocxClauseReader.Read(Encoding.UTF8.GetBytes("not a zip")));
        using var empty = new MemoryStream();
        using (new ZipArchive(empty, ZipArchiveMode.Create, leaveOpen: true))
        {
        }

        Assert.Throws<InvalidDataException>(() => DocxClauseReader.Read(empty.ToArray()));
    }
}
