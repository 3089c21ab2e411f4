using System.Collections.Concurrent;
using DocTool.Core.Diagnostics;
using DocTool.Core.IO;
using DocTool.Core.Profiles;

namespace DocTool.Core.Building;

/// <summary>Rendering and writing the pending work items.</summary>
public sealed partial class BatchRunner
{
    /// <summary>
    /// Renders the pending items on <c>--jobs</c> threads, in order, and hands each rendered document to
    /// as many writer threads, which write it atomically (so a renderer never waits on the disk) and keep
    /// only its manifest entry. At most two documents per job wait to be written, and a profile is loaded
    /// when its first item starts and released after its last, so memory does not grow with the batch. The manifest is merged at the end, also when the batch is cancelled.
    /// Returns a diagnostic when the manifest cannot be written.
    /// </summary>
    private Diagnostic? Execute(List<BatchItem> pending, BatchProfile[] profiles, BatchRequest request, List<BatchItemResult> results, BatchObserver observer, CancellationToken cancellation)
    {
        var written = new ConcurrentBag<BuiltFile>();
        var outputDirectory = Path.GetFullPath(request.OutputDirectory);
        var completed = new ConcurrentBag<BatchItemResult>();
        void Complete(BatchItemResult result)
        {
            completed.Add(result);
            observer.ItemCompleted(result);
        }

        Diagnostic? manifestFailure = null;
        using var queue = new BlockingCollection<Rendered>(boundedCapacity: 2 * request.Jobs);
        var writers = Enumerable.Range(0, request.Jobs)
            .Select(_ => Task.Factory.StartNew(
                () =>
                {
                    foreach (var rendered in queue.GetConsumingEnumerable())
                    {
                        Complete(Write(rendered, outputDirectory, written));
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default))
            .ToArray();
        try
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = request.Jobs, CancellationToken = cancellation };
            var ordered = Partitioner.Create(pending, EnumerablePartitionerOptions.NoBuffering);
            Parallel.ForEach(ordered, options, item =>
            {
                var outcome = Render(item, profiles[item.Profile], request, cancellation);
                if (outcome.Result is { } failed)
                {
                    Complete(failed);
                }
                else
                {
                    queue.Add(outcome.Rendered!, CancellationToken.None);
                }
            });
        }
        finally
        {
            // Documents already rendered are still written, so the manifest matches the folder.
            queue.CompleteAdding();
            Task.WaitAll(writers, CancellationToken.None);
            results.AddRange(completed);
            var entries = request.Pdf is null || cancellation.IsCancellationRequested ? [] : ProducePdfs(request, outputDirectory, written, results);
            manifestFailure = WriteManifest(request.OutputDirectory, [.. written, .. entries], request.Shard);
        }

        return manifestFailure;
    }

    /// <summary>Renders one item: either a failed result or the files to write.</summary>
    private (BatchItemResult? Result, Rendered? Rendered) Render(BatchItem item, BatchProfile profile, BatchRequest request, CancellationToken cancellation)
    {
        var start = _time.GetTimestamp();
        var bag = new DiagnosticBag();
        bag.AddRange(profile.Diagnostics);
        try
        {
            // Validated once per profile, by the first of its items to start.
            var (loaded, loadDiagnostics) = Acquire(profile);
            bag.AddRange(loadDiagnostics);
            if (loaded is null)
            {
                return (Failed(), null);
            }

            var files = _renderer.Render(loaded, item.Document, item.Language, request.Formats, bag, cancellation);
            return files is null || bag.HasErrors ? (Failed(), null) : (null, new Rendered(profile.Display, item, files, bag, start));
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            bag.Error(SourceSpan.ForFile(profile.Display), Codes.Internal, $"unexpected failure building `{item.Document.Id}` in `{item.Language}` ({e.GetType().Name}: {e.Message}); please report this");
            return (Failed(), null);
        }
        finally
        {
            Release(profile);
        }

        BatchItemResult Failed() => new(profile.Display, item.Document.Id, item.Language, BatchStatus.Failed, [], Milliseconds(start), bag.Sorted);
    }

    /// <summary>Writes a rendered item's files; never throws, so a writer thread never stops early.</summary>
    private BatchItemResult Write(Rendered rendered, string outputDirectory, ConcurrentBag<BuiltFile> written)
    {
        var outputs = new List<BatchOutput>();
        var status = BatchStatus.Built;
        try
        {
            foreach (var file in rendered.Files)
            {
                AtomicFile.Write(ConfinedPath.Inside(outputDirectory, file.RelativePath), file.Bytes, durable: false);
                outputs.Add(new BatchOutput(file.Format, file.RelativePath, file.Sha256));

                // Only the manifest entry is kept: `with` copies the computed Sha256 and drops the bytes.
                written.Add(file with { Bytes = [] });
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            rendered.Diagnostics.Error(SourceSpan.ForFile(outputDirectory), e is IOException or UnauthorizedAccessException ? Codes.OutputFailed : Codes.Internal, OutputFolder.Describe(e, outputDirectory));
            status = BatchStatus.Failed;
            outputs.Clear();
        }

        return new BatchItemResult(rendered.Profile, rendered.Item.Document.Id, rendered.Item.Language, status, outputs, Milliseconds(rendered.Start), rendered.Diagnostics.Sorted);
    }

    private long Milliseconds(long start) => (long)_time.GetElapsedTime(start).TotalMilliseconds;

    private (LoadedProfile? Profile, IReadOnlyList<Diagnostic> Diagnostics) Acquire(BatchProfile profile)
    {
        Lazy<(LoadedProfile?, IReadOnlyList<Diagnostic>)> lazy;
        lock (profile)
        {
            lazy = profile.Loaded ??= new(() =>
            {
                var bag = new DiagnosticBag();
                var loaded = ProfileLoader.Load(profile.Path, _pack, bag);
                return (loaded, bag.Sorted);
            });
        }

        return lazy.Value;
    }

    private static void Release(BatchProfile profile)
    {
        lock (profile)
        {
            if (--profile.Uses == 0)
            {
                profile.Loaded = null;
            }
        }
    }

    private Diagnostic? WriteManifest(string outputDirectory, List<BuiltFile> written, ShardSpec? shard)
    {
        if (written.Count == 0)
        {
            return null;
        }

        try
        {
            var json = Manifest.Merge(outputDirectory, written, _toolVersion, _pack.Id, _pack.Version, _pack.ContentHash);
            AtomicFile.Write(Path.Combine(outputDirectory, Manifest.FileName), json);
            if (shard is { } part)
            {
                var shardPath = Path.Combine(outputDirectory, Manifest.ShardFileName(part));
                AtomicFile.Write(shardPath, Manifest.MergeInto(shardPath, written, _toolVersion, _pack.Id, _pack.Version, _pack.ContentHash));
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Diagnostic(Severity.Error, SourceSpan.ForFile(Path.Combine(outputDirectory, Manifest.FileName)), Codes.OutputFailed, $"cannot write the manifest: {e.Message}");
        }
    }

    /// <summary>A rendered document waiting to be written.</summary>
    private sealed record Rendered(string Profile, BatchItem Item, IReadOnlyList<BuiltFile> Files, DiagnosticBag Diagnostics, long Start);
}
