using System.IO.Compression;
using System.Text;

namespace DocTool.Core.Docx;

/// <summary>
/// Writes an Open Packaging Conventions package (the zip inside a .docx) directly: parts with their
/// content types and relationships, compressed once, entries in a fixed order ([Content_Types].xml,
/// then _rels/.rels, then the parts as added) with a fixed timestamp, so the same inputs give the
/// same bytes. Every part and relationship is known up front, so there is no need for a general
/// packaging library's bookkeeping (System.IO.Packaging would compress each part, and the result
/// would then have to be rewritten to be deterministic).
/// </summary>
internal sealed class OpcPackage
{
    private const string RelationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml";
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly List<Part> _parts = [];
    private readonly Dictionary<string, List<Relationship>> _relationships = new(StringComparer.Ordinal);

    /// <summary>Adds a part (name without a leading slash, e.g. <c>word/document.xml</c>).</summary>
    public void AddPart(string name, string contentType, byte[] data) => _parts.Add(new Part(name, contentType, data));

    /// <summary>Adds an XML part from text (UTF-8, no byte order mark).</summary>
    public void AddPart(string name, string contentType, string xml) => AddPart(name, contentType, Encoding.UTF8.GetBytes(xml));

    /// <summary>
    /// Adds a relationship from a part (or from the package, with <paramref name="source"/> empty) to a
    /// part name, or to an external address when <paramref name="external"/> is true.
    /// </summary>
    public void Relate(string source, string id, string type, string target, bool external = false)
    {
        if (!_relationships.TryGetValue(source, out var list))
        {
            _relationships[source] = list = [];
        }

        list.Add(new Relationship(id, type, external ? target : RelativeTarget(source, target), external));
    }

    /// <summary>The package as bytes.</summary>
    public byte[] ToArray()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes()));
            foreach (var (source, list) in _relationships.OrderBy(r => r.Key.Length == 0 ? 0 : 1).ThenBy(r => r.Key, StringComparer.Ordinal))
            {
                Write(zip, RelationshipsPartName(source), Encoding.UTF8.GetBytes(RelationshipsXml(list)));
            }

            foreach (var part in _parts)
            {
                Write(zip, part.Name, part.Data);
            }
        }

        return output.ToArray();
    }

    /// <summary>
    /// Rewrites a package written by this class, entry by entry in the same order and with the same
    /// fixed timestamp, passing each entry's bytes through <paramref name="transform"/>.
    /// </summary>
    public static byte[] Rewrite(byte[] package, Func<string, byte[], byte[]> transform)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                Write(zip, entry.FullName, transform(entry.FullName, buffer.ToArray()));
            }
        }

        return output.ToArray();
    }

    private static void Write(ZipArchive zip, string name, byte[] data)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = Epoch;
        using var stream = entry.Open();
        stream.Write(data);
    }

    private string ContentTypes()
    {
        var sb = new StringBuilder(Xml.Declaration);
        sb.Append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        sb.Append("<Default Extension=\"rels\" ContentType=\"").Append(RelationshipsContentType).Append("\"/>");
        sb.Append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        foreach (var part in _parts)
        {
            sb.Append("<Override PartName=\"/").Append(Xml.Esc(part.Name)).Append("\" ContentType=\"").Append(Xml.Esc(part.ContentType)).Append("\"/>");
        }

        return sb.Append("</Types>").ToString();
    }

    private static string RelationshipsXml(List<Relationship> list)
    {
        var sb = new StringBuilder(Xml.Declaration);
        sb.Append("<Relationships xmlns=\"").Append(RelationshipsNs).Append("\">");
        foreach (var r in list)
        {
            sb.Append("<Relationship Id=\"").Append(r.Id).Append("\" Type=\"").Append(r.Type).Append("\" Target=\"").Append(Xml.Esc(r.Target)).Append('"');
            if (r.External)
            {
                sb.Append(" TargetMode=\"External\"");
            }

            sb.Append("/>");
        }

        return sb.Append("</Relationships>").ToString();
    }

    /// <summary><c>word/document.xml</c> → <c>word/_rels/document.xml.rels</c>; the package → <c>_rels/.rels</c>.</summary>
    private static string RelationshipsPartName(string source)
    {
        var slash = source.LastIndexOf('/');
        return slash < 0 ? $"_rels/{source}.rels" : $"{source[..slash]}/_rels/{source[(slash + 1)..]}.rels";
    }

    /// <summary>A part name relative to the folder of the source part (or absolute when it is in another folder).</summary>
    private static string RelativeTarget(string source, string target)
    {
        var slash = source.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : source[..(slash + 1)];
        if (folder.Length == 0)
        {
            return target;
        }

        return target.StartsWith(folder, StringComparison.Ordinal) ? target[folder.Length..] : "/" + target;
    }

    private sealed record Part(string Name, string ContentType, byte[] Data);

    private sealed record Relationship(string Id, string Type, string Target, bool External);
}
