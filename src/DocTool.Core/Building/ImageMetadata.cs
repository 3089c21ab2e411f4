using System.Buffers.Binary;

namespace DocTool.Core.Building;

/// <summary>
/// Removes what a logo file says about where, when, with what and by whom it was made — EXIF (GPS,
/// camera, dates), XMP, IPTC and comments in a JPEG; text, EXIF and time chunks in a PNG — before it is
/// embedded, keeping only what draws the picture (pixels, palette, colour profile, transparency,
/// resolution). A file that does not parse as expected is returned as it was read: the header check
/// that accepted it (<see cref="ImageInfo"/>) stays the judge of what an image is.
/// </summary>
public static class ImageMetadata
{
    // PNG chunks that draw the picture; every other ancillary chunk (tEXt, zTXt, iTXt, eXIf, tIME, ...) is dropped.
    private static readonly HashSet<string> PngKept = new(StringComparer.Ordinal)
    {
        "IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "bKGD", "pHYs", "hIST", "acTL", "fcTL", "fdAT",
    };

    /// <summary>The image without its metadata.</summary>
    public static byte[] Strip(byte[] data, string contentType)
    {
        ArgumentNullException.ThrowIfNull(data);
        return contentType switch
        {
            "image/jpeg" => StripJpeg(data) ?? data,
            "image/png" => StripPng(data) ?? data,
            _ => data,
        };
    }

    private static byte[]? StripJpeg(byte[] data)
    {
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8)
        {
            return null;
        }

        using var output = new MemoryStream(data.Length);
        output.Write(data, 0, 2);
        var i = 2;
        while (i + 4 <= data.Length)
        {
            if (data[i] != 0xFF)
            {
                return null;
            }

            var marker = data[i + 1];
            if (marker == 0xFF)
            {
                i++; // fill byte
                continue;
            }

            if (marker == 0xDA)
            {
                // Start of scan: the rest is entropy-coded picture data up to the end.
                output.Write(data, i, data.Length - i);
                return output.ToArray();
            }

            var length = (data[i + 2] << 8) | data[i + 3];
            if (length < 2 || i + 2 + length > data.Length)
            {
                return null;
            }

            if (KeepJpegSegment(data, i, marker))
            {
                output.Write(data, i, 2 + length);
            }

            i += 2 + length;
        }

        return null;
    }

    /// <summary>APP0 (JFIF), APP2 ICC_PROFILE and APP14 (Adobe colour transform) draw the picture; other APPn and COM do not.</summary>
    private static bool KeepJpegSegment(byte[] data, int at, byte marker) => marker switch
    {
        0xE0 => true,
        0xE2 => HasPrefix(data, at + 4, "ICC_PROFILE\0"u8),
        0xEE => true,
        0xFE => false,
        >= 0xE1 and <= 0xEF => false,
        _ => true,
    };

    private static bool HasPrefix(byte[] data, int at, ReadOnlySpan<byte> prefix) =>
        at + prefix.Length <= data.Length && data.AsSpan(at, prefix.Length).SequenceEqual(prefix);

    private static byte[]? StripPng(byte[] data)
    {
        if (data.Length < 8 || !HasPrefix(data, 0, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return null;
        }

        using var output = new MemoryStream(data.Length);
        output.Write(data, 0, 8);
        var i = 8;
        while (i + 12 <= data.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(i));
            if (length > int.MaxValue - 12 || i + 12 + (int)length > data.Length)
            {
                return null;
            }

            var type = System.Text.Encoding.ASCII.GetString(data, i + 4, 4);
            var size = 12 + (int)length;
            if (PngKept.Contains(type))
            {
                output.Write(data, i, size);
            }

            i += size;
            if (type == "IEND")
            {
                return output.ToArray();
            }
        }

        return null;
    }
}
