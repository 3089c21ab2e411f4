using DocTool.Core.Diagnostics;
using DocTool.Core.Packs;

namespace DocTool.Tests.Support;

/// <summary>A template pack written to a temporary folder for one test: loaded on demand, deleted afterwards.</summary>
internal abstract class PackFolder(string prefix) : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));

    public TemplatePack Load()
    {
        var bag = new DiagnosticBag();
        var pack = PackLoader.Load(Folder, bag);
        Assert.True(pack is not null, string.Join('\n', bag.Sorted));
        return pack!;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS temp cleaner removes what is left.
        }
    }
}
