using System.Security.Cryptography;
using System.Text.Json.Nodes;
using DocTool.Core.Building;
using DocTool.Core.Diagnostics;
using DocTool.Core.Packs;
using DocTool.Tests.Support;

namespace DocTool.Tests.Building;

public class BatchRunnerTests
{
    [Fact]
    public void Should_build_every_good_profile_and_report_the_bad_ones_precisely()
    {
        using var f = new BatchFixture();
        var good = new[] { f.Good("ALPHA"), f.Good("BRAVO"), f.Good("CHARLIE") };
        var broken = f.BrokenYaml();
        var unrenderable = f.Unrenderable("DELTA");

        var outcome = f.Run([.. good, broken, unrenderable]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(5, outcome.Items.Count);
        Assert.Equal(3, outcome.Built);
        Assert.Equal(2, outcome.Failed);
        foreach (var org in new[] { "alpha", "bravo", "charlie" })
        {
            Assert.True(File.Exists(Path.Combine(f.Out, org, "en", "doc.docx")), org);
        }

        Assert.False(Directory.Exists(Path.Combine(f.Out, "delta")));

        var yaml = Assert.Single(outcome.Items, i => i.Profile == PackLoader.Display(broken));
        Assert.Equal(BatchStatus.Failed, yaml.Status);
        var syntax = Assert.Single(yaml.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Codes.TabIndent, syntax.Code);
        Assert.Equal(PackLoader.Display(broken), syntax.Span.File);
        Assert.Equal(3, syntax.Span.Line);
        Assert.Equal(1, syntax.Span.Column);

        var render = Assert.Single(outcome.Items, i => i.Profile == PackLoader.Display(unrenderable));
        Assert.Equal(BatchStatus.Failed, render.Status);
        Assert.Empty(render.Outputs);
        Assert.Contains(render.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains(outcome.Diagnostics, d => d.Code == Codes.TabIndent);
    }

    [Fact]
    public void Should_report_a_profile_that_fails_validation_at_its_line_and_build_the_others()
    {
        using var f = new BatchFixture();
        var good = f.Good("ALPHA");
        var invalid = Harness.ProfileVariant(f.Dir, "scswa.yaml", ("short_name: SCSWA", "short_name: BRAVO"), ("kind: regional_network", "kind: banana"));
        var line = File.ReadAllLines(invalid).ToList().FindIndex(l => l.Contains("kind: banana", StringComparison.Ordinal)) + 1;

        var outcome = f.Run([good, invalid], langs: ["en", "fr"]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(2, outcome.Built);
        var failed = outcome.Items.Where(i => i.Profile == PackLoader.Display(invalid)).ToList();
        Assert.Equal(2, failed.Count);
        Assert.All(failed, i => Assert.Equal(BatchStatus.Failed, i.Status));
        var error = Assert.Single(failed[0].Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Codes.NotAllowed, error.Code);
        Assert.Equal(PackLoader.Display(invalid), error.Span.File);
        Assert.Equal(line, error.Span.Line);
        Assert.False(Directory.Exists(Path.Combine(f.Out, "bravo")));
    }

    [Fact]
    public void Should_record_the_real_sha256_of_each_written_file_in_the_manifest()
    {
        using var f = new BatchFixture();
        var outcome = f.Run([f.Good("ALPHA"), f.Good("BRAVO")], formats: OutputFormat.Docx | OutputFormat.Markdown);
        Assert.Equal(0, outcome.ExitCode);

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(f.Out, Manifest.FileName)))!;
        var files = manifest["files"]!.AsArray();
        Assert.Equal(4, files.Count);
        foreach (var entry in files)
        {
            var path = entry!["path"]!.GetValue<string>();
            var actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(f.Out, path))));
            Assert.Equal(actual, entry["sha256"]!.GetValue<string>());
            Assert.Equal(f.Pack.ContentHash, entry["pack_sha256"]!.GetValue<string>());
        }

        var outputs = outcome.Items.SelectMany(i => i.Outputs).ToList();
        Assert.Equal(files.Select(e => e!["sha256"]!.GetValue<string>()).Order(), outputs.Select(o => o.Sha256).Order());
    }

    [Fact]
    public void Should_give_a_contested_folder_to_the_first_profile_in_sorted_order()
    {
        using var f = new BatchFixture();
        var first = f.Good("SAME");
        var second = f.Good("SAME");
        var (a, b) = string.CompareOrdinal(PackLoader.Display(first), PackLoader.Display(second)) < 0 ? (first, second) : (second, first);

        var outcome = f.Run([b, a]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(BatchStatus.Built, Assert.Single(outcome.Items, i => i.Profile == PackLoader.Display(a)).Status);
        var loser = Assert.Single(outcome.Items, i => i.Profile == PackLoader.Display(b));
        Assert.Equal(BatchStatus.Failed, loser.Status);
        Assert.Contains(loser.Diagnostics, d => d.Code == Codes.Usage && d.Message.Contains("same folder `same/`", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Should_build_every_item_once_and_the_same_bytes_whatever_the_number_of_jobs(int jobs)
    {
        // Items are interleaved in blocks of `jobs` profiles; 5 profiles leave a short last block.
        using var f = new BatchFixture();
        var inputs = new[] { "ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO" }.Select(f.Good).ToArray();
        BatchOutcome Build(int j, string folder) => new BatchRunner(f.Pack, "doctool test").Run(new BatchRequest { Inputs = inputs, Languages = ["en", "fr"], OutputDirectory = f.Dir.File(folder), Jobs = j, AllowFallback = true });

        var one = Build(1, "one");
        var many = Build(jobs, "many");

        Assert.Equal(0, many.ExitCode);
        Assert.Equal(10, many.Items.Count);
        Assert.All(many.Items, i => Assert.Equal(BatchStatus.Built, i.Status));
        Assert.Equal(one.Items.Select(i => (i.Profile, i.Document, i.Language)), many.Items.Select(i => (i.Profile, i.Document, i.Language)));
        foreach (var output in one.Items.SelectMany(i => i.Outputs))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(f.Dir.File("one"), output.Path)), File.ReadAllBytes(Path.Combine(f.Dir.File("many"), output.Path)));
        }
    }

    [Fact]
    public void Should_write_one_report_entry_per_item_in_sorted_order()
    {
        using var f = new BatchFixture();
        var inputs = new[] { f.Good("ALPHA"), f.Good("BRAVO"), f.BrokenYaml() };
        var request = new BatchRequest { Inputs = inputs, Languages = ["en", "fr"], OutputDirectory = f.Out, Jobs = 2, AllowFallback = true };
        var outcome = new BatchRunner(f.Pack, "doctool test").Run(request);
        var report = JsonNode.Parse(BatchReport.Create(outcome, request, f.Pack, "doctool test"))!;

        var items = report["items"]!.AsArray();
        Assert.Equal(6, items.Count);
        Assert.Equal(6, report["summary"]!["items"]!.GetValue<int>());
        Assert.Equal(4, report["summary"]!["built"]!.GetValue<int>());
        Assert.Equal(2, report["summary"]!["failed"]!.GetValue<int>());
        var keys = items.Select(i => $"{i!["profile"]}|{i["doc"]}|{i["lang"]}").ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        Assert.Equal(keys.Distinct().Count(), keys.Count);
        foreach (var item in items)
        {
            var status = item!["status"]!.GetValue<string>();
            Assert.True(item["duration_ms"]!.GetValue<long>() >= 0);
            if (status == "built")
            {
                var output = Assert.Single(item["outputs"]!.AsArray())!;
                Assert.Equal("docx", output["format"]!.GetValue<string>());
                Assert.True(File.Exists(Path.Combine(f.Out, output["path"]!.GetValue<string>())));
                Assert.Equal(64, output["sha256"]!.GetValue<string>().Length);
            }
            else
            {
                Assert.Equal("failed", status);
                var d = item["diagnostics"]!.AsArray().First()!;
                Assert.Equal("DT0102", d["code"]!.GetValue<string>());
                Assert.EndsWith("broken.yaml", d["file"]!.GetValue<string>());
                Assert.Equal(3, d["line"]!.GetValue<int>());
                Assert.True(d["column"]!.GetValue<int>() > 0);
                Assert.False(string.IsNullOrEmpty(d["message"]!.GetValue<string>()));
            }
        }
    }

    [Fact]
    public void Should_refuse_an_unknown_document_or_language_and_write_nothing()
    {
        using var f = new BatchFixture();
        var runner = new BatchRunner(f.Pack, "doctool test");
        var doc = runner.Run(new BatchRequest { Inputs = [f.Good("ALPHA")], Documents = ["dco"], OutputDirectory = f.Out });
        var lang = runner.Run(new BatchRequest { Inputs = [f.Good("BRAVO")], Languages = ["de"], OutputDirectory = f.Out });

        Assert.Equal(2, doc.ExitCode);
        Assert.Contains(doc.Diagnostics, d => d.Code == Codes.UnknownDocument);
        Assert.Equal(2, lang.ExitCode);
        Assert.Contains(lang.Diagnostics, d => d.Code == Codes.UnknownLanguage);
        Assert.False(Directory.Exists(f.Out));
    }

    [Fact]
    public void Should_report_every_item_to_the_observer()
    {
        using var f = new BatchFixture();
        var observer = new CountingObserver();
        var outcome = new BatchRunner(f.Pack, "doctool test").Run(
            new BatchRequest { Inputs = [f.Good("ALPHA"), f.Good("BRAVO"), f.BrokenYaml()], Languages = ["en", "fr"], OutputDirectory = f.Out, Jobs = 2, AllowFallback = true },
            observer);

        Assert.Equal(3, observer.Profiles);
        Assert.Equal(3, observer.Checked);
        Assert.Equal(6, observer.Total);
        Assert.Equal(6, observer.Completed);
        Assert.Equal(6, outcome.Items.Count);
    }

    private sealed class CountingObserver : BatchObserver
    {
        private int _checked;
        private int _completed;

        public int Profiles { get; private set; }

        public int Total { get; private set; }

        public int Checked => _checked;

        public int Completed => _completed;

        public override void Checking(int profiles) => Profiles = profiles;

        public override void ProfileChecked() => Interlocked.Increment(ref _checked);

        public override void Started(int items) => Total = items;

        public override void ItemCompleted(BatchItemResult result) => Interlocked.Increment(ref _completed);
    }
}
