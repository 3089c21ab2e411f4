namespace DocTool.Core.IO;

/// <summary>
/// Writes a file through a temporary file in the same folder and an atomic rename, so an interrupted
/// run never leaves a truncated file at the final path and a good existing file survives a failed write.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes all bytes atomically, creating the folder if needed.</summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
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
