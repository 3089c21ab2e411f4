using System.CommandLine;
using System.Text;
using DocTool.Core.IO;
using DocTool.Core.Profiles;
using DocTool.Core.Profiles.Validation;

namespace DocTool.Cli;

/// <summary>
/// <c>doctool init [--name NAME] [--lang CODE]... [--kind KIND] [--out FILE] [--force]</c>: writes a
/// complete, commented starter profile that validates as written, and the schema beside it so an
/// editor with the YAML extension completes and checks fields while typing.
/// </summary>
internal static class InitCommand
{
    public const string SchemaFileName = "profile-v1.schema.json";

    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "The organisation's name.", DefaultValueFactory = _ => "Our Organisation" };
        var langs = new Option<string[]>("--lang") { Description = "A language to generate (repeatable; the first is the primary language).", AllowMultipleArgumentsPerToken = false };
        var kind = new Option<string>("--kind") { Description = "regional_network, national_network or organisation.", DefaultValueFactory = _ => "organisation" };
        kind.AcceptOnlyFromAmong([.. StarterProfile.Kinds]);
        var output = new Option<string>("--out") { Description = "The profile file to write.", DefaultValueFactory = _ => "profile.yaml" };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing file." };
        var command = new Command("init", "Write a complete, commented starter profile.") { name, langs, kind, output, force };
        command.SetAction(parse => CommandContext.Guard(parse, () =>
        {
            var path = parse.GetValue(output)!;
            if (File.Exists(path) && !parse.GetValue(force))
            {
                Console.Error.WriteLine($"{path}: error DT0002: the file already exists; choose another --out or add --force to overwrite it");
                return 2;
            }

            var pack = CommandContext.LoadPack(null, Console.Error);
            var languages = LanguageArgs.Normalize(parse.GetValue(langs)) is { Length: > 0 } l ? l : ["en"];
            if (pack is not null)
            {
                foreach (var lang in languages.Where(x => !pack.Languages.Contains(x)))
                {
                    Console.Error.WriteLine($"doctool: error DT0303: the bundled template pack has no language `{lang}`; it has {string.Join(", ", pack.Languages)}");
                    return 2;
                }
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            var schemaPath = Path.Combine(folder, SchemaFileName);
            var text = StarterProfile.Create(parse.GetValue(name)!, languages, parse.GetValue(kind)!, "./" + SchemaFileName);
            AtomicFile.Write(path, Encoding.UTF8.GetBytes(text));
            if (!File.Exists(schemaPath) || parse.GetValue(force))
            {
                AtomicFile.Write(schemaPath, Encoding.UTF8.GetBytes(ProfileValidator.SchemaJson));
                Console.Out.WriteLine($"wrote {schemaPath}");
            }

            Console.Out.WriteLine($"wrote {path}");
            Console.Out.WriteLine($"next: edit it, then run `doctool validate {path}` and `doctool build {path}`");
            return 0;
        }));
        return command;
    }
}
