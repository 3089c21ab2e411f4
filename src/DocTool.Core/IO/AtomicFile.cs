namespace DocTool.Core.IO;

/// <summary>
/// Writes a file through a temporary file in the same folder and an atomic rename, so an interrupted
/// run never leaves a truncated file at the final path and a good existing file survives a failed write.
/// </summary>
public static class AtomicFile
{
    /// <summary>
    /// Writes all bytes atomically, creating the folder if needed. With <paramref name="durable"/> the
    /// data is flushed to the disk before the rename, so the file survives a power cut as well as a
    /// crash. Without it the rename still protects against an interrupted run (the file is complete or
    /// absent), at a fraction of the cost: <c>batch</c> writes thousands of documents it can rebuild,
    /// and checks their SHA-256 before trusting them with <c>--incremental</c>.
    /// </summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes, bool durable = true)
    {
        var full = Path.IsPathFullyQualified(path) ? path : Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = Create(temp, folder))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: durable);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Creates the temporary file, and its folder when that is missing (asking only then saves a system call per file).</summary>
    private static FileStream Create(string temp, string folder)
    {
        try
        {
            return new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException e) when (e is DirectoryNotFoundException or FileNotFoundException)
        {
            // A missing folder can come back as either: .NET looks whether the folder exists to choose,
            // and another writer may have created it in between.
            Directory.CreateDirectory(folder);
            return new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the temporary file has a dot-name and a .tmp suffix.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
