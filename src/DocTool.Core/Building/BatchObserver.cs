namespace DocTool.Core.Building;

/// <summary>
/// Follows a batch as it runs (the CLI draws a progress bar or prints progress lines from it).
/// <see cref="ProfileChecked"/> and <see cref="ItemCompleted"/> are called from worker threads, concurrently.
/// </summary>
public abstract class BatchObserver
{
    /// <summary>The profiles are about to be read and validated.</summary>
    public virtual void Checking(int profiles)
    {
    }

    /// <summary>One profile was read and validated.</summary>
    public virtual void ProfileChecked()
    {
    }

    /// <summary>The work items are known; <paramref name="items"/> will each be reported to <see cref="ItemCompleted"/>.</summary>
    public virtual void Started(int items)
    {
    }

    /// <summary>One work item finished (built, failed or skipped).</summary>
    public virtual void ItemCompleted(BatchItemResult result)
    {
    }
}
