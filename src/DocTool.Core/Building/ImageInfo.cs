using System.Buffers.Binary;

namespace DocTool.Core.Building;

/// <summary>Reads PNG and JPEG headers to learn the real type and size (never trusting the extension).</summary>
public static class ImageInfo
{
    /// <summary>Returns (content type, width, height), or null when the bytes are not a PNG or JPEG.</summary>
    public static (string ContentType, int Width, int Height)? Read(byte[] data)
    {
        if (data.Length >= 24 && data[0] == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G' && data[12] == 'I' && data[13] == 'H' && data[14] == 'D' && data[15] == 'R')
        {
            var w = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(16));
            var h = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(20));
            return ("image/png", w, h);
        }

        if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8)
        {
            var i = 2;
            while (i + 9 < data.Length)
            {
                if (data[i] != 0xFF)
                {
                    return null;
                }

                var marker = data[i + 1];
                var length = (data[i + 2] << 8) | data[i + 3];
                if (marker is >= 0xC0 and <= 0xCF && marker is not 0xC4 and not 0xC8 and not 0xCC)
                {
                    var h = (data[i + 5] << 8) | data[i + 6];
                    var w = (data[i + 7] << 8) | data[i + 8];
                    return ("image/jpeg", w, h);
                }

                if (length < 2)
                {
                    return null;
                }

                i += 2 + length;
            }
        }

        return null;
    }
}
