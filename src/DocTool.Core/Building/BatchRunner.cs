using DocTool.Core.Diagnostics;
using DocTool.Core.Packs;

namespace DocTool.Core.Building;

/// <summary>
/// <c>doctool batch</c>: builds many profiles × documents × languages in parallel with one renderer (so
/// every template is parsed once per batch), writing each output as soon as it is rendered. Unlike
/// <c>build</c>, a bad profile or a document that fails to render does not stop the batch: its work
/// items are reported as failed and every other output is still built.
/// </summary>
public sealed partial class BatchRunner
{
    private readonly TemplatePack _pack;
    private readonly string _toolVersion;
    private readonly TimeProvider _time;
    private readonly Templating.TemplateEngine _engine;
    private DocumentRenderer _renderer;

    /// <summary>Creates a runner for a pack.</summary>
    public BatchRunner(TemplatePack pack, string toolVersion, TimeProvider? time = null)
    {
        _pack = pack;
        _toolVersion = toolVersion;
        _time = time ?? TimeProvider.System;
        _engine = new Templating.TemplateEngine(pack);
        _renderer = new DocumentRenderer(_engine);
    }

    /// <summary>
    /// Runs the batch. Exit code 0 when every work item was built or skipped, 1 when some failed, 2 for a
    /// usage error (no profile found, unknown document or language), in which case nothing is written.
    /// </summary>
    public BatchOutcome Run(BatchRequest request, BatchObserver? observer = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        observer ??= new Silent();
        if (request.AllowFallback != _renderer.AllowFallback)
        {
            _renderer = new DocumentRenderer(_engine) { AllowFallback = request.AllowFallback };
        }

        var start = _time.GetTimestamp();
        var usage = new DiagnosticBag();
        if (!OutputFolder.Check(request.OutputDirectory, usage))
        {
            return new BatchOutcome(1, [], usage.Sorted, _time.GetElapsedTime(start));
        }

        var documents = _pack.SelectDocuments(request.Documents, usage);
        var languages = _pack.SelectLanguages(request.Languages, usage);
        var paths = BatchInputs.Expand(request.Inputs, usage);
        if (request.Jobs < 1)
        {
            usage.Error(SourceSpan.ForFile("--jobs"), Codes.Usage, "--jobs takes a number of at least 1");
        }

        if (usage.HasErrors)
        {
            return BatchOutcome.Usage(usage.Sorted);
        }

        observer.Checking(paths.Count);
        var profiles = CheckProfiles(paths, languages, _pack, request.Jobs, observer, cancellation);
        var incremental = request.Incremental ? IncrementalState.Load(request.OutputDirectory) : null;
        var (done, pending) = Plan(profiles, documents, request, incremental);

        var results = new List<BatchItemResult>(done.Count + pending.Count);
        observer.Started(done.Count + pending.Count);
        foreach (var result in done)
        {
            results.Add(result);
            observer.ItemCompleted(result);
        }

        var manifestFailure = Execute(pending, profiles, request, results, observer, cancellation);
        results.Sort(BatchItemResult.Compare);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(results.SelectMany(r => r.Diagnostics));
        if (manifestFailure is not null)
        {
            diagnostics.Add(manifestFailure);
        }

        var failed = manifestFailure is not null || results.Exists(r => r.Status == BatchStatus.Failed);
        return new BatchOutcome(failed ? 1 : 0, results, diagnostics.Sorted, _time.GetElapsedTime(start));
    }

    private static string OutputPath(string org, string document, string language, string extension) => $"{org}/{language}/{document}.{extension}";

    private static IEnumerable<string> Extensions(OutputFormat formats)
    {
        // The order DocumentRenderer produces them in.
        if (formats.HasFlag(OutputFormat.Markdown))
        {
            yield return "md";
        }

        if (formats.HasFlag(OutputFormat.Docx))
        {
            yield return "docx";
        }
    }

    private sealed class Silent : BatchObserver;
}
