using System.Globalization;
using DocTool.Core.Building;

namespace DocTool.Cli;

/// <summary>
/// Progress for logs (output not a terminal): a plain line every 2 seconds or every 10 %, whichever
/// comes first, and one at the end.
/// </summary>
internal sealed class BatchProgressLines(TextWriter writer, TimeProvider time, int jobs) : BatchObserver
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(2);
    private readonly Lock _gate = new();
    private long _started;
    private long _lastLine;
    private int _total;
    private int _done;
    private int _built;
    private int _failed;
    private int _skipped;
    private int _lastTenth;

    public override void Checking(int profiles)
    {
        lock (_gate)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"doctool: checking {profiles} profile(s)"));
        }
    }

    public override void Started(int items)
    {
        lock (_gate)
        {
            _total = items;
            _started = _lastLine = time.GetTimestamp();
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"doctool: {items} document(s) to build with {jobs} job(s)"));
        }
    }

    public override void ItemCompleted(BatchItemResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (_gate)
        {
            _done++;
            switch (result.Status)
            {
                case BatchStatus.Built:
                    _built++;
                    break;
                case BatchStatus.Failed:
                    _failed++;
                    break;
                default:
                    _skipped++;
                    break;
            }

            var now = time.GetTimestamp();
            var tenth = _total == 0 ? 10 : _done * 10 / _total;
            if (_done == _total || tenth > _lastTenth || time.GetElapsedTime(_lastLine, now) >= Every)
            {
                _lastTenth = tenth;
                _lastLine = now;
                writer.WriteLine(Line(time.GetElapsedTime(_started, now)));
            }
        }
    }

    private string Line(TimeSpan elapsed)
    {
        // Skipped items and profiles that failed their checks cost nothing: the rate (and so the time
        // left) counts the documents built.
        var rate = elapsed.TotalSeconds > 0 ? _built / elapsed.TotalSeconds : 0;
        var remaining = _total - _done;
        var eta = rate > 0 ? TimeSpan.FromSeconds(remaining / rate) : (TimeSpan?)null;
        var percent = _total == 0 ? 100 : _done * 100 / _total;
        return string.Create(CultureInfo.InvariantCulture, $"doctool: {_done}/{_total} ({percent}%) built {_built}, failed {_failed}, skipped {_skipped}; {rate:0.0} documents/s; {(remaining == 0 ? "done" : eta is { } e ? "ETA " + BatchSummary.Duration(e) : "ETA ?")}");
    }
}
