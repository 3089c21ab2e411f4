using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocTool.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DocTool.Core.Profiles;

/// <summary>
/// Reads YAML into <see cref="YNode"/>s from the parser's event stream, without recursion, so that
/// hostile files (deep nesting, alias bombs, duplicate keys, binary data) fail fast with a diagnostic.
/// </summary>
public static partial class YamlReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a file. Returns null (with diagnostics) when it cannot be read as one YAML mapping.</summary>
    public static YMapping? ReadFile(string path, string displayPath, DiagnosticBag bag, ProfileLimits? limits = null)
    {
        limits ??= ProfileLimits.Default;
        var fileSpan = SourceSpan.ForFile(displayPath);
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                bag.Error(fileSpan, Codes.FileNotFound, Directory.Exists(path) ? "this is a folder, not a profile file" : "file not found");
                return null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            bag.Error(fileSpan, Codes.FileNotFound, $"cannot read the file: {e.Message}");
            return null;
        }

        if (IO.InputFile.Problem(path) is { } problem)
        {
            bag.Error(fileSpan, Codes.FileNotFound, problem);
            return null;
        }

        if (info.Length > limits.MaxBytes)
        {
            bag.Error(fileSpan, Codes.FileTooLarge, string.Create(CultureInfo.InvariantCulture, $"the file is {info.Length / 1024:N0} KiB; a profile may be at most {limits.MaxBytes / 1024:N0} KiB"));
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = IO.InputFile.ReadAllBytes(path, limits.MaxBytes);
        }
        catch (IO.InputTooLargeException)
        {
            bag.Error(fileSpan, Codes.FileTooLarge, string.Create(CultureInfo.InvariantCulture, $"the file is larger than its size said; a profile may be at most {limits.MaxBytes / 1024:N0} KiB"));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(fileSpan, Codes.FileNotFound, $"cannot read the file: {e.Message}");
            return null;
        }

        return ReadBytes(bytes, displayPath, bag, limits);
    }

    /// <summary>Reads YAML from bytes that should be UTF-8 text.</summary>
    public static YMapping? ReadBytes(byte[] bytes, string displayPath, DiagnosticBag bag, ProfileLimits? limits = null)
    {
        limits ??= ProfileLimits.Default;
        var text = DecodeUtf8(bytes, displayPath, bag, limits);
        return text is null ? null : ReadText(text, displayPath, bag, limits);
    }

    /// <summary>Reads YAML text.</summary>
    public static YMapping? ReadText(string text, string displayPath, DiagnosticBag bag, ProfileLimits? limits = null)
    {
        limits ??= ProfileLimits.Default;
        if (!CheckLineLengths(text, displayPath, bag, limits))
        {
            return null;
        }

        if (!HasContent(text))
        {
            if (text.Contains('\r', StringComparison.Ordinal) && !text.Contains('\n', StringComparison.Ordinal))
            {
                bag.Error(SourceSpan.ForFile(displayPath), Codes.EmptyFile, "the file ends its lines with CR only, as old Mac files did, so it reads as one comment line: save it with LF line endings");
                return null;
            }


            bag.Error(SourceSpan.ForFile(displayPath), Codes.EmptyFile, "the file is empty: a profile starts with `profile_version: 1` (run `doctool init` for a complete starter profile)");
            return null;
        }

        if (!CheckTabs(text, displayPath, bag))
        {
            return null;
        }

        var builder = new TreeBuilder(displayPath, bag, limits);
        var scanner = new Scanner(new StringReader(text));
        var parser = new Parser(scanner);
        while (true)
        {
            // Only the parser's own failures are syntax errors: a failure in the tree builder stays a bug.
            try
            {
                if (!parser.MoveNext())
                {
                    break;
                }
            }
            catch (YamlException e)
            {
                bag.Error(Located(displayPath, e.Start, scanner), Codes.YamlSyntax, CleanYamlMessage(e.Message));
                return null;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // YamlDotNet's scanner throws plain .NET exceptions on some malformed input (an unclosed
                // `[` followed by a new key: InvalidOperationException): syntax errors too, located at
                // the unclosed bracket or else where the last complete value ended.
                bag.Error(builder.OpenFlow?.Span ?? Located(displayPath, builder.LastEnd, scanner), Codes.YamlSyntax, UnreadableHere(builder.OpenFlow));
                return null;
            }

            if (!builder.Accept(parser.Current!))
            {
                return null;
            }
        }

        if (builder.Root is null)
        {
            bag.Error(SourceSpan.ForFile(displayPath), Codes.EmptyFile, "the file holds no YAML content");
            return null;
        }

        if (limits.RefuseControlCharacters && !CheckControlCharacters(builder.Root, bag))
        {
            return null;
        }

        if (builder.Root is not YMapping mapping)
        {
            var what = builder.Root is YSequence ? "a list" : "a single value";
            bag.Error(builder.Root.Span, Codes.NotAProfile, $"a profile is a mapping of fields (`profile_version: 1`, `org: ...`), but this file holds {what}");
            return null;
        }

        return mapping;
    }

    private static SourceSpan Located(string displayPath, Mark mark, Scanner scanner)
    {
        if (mark.Line <= 0)
        {
            mark = scanner.CurrentPosition;
        }

        return new SourceSpan(displayPath, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
    }

    private static string UnreadableHere((char Bracket, SourceSpan Span)? openFlow) => openFlow is { } open
        ? string.Create(CultureInfo.InvariantCulture, $"YAML syntax error: the `{open.Bracket}` opened at line {open.Span.Line}, column {open.Span.Column} is not closed (close it with `{(open.Bracket == '[' ? ']' : '}')}` on the same logical value, or put the value in quotes)")
        : "YAML syntax error: the text cannot be read as YAML here (an unclosed `[`, `{` or quote before this point, or a stray `:`, `&`, `*` or `!`?)";

    private static string? DecodeUtf8(byte[] bytes, string displayPath, DiagnosticBag bag, ProfileLimits limits)
    {
        var file = SourceSpan.ForFile(displayPath);
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            bag.Error(file, Codes.NotUtf8, "the file is UTF-16 text; save it as UTF-8 (in most editors: \"Save with encoding\" > UTF-8)");
            return null;
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var nul = Array.IndexOf(bytes, (byte)0, start);
        if (nul >= 0)
        {
            // Text in UTF-16 without a byte order mark: every other byte is zero (the first one, in big-endian).
            var looksUtf16 = ((nul > 0 && bytes[nul - 1] != 0) || (nul + 1 < bytes.Length && bytes[nul + 1] != 0)) && CountZeros(bytes) * 3 > bytes.Length;
            bag.Error(At(bytes, nul, displayPath), Codes.NotUtf8, looksUtf16
                ? "the file looks like UTF-16 text; save it as UTF-8"
                : "the file contains binary data (a NUL byte), not YAML text");
            return null;
        }

        try
        {
            var text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            if (text.Length > limits.MaxBytes)
            {
                bag.Error(file, Codes.FileTooLarge, "the file is too large");
                return null;
            }

            return text;
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(0, e.Index);
            var prefixOk = FindInvalidUtf8(bytes, start);
            bag.Error(At(bytes, prefixOk ?? offset, displayPath), Codes.NotUtf8, "the file is not valid UTF-8 (perhaps Latin-1 or Windows-1252); save it as UTF-8");
            return null;
        }
    }

    private static int CountZeros(byte[] bytes)
    {
        var n = 0;
        foreach (var b in bytes)
        {
            if (b == 0)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>The offset of the first byte that starts an invalid UTF-8 sequence.</summary>
    private static int? FindInvalidUtf8(byte[] bytes, int start)
    {
        var i = start;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            var length = b switch
            {
                < 0x80 => 1,
                >= 0xC2 and <= 0xDF => 2,
                >= 0xE0 and <= 0xEF => 3,
                >= 0xF0 and <= 0xF4 => 4,
                _ => 0,
            };
            if (length == 0 || i + length > bytes.Length)
            {
                return i;
            }

            for (var k = 1; k < length; k++)
            {
                if ((bytes[i + k] & 0xC0) != 0x80)
                {
                    return i;
                }
            }

            i += length;
        }

        return null;
    }

    private static SourceSpan At(byte[] bytes, int offset, string displayPath)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceSpan(displayPath, line, offset - lineStart + 1);
    }

    // The YAML scanner's cost grows with the square of a line's length (one 1 MB line took 13 to 24 s to
    // reject): refuse an over-long line before parsing, at the line.
    private static bool CheckLineLengths(string text, string displayPath, DiagnosticBag bag, ProfileLimits limits)
    {
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (end - start > limits.MaxLineLength)
            {
                var oldMac = text.AsSpan(start, end - start).Contains('\r');
                bag.Error(new SourceSpan(displayPath, line, limits.MaxLineLength + 1), Codes.StringTooLong, string.Create(CultureInfo.InvariantCulture,
                    $"this line is {end - start:N0} characters long; a profile line may be at most {limits.MaxLineLength:N0}") +
                    (oldMac ? " (the file seems to end its lines with CR only, as old Mac files did: save it with LF line endings)" : " (write a long text as a YAML block scalar, `|` or `>`, over several lines)"));
                return false;
            }

            line++;
            start = end + 1;
        }

        return true;
    }

    // A YAML escape ("\0", "\x1b") can put a control character in a value: a NUL in a file name reached the
    // file system as DT0001, and most control characters cannot be written into a .docx (XML) at all.
    private static bool CheckControlCharacters(YNode root, DiagnosticBag bag)
    {
        var ok = true;
        var stack = new Stack<YNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case YScalar scalar when scalar.Text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')):
                    var c = scalar.Text.First(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));
                    bag.Error(scalar.Span, Codes.BadFormat, string.Create(CultureInfo.InvariantCulture, $"this value holds the control character U+{(int)c:X4}; a profile value holds text only (remove the escape that wrote it)"));
                    ok = false;
                    break;
                case YMapping map:
                    foreach (var (key, value) in map.Entries)
                    {
                        stack.Push(key);
                        stack.Push(value);
                    }

                    break;
                case YSequence seq:
                    seq.Items.ForEach(stack.Push);
                    break;
            }
        }

        return ok;
    }

    private static bool CheckTabs(string text, string displayPath, DiagnosticBag bag)
    {
        var ok = true;
        var line = 0;
        foreach (var raw in text.Split('\n'))
        {
            line++;
            for (var col = 0; col < raw.Length; col++)
            {
                var c = raw[col];
                if (c == '\t')
                {
                    bag.Error(new SourceSpan(displayPath, line, col + 1), Codes.TabIndent, "a tab is used for indentation; YAML indents with spaces only (replace the tab with spaces)");
                    ok = false;
                    break;
                }

                if (c != ' ' && c != '-')
                {
                    break;
                }
            }
        }

        return ok;
    }

    // True when a line holds something other than spaces and a comment (a regular expression over the whole
    // text took seconds on a one-megabyte line).
    private static bool HasContent(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.TrimStart();
            if (!trimmed.IsEmpty && trimmed[0] != '#' && !trimmed.IsWhiteSpace())
            {
                return true;
            }
        }

        return false;
    }

    private static string CleanYamlMessage(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 40) - (Line: ...): "; the position is printed separately.
        var cleaned = PositionPrefix().Replace(message, string.Empty).Trim();
        if (cleaned.Length > 0)
        {
            cleaned = char.ToLowerInvariant(cleaned[0]) + cleaned[1..];
        }

        return $"YAML syntax error: {cleaned.TrimEnd('.')}";
    }

    [GeneratedRegex(@"\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();
}
