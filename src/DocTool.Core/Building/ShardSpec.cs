using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DocTool.Core.Building;

/// <summary>
/// Part <see cref="Index"/> of <see cref="Count"/> of a batch (<c>--shard K/N</c>). Each work item goes to
/// exactly one part, chosen from a SHA-256 of its key <c>profile|doc|lang</c> alone: the choice does not
/// depend on the order of the inputs, on the machine or on the other items, so N CI jobs running the
/// same command build disjoint parts that together are the whole batch.
/// </summary>
public readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>Parses <c>K/N</c> with 1 ≤ K ≤ N; null with a message when the text is not that.</summary>
    public static ShardSpec? Parse(string text, out string? error)
    {
        error = null;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0
            && int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n >= 1 && k >= 1 && k <= n)
        {
            return new ShardSpec(k, n);
        }

        error = $"--shard takes K/N with 1 ≤ K ≤ N (for example 2/4), not `{text}`";
        return null;
    }

    /// <summary>The 1-based part a key belongs to, out of <paramref name="count"/>.</summary>
    public static int PartOf(string key, int count)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count) + 1;
    }

    /// <summary>The key of a work item: the profile path as displayed (relative to the working folder, with /), the document and the language.</summary>
    public static string Key(string profile, string document, string? language) => $"{profile}|{document}|{language}";

    /// <summary>True when the item with this key belongs to this part.</summary>
    public bool Contains(string key) => PartOf(key, Count) == Index;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
