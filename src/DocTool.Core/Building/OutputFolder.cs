using DocTool.Core.Diagnostics;

namespace DocTool.Core.Building;

/// <summary>Checks <c>--out</c> before anything is rendered, and words write failures plainly.</summary>
public static class OutputFolder
{
    /// <summary>Reports (DT0500) when the output folder, or a folder above it, is an existing file. True when usable.</summary>
    public static bool Check(string folder, DiagnosticBag bag)
    {
        if (BlockingFile(folder) is not { } file)
        {
            return true;
        }

        var what = Same(file, folder) ? "is a file, not a folder" : $"cannot be created: `{file}` is a file";
        bag.Error(SourceSpan.ForFile(folder), Codes.OutputFailed, $"the output folder `{folder}` {what}; give --out a folder (it is created when missing)");
        return false;
    }

    /// <summary>Reports (DT0500) when an output file (<c>--report</c>, <c>--out FILE</c>) is a folder or cannot be created below a file. True when usable.</summary>
    public static bool CheckFile(string file, string option, DiagnosticBag bag)
    {
        if (Directory.Exists(file))
        {
            bag.Error(SourceSpan.ForFile(file), Codes.OutputFailed, $"{option} `{file}` is a folder; give a file name");
            return false;
        }

        // The file is replaced by a rename: never over a device (as root, /dev/full became JSON), a pipe or a
        // socket, and never over a link (the link would be replaced, or its target with a copy that no longer links).
        if (new FileInfo(file).LinkTarget is not null)
        {
            bag.Error(SourceSpan.ForFile(file), Codes.OutputFailed, $"{option} `{file}` is a symbolic link; DocTool does not replace links: give the path of a regular file or a new one");
            return false;
        }

        if (File.Exists(file) && IO.InputFile.Problem(file) is { } special)
        {
            bag.Error(SourceSpan.ForFile(file), Codes.OutputFailed, $"{option} `{file}` cannot be replaced: {special}");
            return false;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (folder is not null && BlockingFile(folder) is { } blocking)
        {
            bag.Error(SourceSpan.ForFile(file), Codes.OutputFailed, $"{option} `{file}` cannot be created: `{blocking}` is a file, not a folder");
            return false;
        }

        return true;
    }

    /// <summary>A plain message for an exception from writing below <paramref name="folder"/>.</summary>
    public static string Describe(Exception e, string folder) => BlockingFile(folder) is { } file
        ? $"cannot write the output: `{file}` is a file, not a folder; give --out a folder"
        : e switch
        {
            UnauthorizedAccessException => $"cannot write the output: no permission to write in `{folder}`",
            _ => $"cannot write the output: {e.Message}",
        };

    /// <summary>The existing file at <paramref name="folder"/> or at one of its ancestors, or null.</summary>
    private static string? BlockingFile(string folder)
    {
        try
        {
            for (var path = Path.GetFullPath(folder); !string.IsNullOrEmpty(path); path = Path.GetDirectoryName(path))
            {
                if (File.Exists(path))
                {
                    return Same(path, Path.GetFullPath(folder)) ? folder : path;
                }

                if (Directory.Exists(path))
                {
                    return null;
                }
            }
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }

        return null;
    }

    private static bool Same(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);
}
