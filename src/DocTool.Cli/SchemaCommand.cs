using System.CommandLine;
using DocTool.Core.IO;
using DocTool.Core.Profiles.Validation;

namespace DocTool.Cli;

/// <summary><c>doctool schema [--out FILE]</c>: prints (or writes) the JSON Schema of profile format v1.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--out") { Description = "Write the schema to this file instead of printing it." };
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };
        var command = new Command("schema", "Print the JSON Schema (2020-12) of the profile format, for editors and CI.") { output, force };
        command.SetAction(parse => CommandContext.Guard(parse, () =>
        {
            var path = parse.GetValue(output);
            if (path is null)
            {
                Console.Out.Write(ProfileValidator.SchemaJson);
                return 0;
            }

            if (!CommandContext.CheckOutputFile(path))
            {
                return 1;
            }

            if (File.Exists(path) && !parse.GetValue(force))
            {
                Console.Error.WriteLine($"{path}: error DT0002: the file exists; add --force to overwrite it");
                return 2;
            }

            AtomicFile.Write(path, System.Text.Encoding.UTF8.GetBytes(ProfileValidator.SchemaJson));
            Console.Out.WriteLine($"wrote {path}");
            return 0;
        }));
        return command;
    }
}
