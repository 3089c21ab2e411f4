using DocTool.Core.Building;
using DocTool.Core.Diagnostics;
using DocTool.Core.Packs;
using DocTool.Tests.Support;

namespace DocTool.Tests.Building;

public class BatchInputsTests
{
    [Fact]
    public void Should_find_yaml_files_in_folders_recursively_in_ordinal_order()
    {
        using var dir = new TempDir();
        var files = new[] { "b.yaml", "A.yml", "sub/c.yaml", "sub/deeper/d.YAML", "notes.txt", "sub/e.json" };
        foreach (var file in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(dir.File(file))!);
            File.WriteAllText(dir.File(file), "x: 1\n");
        }

        var bag = new DiagnosticBag();
        var found = BatchInputs.Expand([dir.Path], bag);

        Assert.False(bag.HasErrors);
        Assert.Equal(["A.yml", "b.yaml", "sub/c.yaml", "sub/deeper/d.YAML"], found.Select(p => Path.GetRelativePath(dir.Path, p).Replace('\\', '/')));
        Assert.Equal(found.Select(PackLoader.Display).Order(StringComparer.Ordinal), found.Select(PackLoader.Display));
    }

    [Fact]
    public void Should_expand_patterns_and_drop_duplicates()
    {
        using var dir = new TempDir();
        foreach (var file in new[] { "p/one.yaml", "p/two.yaml", "p/x/three.yaml", "p/x/three.yml" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(dir.File(file))!);
            File.WriteAllText(dir.File(file), "x: 1\n");
        }

        var bag = new DiagnosticBag();
        var top = BatchInputs.Expand([dir.Path + "/p/*.yaml"], bag);
        var deep = BatchInputs.Expand([dir.Path + "/p/**/*.yaml", dir.File("p/one.yaml")], bag);
        var single = BatchInputs.Expand([dir.Path + "/p/t?o.yaml"], bag);

        Assert.False(bag.HasErrors);
        Assert.Equal(["one.yaml", "two.yaml"], top.Select(Path.GetFileName));
        Assert.Equal(3, deep.Count);
        Assert.Equal("two.yaml", Path.GetFileName(Assert.Single(single)));
    }

    [Fact]
    public void Should_report_each_input_that_finds_nothing()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("empty"));
        var bag = new DiagnosticBag();

        var found = BatchInputs.Expand([dir.File("missing.yaml"), dir.File("empty"), dir.Path + "/*.yaml"], bag);

        Assert.Empty(found);
        Assert.Equal(3, bag.Sorted.Count(d => d.Code == Codes.Usage));
    }

    [Fact]
    public void Should_not_follow_folder_links_or_enter_dot_folders()
    {
        using var dir = new TempDir();
        foreach (var file in new[] { "members/a.yaml", ".github/workflows/docs.yml", "members/.drafts/b.yaml" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(dir.File(file))!);
            File.WriteAllText(dir.File(file), "x: 1\n");
        }

        // A link back up the tree would otherwise find members/a.yaml again at every depth.
        Directory.CreateSymbolicLink(dir.File("members/up"), "..");
        var bag = new DiagnosticBag();

        var found = BatchInputs.Expand([dir.Path], bag);
        var pattern = BatchInputs.Expand([dir.Path + "/**/*.yaml"], bag);

        Assert.False(bag.HasErrors);
        Assert.Equal("members/a.yaml", Path.GetRelativePath(dir.Path, Assert.Single(found)).Replace('\\', '/'));
        Assert.Equal(found, pattern);
    }
}
