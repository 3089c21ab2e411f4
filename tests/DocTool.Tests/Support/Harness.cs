using DocTool.Core.Building;
using DocTool.Core.Diagnostics;
using DocTool.Core.Packs;

namespace DocTool.Tests.Support;

/// <summary>Builds profiles with a pack into a temporary folder.</summary>
internal static class Harness
{
    private static readonly Lazy<TemplatePack> RealPack = new(() =>
    {
        var bag = new DiagnosticBag();
        var pack = PackLoader.Load(Repo.Pack, bag);
        Assert.True(pack is not null, string.Join('\n', bag.Sorted));
        return pack!;
    });

    public static TemplatePack Pack => RealPack.Value;

    /// <summary>Builds; tests force languages a profile may not generate, so the primary-text fallback is allowed unless said.</summary>
    public static BuildOutcome Build(TemplatePack pack, string profile, string outDir, IReadOnlyList<string>? docs = null, IReadOnlyList<string>? langs = null, OutputFormat formats = OutputFormat.Docx, bool allowFallback = true) =>
        new Builder(pack, "doctool test").Build(new BuildRequest
        {
            ProfilePaths = [profile],
            Documents = docs ?? [],
            Languages = langs ?? [],
            OutputDirectory = outDir,
            Formats = formats,
            AllowFallback = allowFallback,
        });

    /// <summary>A copy of a sample profile with text replacements, written in a temp folder (logo copied along).</summary>
    public static string ProfileVariant(TempDir dir, string sample, params (string From, string To)[] replacements)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Samples, sample));
        foreach (var (from, to) in replacements)
        {
            Assert.True(text.Contains(from, StringComparison.Ordinal), $"`{from}` not found in {sample}");
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        var assets = Path.Combine(Repo.Samples, "assets");
        if (Directory.Exists(assets))
        {
            Directory.CreateDirectory(Path.Combine(dir.Path, "assets"));
            foreach (var f in Directory.EnumerateFiles(assets))
            {
                File.Copy(f, Path.Combine(dir.Path, "assets", Path.GetFileName(f)), overwrite: true);
            }
        }

        var path = dir.File("profile-" + Guid.NewGuid().ToString("N")[..6] + ".yaml");
        File.WriteAllText(path, text);
        return path;
    }
}
