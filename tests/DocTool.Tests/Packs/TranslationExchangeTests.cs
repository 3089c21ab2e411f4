using System.Diagnostics;
using System.Security.Cryptography;
using DocTool.Core.Diagnostics;
using DocTool.Core.Packs;
using DocTool.Core.Packs.Checking;
using DocTool.Core.Packs.Exchange;
using DocTool.Core.Profiles.Validation;
using DocTool.Tests.Support;

namespace DocTool.Tests.Packs;

/// <summary>Translators' round trip (export → their tool → import) and per-message staleness, on a copy of the bundled pack.</summary>
public sealed class TranslationExchangeTests : IDisposable
{
    private readonly TempDir _dir = new();

    public static TheoryData<string, string> LanguagesAndFormats
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var l in new[] { "fr", "es", "ru", "zh" })
            {
                foreach (var f in new[] { "po", "xliff", "xliff2" })
                {
                    data.Add(l, f);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(LanguagesAndFormats))]
    public void Should_round_trip_every_language_without_changing_a_byte(string language, string format)
    {
        var (folder, pack) = CopyPack();
        var before = Fingerprint(folder);
        var file = UnitBuilder.Build(pack, language);
        Assert.Equal(pack.Documents.Sum(d => pack.Messages(d, "en").Entries.Count), file.Units.Count);
        Assert.All(file.Units, u => Assert.Equal(UnitState.Reviewed, u.State));

        var path = _dir.File($"{language}.{(format == "po" ? "po" : "xlf")}");
        File.WriteAllText(path, Write(file, format, pack));
        var bag = new DiagnosticBag();
        var result = TranslationImporter.Import(pack, path, bag);
        Assert.True(result is not null, string.Join('\n', bag.Sorted));
        Assert.Equal(0, result!.Changed);
        Assert.Equal(file.Units.Count, result.Unchanged);
        Assert.Empty(result.Files);
        Assert.Equal(before, Fingerprint(folder));
    }

    [Fact]
    public void Should_write_an_edited_unit_and_nothing_else()
    {
        var (folder, pack) = CopyPack();
        var po = PoFormat.Write(UnitBuilder.Build(pack, "fr", ["code-of-conduct"]), pack.Id, pack.Version);
        var target = pack.Messages(pack.Document("code-of-conduct")!, "fr").Entries.First();
        var edited = po.Replace("msgstr \"" + target.Value.Text + "\"", "msgstr \"" + target.Value.Text + " (révisé)\"", StringComparison.Ordinal);
        Assert.NotEqual(po, edited);
        var path = _dir.File("fr.po");
        File.WriteAllText(path, edited);
        var before = Fingerprint(folder);

        var result = TranslationImporter.Import(pack, path, new DiagnosticBag());

        Assert.Equal(1, result!.Changed);
        var changed = Fingerprint(folder).Where(f => !before.Contains(f)).Select(f => f.Path).ToList();
        Assert.Equal(["messages/fr/code-of-conduct.yaml"], changed);
        Assert.Equal(target.Value.Text + " (révisé)", PackLoader.LoadMessages(folder, "fr", "code-of-conduct", new DiagnosticBag()).Entries[target.Key].Text);
    }

    [Fact]
    public void Should_reject_a_unit_with_a_broken_placeholder_at_its_line_and_write_nothing()
    {
        var (folder, pack) = CopyPack();
        var po = PoFormat.Write(UnitBuilder.Build(pack, "fr", ["membership-rules"]), pack.Id, pack.Version);
        var lines = po.Split('\n').ToList();
        var index = lines.FindIndex(l => l.StartsWith("msgstr \"", StringComparison.Ordinal) && l.Contains("{org}", StringComparison.Ordinal));
        lines[index] = lines[index].Replace("{org}", "{orgg}", StringComparison.Ordinal);
        var other = lines.FindIndex(index + 1, l => l.StartsWith("msgstr \"", StringComparison.Ordinal) && l.Length > 20);
        lines[other] = lines[other].Replace("msgstr \"", "msgstr \"Modifié : ", StringComparison.Ordinal);
        var path = _dir.File("fr.po");
        File.WriteAllText(path, string.Join('\n', lines));
        var before = Fingerprint(folder);

        var bag = new DiagnosticBag();
        Assert.Null(TranslationImporter.Import(pack, path, bag));

        var error = Assert.Single(bag.Sorted, d => d.Severity == Severity.Error);
        Assert.Equal(index + 1, error.Span.Line);
        Assert.EndsWith("fr.po", error.Span.File, StringComparison.Ordinal);
        Assert.Contains("is rejected: `{orgg}` is not a placeholder of this message", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean `org`?", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint(folder));
    }

    [Fact]
    public void Should_reject_a_malformed_selector_and_an_unknown_message_in_xliff()
    {
        var (_, pack) = CopyPack();
        var xliff = XliffFormat.Write(UnitBuilder.Build(pack, "ru", ["election-procedure"]), "2.1");
        var broken = xliff.Replace("<unit id=\"voting.title\">", "<unit id=\"voting.titel\">", StringComparison.Ordinal);
        var countForm = pack.Messages(pack.Document("election-procedure")!, "ru").Entries.First(e => e.Value.Text.Contains(", count,", StringComparison.Ordinal));
        broken = broken.Replace(">" + System.Security.SecurityElement.Escape(countForm.Value.Text) + "</target>", ">" + System.Security.SecurityElement.Escape(countForm.Value.Text.Replace(", count,", ", counts,", StringComparison.Ordinal)) + "</target>", StringComparison.Ordinal);
        Assert.NotEqual(xliff, broken);
        var path = _dir.File("ru.xlf");
        File.WriteAllText(path, broken);

        var bag = new DiagnosticBag();
        Assert.Null(TranslationImporter.Import(pack, path, bag));
        Assert.Contains(bag.Sorted, d => d.Message.Contains("has no message `voting.titel`; did you mean `voting.title`?", StringComparison.Ordinal) && d.Span.Line > 1);
        Assert.Contains(bag.Sorted, d => d.Message.Contains($"`election-procedure/{countForm.Key}` is rejected: `counts` is not a selector", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_mark_exactly_one_unit_stale_per_language_when_one_english_message_changes()
    {
        var (folder, pack) = CopyPack();
        var english = Path.Combine(folder, "messages", "en", "finance-manual.yaml");
        var entry = pack.Messages(pack.Document("finance-manual")!, "en").Entries.ElementAt(5);
        var text = File.ReadAllText(english);
        File.WriteAllText(english, text.Replace("\"" + entry.Value.Text + "\"", "\"" + entry.Value.Text + " Updated.\"", StringComparison.Ordinal));
        pack = Reload(folder);

        var stale = PackChecker.Check(pack, ProfileValidator.SchemaJson).Diagnostics.Where(d => d.Code == Codes.StaleTranslation).ToList();

        Assert.Equal(4, stale.Count);
        Assert.All(stale, d => Assert.Contains($"message `{entry.Key}` may be stale", d.Message, StringComparison.Ordinal));
        Assert.All(stale, d => Assert.Contains("now \"" + (entry.Value.Text + " Updated.")[..Math.Min(40, entry.Value.Text.Length)], d.Message, StringComparison.Ordinal));
        Assert.Equal(["es", "fr", "ru", "zh"], stale.Select(d => d.Span.File.Split('/')[^2]).Order(StringComparer.Ordinal));

        // The PO file marks that unit fuzzy and shows the English it was reviewed against.
        var po = PoFormat.Write(UnitBuilder.Build(pack, "fr", ["finance-manual"]), pack.Id, pack.Version);
        Assert.Single(po.Split('\n'), l => l == "#, fuzzy");
        Assert.Contains("#| msgid \"" + entry.Value.Text + "\"", po, StringComparison.Ordinal);

        // Accepting one message of one document of one language clears exactly that one.
        PackChecker.Accept(pack, "fr", "finance-manual", entry.Key);
        Assert.Equal(3, PackChecker.Check(Reload(folder), ProfileValidator.SchemaJson).Diagnostics.Count(d => d.Code == Codes.StaleTranslation));
    }

    [Fact]
    public void Should_write_po_that_gettext_accepts_when_msgfmt_is_installed()
    {
        var (_, pack) = CopyPack();
        var path = _dir.File("zh.po");
        File.WriteAllText(path, PoFormat.Write(UnitBuilder.Build(pack, "zh"), pack.Id, pack.Version));

        // Our own reader always checks it; gettext's own checker too where it is installed (CI installs gettext).
        var bag = new DiagnosticBag();
        var read = PoFormat.Read(File.ReadAllText(path), path, bag);
        Assert.True(read is not null, string.Join('\n', bag.Sorted));
        Assert.Equal("zh", read!.TargetLanguage);
        var msgfmt = new[] { "/usr/bin/msgfmt", "/usr/local/bin/msgfmt" }.FirstOrDefault(File.Exists);
        if (msgfmt is not null)
        {
            using var process = Process.Start(new ProcessStartInfo(msgfmt, ["--check", "-o", "/dev/null", path]) { RedirectStandardError = true })!;
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, errors);
        }
    }

    public void Dispose() => _dir.Dispose();

    private static string Write(TranslationFile file, string format, TemplatePack pack) => format switch
    {
        "xliff" => XliffFormat.Write(file, "1.2"),
        "xliff2" => XliffFormat.Write(file, "2.1"),
        _ => PoFormat.Write(file, pack.Id, pack.Version),
    };

    private (string Folder, TemplatePack Pack) CopyPack()
    {
        var folder = _dir.File("pack-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var file in Directory.EnumerateFiles(Repo.Pack, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(Repo.Pack, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return (folder, Reload(folder));
    }

    private static TemplatePack Reload(string folder)
    {
        var bag = new DiagnosticBag();
        var pack = PackLoader.Load(folder, bag);
        Assert.True(pack is not null, string.Join('\n', bag.Sorted));
        return pack!;
    }

    private static HashSet<(string Path, string Hash)> Fingerprint(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(folder, f).Replace('\\', '/'), Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))))];
}
