using System.IO.Compression;
using System.Xml.Linq;
using DocTool.Core.Diffing;
using DocTool.Core.Diffing.Redline;
using DocTool.Tests.Cli;
using DocTool.Tests.Support;

namespace DocTool.Tests.Diffing;

/// <summary>
/// <c>doctool diff --redline</c>: for builds that differ by one profile value, one model clause and one
/// override, the tracked revisions cover the changed words, accepting all gives the new text and
/// rejecting all the old, and the document passes the OpenXML validator.
/// </summary>
[Collection("console")]
public class RedlineTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Fact]
    public void Should_track_exactly_a_changed_profile_value()
    {
        using var dir = new TempDir();
        var profile = File.ReadAllText(Path.Combine(Repo.Samples, "kenya-national.yaml"));
        Assert.Contains("max_days: 30", profile);
        File.WriteAllText(dir.File("old.yaml"), profile);
        File.WriteAllText(dir.File("new.yaml"), profile.Replace("max_days: 30", "max_days: 45"));
        var (oldDocx, newDocx) = (Build(dir, "old.yaml"), Build(dir, "new.yaml"));

        var redline = Redline(dir, oldDocx, newDocx);
        AssertRoundTrip(redline, oldDocx, newDocx);
        var inserted = Revisions(redline, "ins").ToList();
        Assert.NotEmpty(inserted);
        Assert.All(inserted, t => Assert.Equal("45", t));
        Assert.All(Revisions(redline, "del"), t => Assert.Equal("30", t));
        Assert.Contains("A profile value (or an override) changed", Comments(redline));

        // Rebuilt from the same inputs, the same bytes.
        Assert.Equal(redline, Redline(dir, oldDocx, newDocx));
    }

    [Fact]
    public void Should_track_a_changed_model_clause()
    {
        using var dir = new TempDir();
        CopyPack(Repo.Pack, dir.File("pack"));
        var messages = dir.File("pack/messages/en/membership-rules.yaml");
        var text = File.ReadAllText(messages);
        const string Before = "receives no information from the register of members";
        Assert.Contains(Before, text);
        File.WriteAllText(messages, text.Replace(Before, "never receives any information from the register of members"));
        File.Copy(Path.Combine(Repo.Samples, "kenya-national.yaml"), dir.File("p.yaml"));
        var oldDocx = Build(dir, "p.yaml");
        var newDocx = Build(dir, "p.yaml", "--pack", dir.File("pack"));

        var redline = Redline(dir, oldDocx, newDocx);
        AssertRoundTrip(redline, oldDocx, newDocx);
        Assert.Equal(["never ", "any"], Revisions(redline, "ins").ToArray());
        Assert.Equal(["no"], Revisions(redline, "del").ToArray());
        Assert.Contains("Clause changed: legal-status.", Comments(redline));
    }

    [Fact]
    public void Should_show_how_an_adapted_document_departs_from_the_model()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("adaptations"));
        File.WriteAllText(dir.File("p.yaml"), File.ReadAllText(Path.Combine(Repo.Samples, "kenya-national.yaml")) + "\noverrides:\n  folder: adaptations\n");
        File.WriteAllText(dir.File("adaptations/membership-rules.yaml"), """
            overrides:
              - clause: legal-status
                action: replace
                model_hash: 59c53bf2e146b193
                text:
                  en: |
                    ## Legal status of these rules {#legal-status}

                    These rules bind every member from the day the general assembly adopts them.
            """);
        var (exit, _, err) = ConsoleCapture.Run("diff", "--model", dir.File("p.yaml"), "--doc", "membership-rules", "--lang", "en", "--redline", dir.File("model.docx"));
        Assert.True(exit == 0, err);
        var redline = File.ReadAllBytes(dir.File("model.docx"));
        DocxCheck.AssertValid(redline, "model redline");

        // Accepting everything gives the adapted document, rejecting everything the model.
        Assert.Equal(0, ConsoleCapture.Run("build", dir.File("p.yaml"), "--doc", "membership-rules", "--lang", "en", "--out", dir.File("adapted")).Exit);
        var adapted = File.ReadAllBytes(Directory.GetFiles(dir.File("adapted"), "membership-rules.docx", SearchOption.AllDirectories).Single());
        Assert.Equal(Expected(adapted), Project(redline, accept: true));
        var model = Project(redline, accept: false);
        Assert.Contains("KSWSN is a fiscally hosted organisation", model);
        Assert.DoesNotContain("Adaptations to the model", model);

        var comments = Comments(redline);
        Assert.Contains("Clause changed: legal-status. Adapted by the override `replace` of clause `legal-status` in adaptations/membership-rules.yaml (line 2).", comments);
        Assert.Contains("Clause added: adaptations-to-the-model.", comments);
    }

    [LibreOfficeFact]
    public void Should_open_in_libreoffice_with_the_changes_and_convert_to_the_new_text()
    {
        using var dir = new TempDir();
        var profile = File.ReadAllText(Path.Combine(Repo.Samples, "kenya-national.yaml"));
        File.WriteAllText(dir.File("old.yaml"), profile);
        File.WriteAllText(dir.File("new.yaml"), profile.Replace("max_days: 30", "max_days: 45"));
        var redline = Redline(dir, Build(dir, "old.yaml"), Build(dir, "new.yaml"));
        File.WriteAllBytes(dir.File("red.docx"), redline);

        // LibreOffice shows tracked changes as they are; its text export of the document keeps both
        // sides of each change, which proves it read the revisions rather than repairing them away.
        Tool.Run("soffice", "--headless", $"-env:UserInstallation=file://{dir.File("lo")}", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir.Path, dir.File("red.docx"));
        var text = File.ReadAllText(dir.File("red.txt"));
        Assert.Contains("45", text);
        Assert.Contains("Admission", text, StringComparison.OrdinalIgnoreCase);
    }

    private static byte[] Build(TempDir dir, string profile, params string[] extra)
    {
        var output = dir.File("out-" + Guid.NewGuid().ToString("N"));
        var (exit, _, err) = ConsoleCapture.Run(["build", dir.File(profile), "--doc", "membership-rules", "--lang", "en", "--out", output, .. extra]);
        Assert.True(exit == 0, err);
        return File.ReadAllBytes(Directory.GetFiles(output, "membership-rules.docx", SearchOption.AllDirectories).Single());
    }

    private static byte[] Redline(TempDir dir, byte[] oldDocx, byte[] newDocx)
    {
        File.WriteAllBytes(dir.File("a.docx"), oldDocx);
        File.WriteAllBytes(dir.File("b.docx"), newDocx);
        var (exit, _, err) = ConsoleCapture.Run("diff", dir.File("a.docx"), dir.File("b.docx"), "--redline", dir.File("r.docx"));
        Assert.True(exit == 0, err);
        return File.ReadAllBytes(dir.File("r.docx"));
    }

    private static void AssertRoundTrip(byte[] redline, byte[] oldDocx, byte[] newDocx)
    {
        DocxCheck.AssertValid(redline, "redline");
        Assert.Equal(Expected(newDocx), Project(redline, accept: true));
        Assert.Equal(Expected(oldDocx), Project(redline, accept: false));
        Assert.NotEqual(Expected(oldDocx), Expected(newDocx));
    }

    /// <summary>A document's clause text, paragraph by paragraph, as the redline lays it out.</summary>
    private static string Expected(byte[] docx) =>
        string.Join("\n", DocxClauseReader.Read(docx).Select(RedlineWriter.Text).Where(t => t.Length > 0));

    /// <summary>The text after accepting (or rejecting) every tracked change: a small transform, as Word's.</summary>
    private static string Project(byte[] docx, bool accept)
    {
        var body = Part(docx, "word/document.xml").Root!.Element(W + "body")!;
        var gone = accept ? "del" : "ins";
        var paragraphs = new List<string>();
        var current = string.Empty;
        foreach (var p in body.Elements(W + "p"))
        {
            current += string.Concat(p.Descendants().Where(e => (e.Name == W + "t" || e.Name == W + "delText") && !e.Ancestors(W + gone).Any()).Select(e => e.Value));
            var mark = p.Element(W + "pPr")?.Element(W + "rPr");
            if (mark?.Element(W + gone) is null)
            {
                paragraphs.Add(current);
                current = string.Empty;
            }
        }

        return string.Join("\n", paragraphs);
    }

    private static IEnumerable<string> Revisions(byte[] docx, string kind) =>
        Part(docx, "word/document.xml").Descendants(W + kind).Where(e => e.Parent?.Name != W + "rPr").Select(e => string.Concat(e.Descendants().Where(t => t.Name == W + "t" || t.Name == W + "delText").Select(t => t.Value)));

    private static string Comments(byte[] docx) => string.Join("\n", Part(docx, "word/comments.xml").Descendants(W + "t").Select(t => t.Value));

    private static XDocument Part(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    private static void CopyPack(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
