using DocTool.Core.IO;
using DocTool.Tests.Support;

namespace DocTool.Tests.IO;

public class AtomicFileTests
{
    [Fact]
    public void Should_create_missing_folders_when_many_writers_race_for_them()
    {
        using var dir = new TempDir();
        // Four writers at a time start on each new folder, so their first writes collide.
        var paths = Enumerable.Range(0, 800).Select(i => dir.File($"org{i / 4}/en/doc{i % 4}.docx")).ToArray();
        using var start = new Barrier(4);
        var errors = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        var writers = Enumerable.Range(0, 4).Select(k => new Thread(() =>
        {
            for (var i = k; i < paths.Length; i += 4)
            {
                start.SignalAndWait();
                try
                {
                    AtomicFile.Write(paths[i], BitConverter.GetBytes((long)i), durable: false);
                }
                catch (IOException e)
                {
                    errors.Add(e);
                }
            }
        })).ToList();
        writers.ForEach(t => t.Start());
        writers.ForEach(t => t.Join());

        Assert.Empty(errors);
        for (var i = 0; i < paths.Length; i++)
        {
            Assert.Equal(BitConverter.GetBytes((long)i), File.ReadAllBytes(paths[i]));
        }

        Assert.Empty(Directory.EnumerateFiles(dir.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Should_replace_an_existing_file_and_leave_no_temporary_file()
    {
        using var dir = new TempDir();
        var path = dir.File("a/b.txt");
        AtomicFile.Write(path, "old"u8);
        AtomicFile.Write(path, "new"u8);

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["b.txt"], Directory.EnumerateFileSystemEntries(dir.File("a")).Select(Path.GetFileName));
    }

    [Fact]
    public void Should_fail_without_touching_anything_when_a_file_stands_where_the_folder_should_be()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("blocked"), "a file");

        Assert.ThrowsAny<IOException>(() => AtomicFile.Write(dir.File("blocked/doc.docx"), "x"u8));
        Assert.Equal("a file", File.ReadAllText(dir.File("blocked")));
    }
}
