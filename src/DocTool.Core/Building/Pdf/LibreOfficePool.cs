using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DocTool.Core.Building.Pdf;

/// <summary>One document for LibreOffice: lay it out and, when <see cref="Pdf"/> is set, export it there.</summary>
internal sealed record LayoutJob(string Docx, string? Pdf);

/// <summary>What LibreOffice did with one job: the page of each clause bookmark, or an error.</summary>
internal sealed record LayoutResult(string Docx, IReadOnlyDictionary<string, int> Pages, string? Error)
{
    public bool Ok => Error is null;
}

/// <summary>
/// Runs <c>lo_worker.py</c> (python3-uno) on several LibreOffice processes at once: each process has a
/// private user profile (<c>-env:UserInstallation</c>), starts once and converts its share of the
/// documents one after another, so start-up is paid once per process instead of once per document.
/// When python3-uno is missing, falls back to <c>soffice --convert-to pdf</c> with many files per
/// call (tagged PDF, but no page numbers for the contents).
/// </summary>
internal static class LibreOfficePool
{
    private const int NoUno = 3;

    public static List<LayoutResult> Run(string soffice, IReadOnlyList<LayoutJob> jobs, int processes, TimeSpan timeoutPerFile)
    {
        var count = Math.Clamp(processes, 1, Math.Max(1, jobs.Count));
        var shares = Enumerable.Range(0, count).Select(i => jobs.Where((_, j) => j % count == i).ToList()).Where(s => s.Count > 0).ToList();
        var results = new List<LayoutResult>[shares.Count];
        var root = Path.Combine(Path.GetTempPath(), "doctool-lo-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        try
        {
            var script = Path.Combine(root, "lo_worker.py");
            using (var resource = typeof(LibreOfficePool).Assembly.GetManifestResourceStream("lo_worker.py")!)
            using (var file = File.Create(script))
            {
                resource.CopyTo(file);
            }

            Parallel.For(0, shares.Count, new ParallelOptions { MaxDegreeOfParallelism = shares.Count }, i =>
            {
                var profile = Path.Combine(root, "profile" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                results[i] = RunWorker(script, soffice, profile, shares[i], timeoutPerFile)
                    ?? ConvertOnly(soffice, profile, shares[i], timeoutPerFile);
            });
        }
        finally
        {
            TryDelete(root);
        }

        return [.. results.SelectMany(r => r)];
    }

    /// <summary>The python3 that can import uno (Debian's python3-uno is built for the system python), or <c>DOCTOOL_PYTHON</c>.</summary>
    internal static string Python()
    {
        if (Environment.GetEnvironmentVariable("DOCTOOL_PYTHON") is { Length: > 0 } chosen)
        {
            return chosen;
        }

        foreach (var candidate in new[] { "/usr/bin/python3", "/usr/local/bin/python3" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return "python3";
    }

    /// <summary>Runs one worker over its share; null when python3-uno is not available.</summary>
    private static List<LayoutResult>? RunWorker(string script, string soffice, string profile, List<LayoutJob> share, TimeSpan timeoutPerFile)
    {
        var start = new ProcessStartInfo(Python())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(soffice);
        start.ArgumentList.Add(profile);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            foreach (var job in share)
            {
                process.StandardInput.WriteLine(new JsonObject { ["docx"] = job.Docx, ["pdf"] = job.Pdf }.ToJsonString());
            }

            process.StandardInput.Close();

            var results = new List<LayoutResult>();
            var startup = TimeSpan.FromMinutes(2);
            while (results.Count < share.Count)
            {
                var line = process.StandardOutput.ReadLineAsync();
                if (!line.Wait(results.Count == 0 ? startup + timeoutPerFile : timeoutPerFile) || line.Result is null)
                {
                    Kill(process);
                    if (results.Count == 0 && process.WaitForExit(5000) && process.ExitCode == NoUno)
                    {
                        return null;
                    }

                    var why = line.IsCompleted
                        ? $"LibreOffice stopped (exit {(process.HasExited ? process.ExitCode : -1)}): {Trim(stderr)}"
                        : $"LibreOffice did not finish within {timeoutPerFile.TotalSeconds:0} s";
                    results.AddRange(share.Skip(results.Count).Select(j => new LayoutResult(j.Docx, Empty, why)));
                    break;
                }

                results.Add(Parse(line.Result, share[results.Count]));
            }

            if (!process.WaitForExit(30_000))
            {
                Kill(process);
            }

            return results;
        }
    }

    private static LayoutResult Parse(string line, LayoutJob job)
    {
        try
        {
            var node = JsonNode.Parse(line)!;
            if (node["ok"]?.GetValue<bool>() != true)
            {
                return new LayoutResult(job.Docx, Empty, "LibreOffice could not convert it: " + (node["error"]?.GetValue<string>() ?? "unknown error"));
            }

            var pages = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var (name, value) in node["pages"]!.AsObject())
            {
                pages[name] = value!.GetValue<int>();
            }

            return new LayoutResult(job.Docx, pages, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NullReferenceException)
        {
            return new LayoutResult(job.Docx, Empty, "unexpected answer from the LibreOffice worker: " + line);
        }
    }

    /// <summary>Without python3-uno: one <c>soffice --convert-to</c> for the whole share, tagged PDF/UA, no layout data.</summary>
    private static List<LayoutResult> ConvertOnly(string soffice, string profile, List<LayoutJob> share, TimeSpan timeoutPerFile)
    {
        var results = new List<LayoutResult>();
        var exports = share.Where(j => j.Pdf is not null).ToList();
        results.AddRange(share.Where(j => j.Pdf is null).Select(j => new LayoutResult(j.Docx, Empty, null)));
        if (exports.Count == 0)
        {
            return results;
        }

        var outdir = profile + "-out";
        Directory.CreateDirectory(outdir);
        var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-env:UserInstallation=" + new Uri(profile).AbsoluteUri);
        foreach (var arg in new[] { "--headless", "--norestore", "--convert-to", "pdf:writer_pdf_Export:" + FilterJson, "--outdir", outdir })
        {
            start.ArgumentList.Add(arg);
        }

        // Files with the same name would overwrite each other in one folder: give each a numbered copy.
        for (var i = 0; i < exports.Count; i++)
        {
            var copy = Path.Combine(outdir, "in", i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".docx");
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(exports[i].Docx, copy);
            start.ArgumentList.Add(copy);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        var finished = process.WaitForExit(TimeSpan.FromMinutes(2) + (timeoutPerFile * exports.Count));
        if (!finished)
        {
            Kill(process);
        }

        for (var i = 0; i < exports.Count; i++)
        {
            var produced = Path.Combine(outdir, i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".pdf");
            if (File.Exists(produced) && finished)
            {
                File.Move(produced, exports[i].Pdf!, overwrite: true);
                results.Add(new LayoutResult(exports[i].Docx, Empty, null));
            }
            else
            {
                results.Add(new LayoutResult(exports[i].Docx, Empty, finished ? $"LibreOffice could not convert it (exit {process.ExitCode}): {Trim(stderr)}" : "LibreOffice did not finish in time"));
            }
        }

        return results;
    }

    private const string FilterJson =
        "{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"},\"PDFUACompliance\":{\"type\":\"boolean\",\"value\":\"true\"}," +
        "\"ExportBookmarks\":{\"type\":\"boolean\",\"value\":\"true\"},\"DisplayPDFDocumentTitle\":{\"type\":\"boolean\",\"value\":\"true\"}}";

    private static readonly IReadOnlyDictionary<string, int> Empty = new Dictionary<string, int>();

    private static string Trim(Task<string> stderr) => stderr.Wait(2000) ? stderr.Result.Trim() : string.Empty;

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
