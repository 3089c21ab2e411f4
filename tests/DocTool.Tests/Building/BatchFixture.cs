using DocTool.Core.Building;
using DocTool.Core.Packs;
using DocTool.Tests.Support;

namespace DocTool.Tests.Building;

/// <summary>A small pack and profiles made from the scswa sample, for the batch tests.</summary>
internal sealed class BatchFixture : IDisposable
{
    /// <summary>Reads the organisation's name and founding year: a profile without `founded` fails to render.</summary>
    public const string Template = "# Intro {#intro}\n\n{{ org.name }}: {{ doc.title }}, founded in {{ org.founded }}.\n";

    private readonly TestPack _pack = new(Template);

    public BatchFixture() => Pack = _pack.Load();

    public TempDir Dir { get; } = new();

    public TemplatePack Pack { get; }

    public string Out => Dir.File("out");

    /// <summary>A valid profile with its own organisation folder.</summary>
    public string Good(string shortName) => Harness.ProfileVariant(Dir, "scswa.yaml", ("short_name: SCSWA", "short_name: " + shortName));

    /// <summary>A profile whose YAML cannot be read: a tab indents line 3.</summary>
    public string BrokenYaml(string name = "broken.yaml")
    {
        var path = Dir.File(name);
        File.WriteAllText(path, "profile_version: 1\norg:\n\tname: x\n");
        return path;
    }

    /// <summary>A profile the template cannot render (no `org.founded`).</summary>
    public string Unrenderable(string shortName) =>
        Harness.ProfileVariant(Dir, "scswa.yaml", ("short_name: SCSWA", "short_name: " + shortName), ("  founded: 2011\n", string.Empty));

    public BatchOutcome Run(IReadOnlyList<string> inputs, ShardSpec? shard = null, bool incremental = false, OutputFormat formats = OutputFormat.Docx, IReadOnlyList<string>? langs = null, string? output = null) =>
        new BatchRunner(Pack, "doctool test").Run(new BatchRequest
        {
            Inputs = inputs,
            Languages = langs ?? ["en"],
            OutputDirectory = output ?? Out,
            Formats = formats,
            Jobs = 3,
            Shard = shard,
            Incremental = incremental,
            AllowFallback = true,
        });

    public void Dispose()
    {
        _pack.Dispose();
        Dir.Dispose();
    }
}
