using System.CommandLine;
using DocTool.Core.Building;
using DocTool.Core.Diagnostics;

namespace DocTool.Cli;

/// <summary><c>doctool manifest merge DIR... [--out DIR]</c>: one manifest for the output of several shards.</summary>
internal static class ManifestCommand
{
    public static Command Create()
    {
        var folders = new Argument<string[]>("DIR") { Description = "Output folders of batch or build (each shard's), or one folder the shards were downloaded into.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out") { Description = "The merged folder (default: the first DIR); files listed by the other folders are copied into it." };
        var merge = new Command("merge", "Merge the manifests (manifest.json and manifest.shard-K-of-N.json) of shard outputs into one manifest.json listing every file.")
        {
            folders, output,
        };
        merge.SetAction(parse => CommandContext.Guard(parse, () =>
        {
            var dirs = parse.GetValue(folders)!;
            var target = parse.GetValue(output) ?? dirs[0];
            var bag = new DiagnosticBag();
            if (!OutputFolder.Check(target, bag))
            {
                DiagnosticPrinter.Print(bag.Sorted, Console.Error, showSource: false);
                return 1;
            }

            var outcome = ManifestMerger.Merge(dirs, target, bag);
            DiagnosticPrinter.Print(bag.Sorted, Console.Error, showSource: false);
            if (outcome is null)
            {
                Console.Error.WriteLine("doctool: nothing was written");
                return bag.Sorted.Any(d => d.Code == Codes.OutputFailed) ? 1 : 2;
            }

            Console.Out.WriteLine($"wrote {Path.Combine(target, Manifest.FileName)} ({outcome.Files} file(s) from {outcome.Manifests} manifest(s){(outcome.Copied > 0 ? $"; copied {outcome.Copied} file(s) into {target}" : string.Empty)})");
            return 0;
        }));
        return new Command("manifest", "Tools for build output folders.") { merge };
    }
}
