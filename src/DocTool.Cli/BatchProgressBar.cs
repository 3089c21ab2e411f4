using System.Globalization;
using DocTool.Core.Building;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace DocTool.Cli;

/// <summary>A live progress bar on a terminal (Spectre.Console): counts, rate and time left.</summary>
internal sealed class BatchProgressBar : BatchObserver
{
    private readonly ProgressContext _context;
    private ProgressTask? _checking;
    private ProgressTask? _building;
    private int _built;
    private int _failed;
    private int _skipped;

    private BatchProgressBar(ProgressContext context) => _context = context;

    /// <summary>Runs the batch inside a live progress display.</summary>
    public static BatchOutcome Run(IAnsiConsole console, Func<BatchObserver, BatchOutcome> body) =>
        console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new CountColumn(), new RateColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context => body(new BatchProgressBar(context)));

    public override void Checking(int profiles) =>
        _checking = _context.AddTask(string.Create(CultureInfo.InvariantCulture, $"checking {profiles} profile(s)"), maxValue: Math.Max(1, profiles));

    public override void ProfileChecked() => _checking?.Increment(1);

    public override void Started(int items)
    {
        if (_checking is { } checking)
        {
            checking.Value = checking.MaxValue;
            checking.StopTask();
        }

        _building = _context.AddTask(Description(), maxValue: Math.Max(1, items));
        if (items == 0)
        {
            _building.Value = 1;
        }
    }

    public override void ItemCompleted(BatchItemResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _ = result.Status switch
        {
            BatchStatus.Built => Interlocked.Increment(ref _built),
            BatchStatus.Failed => Interlocked.Increment(ref _failed),
            _ => Interlocked.Increment(ref _skipped),
        };
        if (_building is { } task)
        {
            task.Description = Description();
            task.Increment(1);
        }
    }

    private string Description() => string.Create(CultureInfo.InvariantCulture, $"built [green]{Volatile.Read(ref _built)}[/] · failed [red]{Volatile.Read(ref _failed)}[/] · skipped {Volatile.Read(ref _skipped)}");

    /// <summary>done/total.</summary>
    private sealed class CountColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Value:0}/{task.MaxValue:0}"));
    }

    /// <summary>Items per second (profiles while checking, documents while building), measured by Spectre over the recent samples.</summary>
    private sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? string.Create(CultureInfo.InvariantCulture, $"{speed:0.0}/s") : "–/s");
    }
}
