using System.Runtime.InteropServices;
using System.Text;

namespace DocTool.Core.IO;

/// <summary>
/// Reads an untrusted input file (profile, logo, reference document, .docx to diff or check) only when it is a
/// regular file, and never more than a bound: a FIFO would block the open forever, and a device such as
/// <c>/dev/zero</c> never ends. Problems are <see cref="IOException"/>s with a reason a user can act on, so the
/// callers' existing "cannot read the file" diagnostics report them at the file.
/// </summary>
public static class InputFile
{
    /// <summary>Why <paramref name="path"/> may not be read as an input file, or null when it may.</summary>
    public static string? Problem(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Contains('\0', StringComparison.Ordinal))
        {
            return "the path holds a NUL character";
        }

        return Kind(path) switch
        {
            FileKind.Regular or FileKind.Unknown => null,
            FileKind.Missing => null, // the caller's own open reports "not found"
            FileKind.Directory => "this is a folder, not a file",
            FileKind.Fifo => "this is a named pipe (FIFO), not a regular file; DocTool reads only regular files",
            FileKind.Device => "this is a device, not a regular file; DocTool reads only regular files",
            FileKind.Socket => "this is a socket, not a regular file; DocTool reads only regular files",
            _ => "this is not a regular file",
        };
    }

    /// <summary>All bytes of a regular file of at most <paramref name="maxBytes"/> bytes.</summary>
    /// <exception cref="IOException">Not a regular file, or larger than the bound (checked while reading, not only from its size).</exception>
    public static byte[] ReadAllBytes(string path, long maxBytes)
    {
        using var stream = OpenRead(path);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new InputTooLargeException(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Opens a regular file for reading.</summary>
    /// <exception cref="IOException">Not a regular file.</exception>
    public static FileStream OpenRead(string path)
    {
        if (Problem(path) is { } problem)
        {
            throw new IOException(problem);
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
    }

    private static FileKind Kind(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            // Elsewhere .NET gives no file type; Windows has no FIFOs in the file system.
            return FileKind.Unknown;
        }

        var name = Encoding.UTF8.GetBytes(path + "\0");
        var buffer = new byte[256];
        try
        {
            if (NativeMethods.statx(-100 /* AT_FDCWD */, name, 0, 1 /* STATX_TYPE */, buffer) != 0)
            {
                return FileKind.Missing;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return FileKind.Unknown;
        }

        // struct statx: stx_mode is the u16 at offset 28 (a fixed kernel ABI on every architecture).
        var mode = BitConverter.ToUInt16(buffer, 28) & 0xF000;
        return mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 or 0x6000 => FileKind.Device,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
    }

    private enum FileKind
    {
        Unknown,
        Missing,
        Regular,
        Directory,
        Fifo,
        Device,
        Socket,
        Other,
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // byte arrays only: no marshalling code to generate, and no unsafe blocks in Core
        public static extern int statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);
#pragma warning restore SYSLIB1054
    }
}

/// <summary>An input file larger than DocTool reads.</summary>
public sealed class InputTooLargeException(long maxBytes)
    : IOException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file is larger than {maxBytes / 1024:N0} KiB, the most DocTool reads from it"))
{
    /// <summary>The bound that was exceeded, in bytes.</summary>
    public long MaxBytes { get; } = maxBytes;
}
