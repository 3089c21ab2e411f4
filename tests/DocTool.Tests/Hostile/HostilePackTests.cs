using DocTool.Core.Diagnostics;
using DocTool.Core.IO;
using DocTool.Core.Packs;
using DocTool.Tests.Support;

namespace DocTool.Tests.Hostile;

/// <summary>A template pack is untrusted input: its ids and paths can never make DocTool read or write outside its folders.</summary>
public class HostilePackTests
{
    [Theory]
    [InlineData("id: doc", "id: \"../../../../tmp/x/PWNED\"", "document id `../../../../tmp/x/PWNED` must be lowercase ASCII letters")]
    [InlineData("id: doc", "id: \"Doc/Sub\"", "document id `Doc/Sub` must be")]
    [InlineData("languages: [en, fr, es, ru, zh]", "languages: [en, fr, es, ru, \"../zh\"]", "`../zh` is not a language code")]
    [InlineData("skeleton: documents/doc.sbn", "skeleton: ../../etc/passwd", "`../../etc/passwd` is not a file inside the pack")]
    [InlineData("skeleton: documents/doc.sbn", "skeleton: /etc/passwd", "`/etc/passwd` is not a file inside the pack")]
    [InlineData("skeleton: documents/doc.sbn", "skeleton: \"documents/\\0doc.sbn\"", "`documents/\\u0000doc.sbn` is not a file inside the pack")]
    public void Should_refuse_ids_and_paths_that_leave_the_pack_at_their_line(string from, string to, string message)
    {
        using var pack = new SkeletonPack("# Tt {#tt}\n\n{{ m \"p.1\" }}\n", new Dictionary<string, string> { ["en"] = "p.1: \"x\"\n" });
        var manifest = Path.Combine(pack.Folder, "pack.yaml");
        var text = File.ReadAllText(manifest);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(manifest, text.Replace(from, to, StringComparison.Ordinal));

        var bag = new DiagnosticBag();
        Assert.Null(PackLoader.Load(pack.Folder, bag));
        var error = Assert.Single(bag.Sorted, d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(Codes.PackManifest, error.Code);
        Assert.EndsWith("pack.yaml", error.Span.File, StringComparison.Ordinal);
        Assert.True(error.Span.Line > 1 && error.Span.Column > 0);
    }

    [Theory]
    [InlineData("../x.docx")]
    [InlineData("org/../../x.docx")]
    [InlineData("/tmp/x.docx")]
    [InlineData("org/fr/\0.docx")]
    public void Should_refuse_an_output_path_outside_the_output_folder(string relative)
    {
        using var dir = new TempDir();
        Assert.Throws<UnauthorizedAccessException>(() => ConfinedPath.Inside(dir.File("out"), relative));
    }

    [Fact]
    public void Should_accept_paths_inside_the_output_folder()
    {
        using var dir = new TempDir();
        Assert.Equal(Path.Combine(dir.File("out"), "kora", "fr", "hr-manual.docx"), ConfinedPath.Inside(dir.File("out") + "/", "kora/fr/hr-manual.docx"));
    }
}
