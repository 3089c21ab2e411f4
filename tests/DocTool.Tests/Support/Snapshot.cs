using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace DocTool.Tests.Support;

/// <summary>
/// Text snapshots stored beside the tests as <c>*.verified.txt</c>. A mismatch writes
/// <c>*.received.txt</c> (git-ignored) and fails with a unified diff. To accept the received
/// output, run the tests with <c>DOCTOOL_ACCEPT=1</c>.
/// </summary>
internal static class Snapshot
{
    public static bool Accepting => Environment.GetEnvironmentVariable("DOCTOOL_ACCEPT") == "1";

    public static void Verify(string name, string actual, [CallerFilePath] string caller = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(SourcePath(caller))!, "Snapshots");
        var verified = Path.Combine(folder, name + ".verified.txt");
        var received = Path.Combine(folder, name + ".received.txt");
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(verified)!);
        if (Accepting)
        {
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(false));
        Assert.Fail(expected is null
            ? $"No snapshot yet: {verified}\nReview {received} and accept with DOCTOOL_ACCEPT=1."
            : $"Snapshot mismatch: {verified}\n{UnifiedDiff(expected, actual)}\nAccept with DOCTOOL_ACCEPT=1 if the change is intended.");
    }

    /// <summary>
    /// Maps a caller file path back to the checkout. A CI build (<c>CI=true</c>) is a
    /// ContinuousIntegrationBuild, whose path map rewrites source paths to <c>/_/...</c>.
    /// </summary>
    internal static string SourcePath(string caller)
    {
        caller = caller.Replace('\\', '/');
        foreach (var prefix in new[] { "/_/", "/_1/" })
        {
            if (caller.StartsWith(prefix, StringComparison.Ordinal))
            {
                return Path.Combine(Repo.Root, caller[prefix.Length..]);
            }
        }

        return caller;
    }

    public static string UnifiedDiff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var sb = new StringBuilder();
        var lines = diff.Lines;
        var shown = 0;
        for (var i = 0; i < lines.Count && shown < 80; i++)
        {
            if (lines[i].Type == ChangeType.Unchanged)
            {
                continue;
            }

            for (var k = Math.Max(0, i - 2); k < i; k++)
            {
                if (lines[k].Type == ChangeType.Unchanged)
                {
                    sb.AppendLine("  " + lines[k].Text);
                }
            }

            sb.AppendLine((lines[i].Type == ChangeType.Inserted ? "+ " : "- ") + lines[i].Text);
            shown++;
        }

        return sb.ToString();
    }
}
