using System.Diagnostics;
using System.Text;
using DocTool.Core.Building;
using DocTool.Core.Diagnostics;
using DocTool.Tests.Support;

namespace DocTool.Tests.Hostile;

/// <summary>
/// Hostile and broken input: each case must end with its expected diagnostic, exit 2, nothing written,
/// within a few seconds and bounded memory (both measured here).
/// </summary>
public class HostileInputTests
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(15);
    private const long AllocationLimit = 600L * 1024 * 1024;

    private static BuildOutcome Measure(Func<BuildOutcome> run, string outDir)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var outcome = run();
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.True(clock.Elapsed < TimeLimit, $"took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(allocated < AllocationLimit, $"allocated {allocated / 1024 / 1024} MiB");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Empty(outcome.Written);
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir, "*", SearchOption.AllDirectories).Any(), "something was written");
        return outcome;
    }

    private static Diagnostic Template(string template, string expectedCode)
    {
        using var pack = new TestPack(template);
        using var dir = new TempDir();
        var profile = Harness.ProfileVariant(dir, "scswa.yaml");
        var outcome = Measure(() => Harness.Build(pack.Load(), profile, dir.File("out"), langs: ["en"]), dir.File("out"));
        var d = outcome.Diagnostics.First(x => x.Severity == Severity.Error);
        Assert.Equal(expectedCode, d.Code);
        Assert.EndsWith("doc.md.sbn", d.Span.File);
        return d;
    }

    private static Diagnostic Profile(Action<string> write, string expectedCode)
    {
        using var dir = new TempDir();
        var path = dir.File("profile.yaml");
        write(path);
        var outcome = Measure(() => Harness.Build(Harness.Pack, path, dir.File("out")), dir.File("out"));
        var d = outcome.Diagnostics.First(x => x.Severity == Severity.Error);
        Assert.Equal(expectedCode, d.Code);
        return d;
    }

    [Fact]
    public void Should_stop_an_infinite_loop() =>
        Assert.Contains("limit", Template("# A {#aa}\n\n{{ while true; end }}\n", Codes.TemplateLimit).Message, StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Should_stop_unbounded_recursion() =>
        Template("# A {#aa}\n\n{{ func f(x); ret f(x + 1); end; f(1) }}\n", Codes.TemplateLimit);

    [Fact]
    public void Should_stop_a_100_mb_string_built_by_a_loop() =>
        Template("# A {#aa}\n\n{{ s = \"xxxxxxxxxx\"; for i in 1..24; s = s + s; end; s }}\n", Codes.TemplateLimit);

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../../secret")]
    public void Should_refuse_includes_outside_the_pack(string name) =>
        Template($"# A {{#aa}}\n\n{{{{ include \"{name}\" }}}}\n", Codes.BadInclude);

    [Fact]
    public void Should_refuse_an_include_through_a_link_out_of_the_pack()
    {
        using var pack = new TestPack("# A {#aa}\n\n{{ include \"en/leak.md.sbn\" }}\n");
        using var dir = new TempDir();
        File.WriteAllText(dir.File("secret.txt"), "secret");
        File.CreateSymbolicLink(Path.Combine(pack.Folder, "en", "leak.md.sbn"), dir.File("secret.txt"));
        var profile = Harness.ProfileVariant(dir, "scswa.yaml");
        var outcome = Measure(() => Harness.Build(pack.Load(), profile, dir.File("out"), langs: ["en"]), dir.File("out"));
        Assert.Equal(Codes.BadInclude, outcome.Diagnostics.First().Code);
        Assert.Contains("outside the template pack", outcome.Diagnostics.First().Message);
    }

    [Fact]
    public void Should_show_raw_html_as_text_and_survive_malformed_tables()
    {
        using var pack = new TestPack("# A {#aa}\n\n<script>alert(1)</script>\n\n| a | b |\n|---|\n| 1 | 2 | 3 |\n|x\n");
        using var dir = new TempDir();
        var outcome = Harness.Build(pack.Load(), Harness.ProfileVariant(dir, "scswa.yaml"), dir.File("out"), langs: ["en"]);
        Assert.Equal(0, outcome.ExitCode);
        var docx = outcome.Written.Single().Bytes;
        DocxCheck.AssertValid(docx, "html and malformed table");
        Assert.Contains("<script>alert(1)</script>", Core.Docx.DocxProjection.Project(docx));
    }

    [Fact]
    public void Should_reject_billion_laughs()
    {
        var sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 10; i++)
        {
            sb.Append((char)('a' + i)).Append(": &").Append((char)('a' + i)).Append(" [").Append(string.Join(",", Enumerable.Repeat("*" + (char)('a' + i - 1), 9))).Append("]\n");
        }

        Profile(p => File.WriteAllText(p, sb.ToString()), Codes.AliasBomb);
    }

    [Fact]
    public void Should_reject_10000_deep_nesting() =>
        Profile(p => File.WriteAllText(p, "profile_version: 1\norg: " + new string('[', 10_000) + new string(']', 10_000) + "\n"), Codes.TooDeep);

    [Fact]
    public void Should_reject_a_50_mib_profile() =>
        Profile(p =>
        {
            using var f = File.Create(p);
            var line = Encoding.UTF8.GetBytes("# padding padding padding padding padding padding padding padding\n");
            for (var written = 0L; written < 50L * 1024 * 1024; written += line.Length)
            {
                f.Write(line);
            }
        }, Codes.FileTooLarge);

    [Fact]
    public void Should_reject_binary_garbage() =>
        Profile(p => File.WriteAllBytes(p, [.. Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 256))]), Codes.NotUtf8);

    [Fact]
    public void Should_reject_utf16() =>
        Profile(p => File.WriteAllText(p, "profile_version: 1\n", Encoding.Unicode), Codes.NotUtf8);

    [Fact]
    public void Should_reject_latin1_at_the_right_place()
    {
        var d = Profile(p => File.WriteAllBytes(p, [.. Encoding.ASCII.GetBytes("profile_version: 1\norg:\n  name: Caf"), 0xE9, (byte)'\n']), Codes.NotUtf8);
        Assert.Equal(3, d.Span.Line);
        Assert.Equal(12, d.Span.Column);
    }

    [Fact]
    public void Should_reject_a_logo_that_is_a_renamed_text_file()
    {
        using var dir = new TempDir();
        var profile = Harness.ProfileVariant(dir, "scswa.yaml", ("logo: assets/logo.png", "logo: fake.png"));
        File.WriteAllText(dir.File("fake.png"), "this is not an image");
        var outcome = Measure(() => Harness.Build(Harness.Pack, profile, dir.File("out"), docs: ["membership-rules"]), dir.File("out"));
        var d = Assert.Single(outcome.Diagnostics, x => x.Severity == Severity.Error);
        Assert.Equal(Codes.BadAsset, d.Code);
        Assert.Contains("not a PNG or JPEG", d.Message);
    }

    [Fact]
    public void Should_reject_a_10000_by_10000_png_header()
    {
        using var dir = new TempDir();
        var profile = Harness.ProfileVariant(dir, "scswa.yaml", ("logo: assets/logo.png", "logo: huge.png"));
        var header = new byte[33];
        new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R' }.CopyTo(header, 0);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(16), 10_000);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(20), 10_000);
        File.WriteAllBytes(dir.File("huge.png"), header);
        var outcome = Measure(() => Harness.Build(Harness.Pack, profile, dir.File("out"), docs: ["membership-rules"]), dir.File("out"));
        Assert.Contains("10000 × 10000", Assert.Single(outcome.Diagnostics, x => x.Severity == Severity.Error).Message);
    }

    [Fact]
    public void Should_keep_files_inside_out_whatever_the_short_name()
    {
        using var dir = new TempDir();
        var profile = Harness.ProfileVariant(dir, "scswa.yaml", ("short_name: SCSWA", "short_name: \"../../etc/x\""));
        var outcome = Harness.Build(Harness.Pack, profile, dir.File("out"), docs: ["membership-rules"], langs: ["en"]);
        Assert.True(outcome.ExitCode == 0, string.Join('\n', outcome.Diagnostics));
        Assert.Equal("etc-x/en/membership-rules.docx", outcome.Written.Single().RelativePath);
        Assert.True(File.Exists(dir.File("out/etc-x/en/membership-rules.docx")));
    }
}
