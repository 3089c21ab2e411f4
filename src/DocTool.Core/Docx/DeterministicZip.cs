using System.IO.Compression;

namespace DocTool.Core.Docx;

/// <summary>
/// Rewrites a package so the same inputs give the same bytes: entries in a fixed order
/// ([Content_Types].xml first, then by name) with a fixed timestamp.
/// </summary>
internal static class DeterministicZip
{
    private static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] package)
    {
        var entries = new List<(string Name, byte[] Data)>();
        using (var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        {
            foreach (var entry in input.Entries)
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                entries.Add((entry.FullName, buffer.ToArray()));
            }
        }

        entries.Sort((a, b) => Rank(a.Name) != Rank(b.Name) ? Rank(a.Name).CompareTo(Rank(b.Name)) : string.CompareOrdinal(a.Name, b.Name));
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = Epoch;
                using var stream = entry.Open();
                stream.Write(data);
            }
        }

        return output.ToArray();
    }

    private static int Rank(string name) => name switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };
}
