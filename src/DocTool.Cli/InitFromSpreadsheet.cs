using System.Text;
using DocTool.Core.Building;
using DocTool.Core.Building.Import;
using DocTool.Core.Diagnostics;
using DocTool.Core.IO;
using DocTool.Core.Profiles;
using DocTool.Core.Profiles.Validation;
using DocTool.Core.Templating;

namespace DocTool.Cli;

/// <summary>
/// <c>doctool init --from members.csv|members.xlsx [--template base.yaml] [--out DIR] [--force]</c>: one
/// profile per spreadsheet row in DIR (default: a folder named after the spreadsheet), each validated;
/// a row with a problem is reported at its cell and gets no profile.
/// </summary>
internal static class InitFromSpreadsheet
{
    public static int Run(string sheetPath, string? templatePath, string? outFolder, bool force)
    {
        var pack = CommandContext.LoadPack(null, Console.Error);
        if (pack is null)
        {
            return 2;
        }

        var bag = new DiagnosticBag();
        var sheet = SpreadsheetReader.Read(sheetPath, Path.GetFileName(sheetPath), bag);
        string baseText;
        string baseFolder;
        if (templatePath is not null)
        {
            if (!File.Exists(templatePath))
            {
                Console.Error.WriteLine($"{templatePath}: error DT0100: the base profile was not found; --template names a profile whose values every row starts from");
                return 2;
            }

            baseText = File.ReadAllText(templatePath, Encoding.UTF8);
            baseFolder = Path.GetDirectoryName(Path.GetFullPath(templatePath))!;
            if (ProfileLoader.Load(templatePath, pack, bag) is null)
            {
                DiagnosticPrinter.Print(bag.Sorted, Console.Error, CommandContext.StdErrIsTerminal);
                Console.Error.WriteLine($"{templatePath}: the base profile must validate before rows are added to it");
                return 2;
            }
        }
        else
        {
            baseText = StarterProfile.Create(new StarterOptions { Name = "Our Organisation", Languages = ["en"], Kind = "organisation", SchemaPath = "./" + InitCommand.SchemaFileName, Country = "KE", Currency = "KES" });
            baseFolder = Directory.GetCurrentDirectory();
        }

        if (sheet is null)
        {
            DiagnosticPrinter.Print(bag.Sorted, Console.Error, showSource: false);
            return 2;
        }

        var folder = outFolder ?? Path.GetFileNameWithoutExtension(sheetPath);
        if (File.Exists(folder))
        {
            Console.Error.WriteLine($"{folder}: error DT0500: --out names a file; with --from it is the folder the profiles are written to");
            return 1;
        }

        var renderer = new DocumentRenderer(new TemplateEngine(pack));
        var profiles = new MemberProfiles(renderer).Make(sheet, Path.GetDirectoryName(Path.GetFullPath(sheetPath))!, baseText, baseFolder, folder, bag);
        DiagnosticPrinter.Print(bag.Sorted, Console.Error, showSource: false);
        var existing = profiles.Where(p => File.Exists(Path.Combine(folder, p.FileName))).ToList();
        if (existing.Count > 0 && !force)
        {
            Console.Error.WriteLine($"{Path.Combine(folder, existing[0].FileName)}: error DT0002: the file already exists ({existing.Count} of the profiles do); add --force to overwrite them");
            return 2;
        }

        Directory.CreateDirectory(folder);
        foreach (var profile in profiles)
        {
            AtomicFile.Write(Path.Combine(folder, profile.FileName), Encoding.UTF8.GetBytes(profile.Text));
        }

        AtomicFile.Write(Path.Combine(folder, InitCommand.SchemaFileName), Encoding.UTF8.GetBytes(ProfileValidator.SchemaJson));
        var skipped = sheet.Rows.Count - profiles.Count;
        Console.Out.WriteLine($"wrote {profiles.Count} profile(s) to {folder}{(skipped > 0 ? $"; {skipped} row(s) skipped (see the errors above)" : string.Empty)}");
        if (profiles.Count > 0)
        {
            Console.Out.WriteLine($"next: `doctool batch {folder} --out out`");
        }

        return bag.HasErrors ? 2 : 0;
    }
}
