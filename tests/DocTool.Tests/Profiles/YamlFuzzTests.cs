using System.Diagnostics;
using System.Text;
using DocTool.Core.Diagnostics;
using DocTool.Core.Profiles;
using DocTool.Core.Profiles.Validation;
using DocTool.Tests.Support;

namespace DocTool.Tests.Profiles;

/// <summary>
/// Damaged YAML never crashes: every sample profile truncated at every line, with one character
/// deleted or duplicated at random positions, and with YAML punctuation inserted, ends valid or with
/// located diagnostics — never an exception (DT0001 in the CLI) and never a hang. Fixed seed, bounded count.
/// </summary>
public class YamlFuzzTests
{
    private const int Seed = 20261204;
    private const int EditsPerSample = 1000;
    private const int InsertsPerSample = 200;
    private static readonly char[] Punctuation = ['[', '{', '"', '\'', ':', '&', '*', '!', '|', '>'];
    private static readonly HashSet<string> Languages = new(["en", "fr", "es", "ru", "zh", "pt", "ar"], StringComparer.Ordinal);

    /// <summary>The cases: (name, text), in a fixed order.</summary>
    internal static IEnumerable<(string Name, string Text)> Cases()
    {
        var random = new Random(Seed);
        foreach (var path in Repo.SampleProfiles())
        {
            var name = Path.GetFileName(path);
            var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            var lines = text.Split('\n');
            for (var n = 0; n <= lines.Length; n++)
            {
                yield return ($"{name} cut after line {n}", string.Join('\n', lines.Take(n)));
            }

            for (var i = 0; i < EditsPerSample; i++)
            {
                var at = random.Next(text.Length);
                yield return ($"{name} delete at {at}", text.Remove(at, 1));
                at = random.Next(text.Length);
                yield return ($"{name} duplicate at {at}", text.Insert(at, text[at].ToString()));
                if (i < InsertsPerSample)
                {
                    at = random.Next(text.Length + 1);
                    var c = Punctuation[random.Next(Punctuation.Length)];
                    yield return ($"{name} insert {c} at {at}", text.Insert(at, c.ToString()));
                }
            }

            foreach (var c in Punctuation)
            {
                // After the first value of every tenth line: inside flow and block contexts alike.
                for (var line = 0; line < lines.Length; line += 10)
                {
                    var colon = lines[line].IndexOf(": ", StringComparison.Ordinal);
                    var copy = (string[])lines.Clone();
                    copy[line] = colon < 0 ? c + copy[line] : copy[line].Insert(colon + 2, c.ToString());
                    yield return ($"{name} insert {c} in line {line + 1}", string.Join('\n', copy));
                }
            }
        }
    }

    [Fact]
    public void Should_end_every_damaged_profile_valid_or_with_located_diagnostics()
    {
        var failures = new List<string>();
        var count = 0;
        var watch = Stopwatch.StartNew();

        // On a thread of its own (not the pool, which parallel test classes may hold): a hang in the YAML
        // reader or the validator shows as a join that times out, naming the case it was on.
        var current = string.Empty;
        var worker = new Thread(() =>
        {
            foreach (var (name, text) in Cases())
            {
                current = name;
                count++;
                var problem = Check(text);
                if (problem is not null && failures.Count < 20)
                {
                    failures.Add($"{name}: {problem}");
                }
            }
        }, maxStackSize: 16 * 1024 * 1024) { IsBackground = true };
        worker.Start();
        Assert.True(worker.Join(TimeSpan.FromMinutes(3)), $"hang: still on case {count} ({current}) after {watch.Elapsed}");

        Assert.True(count > 2000, $"only {count} cases");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} cases failed:\n" + string.Join('\n', failures));
    }

    [Fact]
    public void Should_report_an_unclosed_flow_sequence_at_its_line()
    {
        var bag = new DiagnosticBag();
        var root = YamlReader.ReadText("profile_version: 1\norg:\n  countries: [BF, ML\n  name: x\n", "p.yaml", bag);
        Assert.Null(root);
        var error = Assert.Single(bag.Sorted);
        Assert.Equal(Codes.YamlSyntax, error.Code);
        Assert.True(error.Span.Line >= 3, error.ToString());
    }

    /// <summary>Null when the case behaves; otherwise what went wrong.</summary>
    private static string? Check(string text)
    {
        var bag = new DiagnosticBag();
        try
        {
            var root = YamlReader.ReadBytes(Encoding.UTF8.GetBytes(text), "p.yaml", bag);
            if (root is not null)
            {
                ProfileValidator.Validate(root, "p.yaml", Languages, bag);
            }
        }
        catch (Exception e)
        {
            return $"crash: {e.GetType().Name}: {e.Message}";
        }

        foreach (var d in bag.Sorted.Where(d => d.Severity == Severity.Error))
        {
            if (d.Code == Codes.Internal)
            {
                return d.ToString();
            }

            if (d.Span.Line <= 0 && d.Code != Codes.EmptyFile)
            {
                return "not located: " + d;
            }
        }

        return null;
    }
}
