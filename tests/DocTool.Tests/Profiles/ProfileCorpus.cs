using System.Text;
using DocTool.Core.Diagnostics;
using DocTool.Core.Profiles;
using DocTool.Core.Profiles.Validation;
using DocTool.Tests.Support;

namespace DocTool.Tests.Profiles;

/// <summary>
/// The corpus of invalid profiles in <c>Profiles/Invalid</c>: each <c>NAME.yaml</c> (or generated
/// bytes, for encodings git would mangle) beside <c>NAME.expected.txt</c>, the exact lines DocTool prints.
/// </summary>
internal static class ProfileCorpus
{
    public static string Folder => Path.Combine(Repo.Root, "tests", "DocTool.Tests", "Profiles", "Invalid");

    /// <summary>The languages of the bundled pack, read from its manifest.</summary>
    public static IReadOnlySet<string> PackLanguages { get; } = ReadPackLanguages();

    /// <summary>Cases made from bytes rather than committed: encodings and binary data.</summary>
    public static IReadOnlyDictionary<string, Func<byte[]>> Generated { get; } = new Dictionary<string, Func<byte[]>>(StringComparer.Ordinal)
    {
        // Saved as "Unicode" in Notepad: UTF-16 little-endian with a byte-order mark.
        ["encoding-utf16-bom.yaml"] = () => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Base())],
        // UTF-16 without a byte-order mark (some export tools).
        ["encoding-utf16-no-bom.yaml"] = () => Encoding.Unicode.GetBytes(Base()),
        // The same in big-endian order: the very first byte is a zero.
        ["encoding-utf16be-no-bom.yaml"] = () => Encoding.BigEndianUnicode.GetBytes(Base()),
        // Edited in an old Windows editor: an accented address saved as Latin-1 / Windows-1252.
        ["encoding-latin1.yaml"] = () => Encoding.Latin1.GetBytes(Base().Replace("address: null", "address: \"Bichkek, 12 rue Émile\"", StringComparison.Ordinal)),
        // A Word document or an image passed instead of the profile.
        ["binary-garbage.yaml"] = () => [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xDF, 0xA4, 0xD2, 0x6C, 0x5A, 0x01],
    };

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.yaml").Select(Path.GetFileName).Concat(Generated.Keys).Order(StringComparer.Ordinal)!;

    /// <summary>Reads and validates a case the way <c>doctool build</c> does, and prints its diagnostics.</summary>
    public static string Run(string name)
    {
        var bytes = Generated.TryGetValue(name, out var make) ? make() : File.ReadAllBytes(Path.Combine(Folder, name));
        return Print(bytes, name);
    }

    public static string Print(byte[] bytes, string name)
    {
        var bag = new DiagnosticBag();
        var root = YamlReader.ReadBytes(bytes, name, bag);
        if (root is not null)
        {
            ProfileValidator.Validate(root, name, PackLanguages, bag);
        }

        return string.Concat(bag.Sorted.Select(d => d + "\n"));
    }

    private static string Base() => File.ReadAllText(Path.Combine(Repo.Samples, "scswa.yaml"));

    private static HashSet<string> ReadPackLanguages()
    {
        var bag = new DiagnosticBag();
        var manifest = YamlReader.ReadFile(Path.Combine(Repo.Pack, "pack.yaml"), "pack.yaml", bag);
        var languages = manifest?["languages"] as YSequence;
        Assert.True(languages is not null, string.Join('\n', bag.Sorted));
        return [.. languages!.Items.OfType<YScalar>().Select(s => s.Text)];
    }
}
