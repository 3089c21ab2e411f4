using System.CommandLine;
using System.Text;
using DocTool.Core.IO;
using DocTool.Core.Profiles;
using DocTool.Core.Profiles.Validation;

namespace DocTool.Cli;

/// <summary>
/// <c>doctool init [--name NAME] [--short-name NAME] [--lang CODE]... [--kind KIND] [--country CC] [--currency CODE] [--out FILE] [--force]</c>: writes a
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
        var shortName = new Option<string?>("--short-name") { Description = "The short name or acronym (default: the initials of --name, transliterated to Latin letters)." };
        var country = new Option<string>("--country") { Description = "ISO 3166-1 code of the country of registration (default: KE).", DefaultValueFactory = _ => "KE" };
        var currency = new Option<string?>("--currency") { Description = "The functional currency: an ISO 4217 code or a common name such as CFA, euro or shilling (default: the country's currency)." };
        var from = new Option<string?>("--from") { Description = "A members spreadsheet (.csv or .xlsx): write one profile per row into the --out folder." };
        var template = new Option<string?>("--template") { Description = "With --from: the base profile every row starts from (default: the starter profile)." };
        var command = new Command("init", "Write a complete, commented starter profile, or one profile per row of a members spreadsheet.") { name, langs, kind, output, force, shortName, country, currency, from, template };
        command.SetAction(parse => CommandContext.Guard(parse, () =>
        {
            if (parse.GetValue(from) is { } sheet)
            {
                var outGiven = parse.GetResult(output) is { Implicit: false };
                return InitFromSpreadsheet.Run(sheet, parse.GetValue(template), outGiven ? parse.GetValue(output) : null, parse.GetValue(force));
            }

            if (parse.GetValue(template) is not null)
            {
                Console.Error.WriteLine("--template: error DT0002: --template goes with --from (the base profile of the spreadsheet's rows)");
                return 2;
            }

            var path = parse.GetValue(output)!;
            if (File.Exists(path) && !parse.GetValue(force))
            {
                Console.Error.WriteLine($"{path}: error DT0002: the file already exists; choose another --out or add --force to overwrite it");
                return 2;
            }

            if (!CommandContext.CheckOutputFile(path))
            {
                return 1;
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

            // A name is one line of text: a newline or another control character would write YAML of its own.
            foreach (var (option, value) in new[] { ("--name", parse.GetValue(name)), ("--short-name", parse.GetValue(shortName)) })
            {
                if (value is not null && value.Any(char.IsControl))
                {
                    Console.Error.WriteLine($"{option}: error DT0002: the name must be one line of text, without line breaks or control characters");
                    return 2;
                }
            }

            if (Choose(parse.GetValue(name)!, parse.GetValue(shortName), parse.GetValue(country)!, parse.GetValue(currency)) is not { } chosen)
            {
                return 2;
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            var schemaPath = Path.Combine(folder, SchemaFileName);
            var text = StarterProfile.Create(new StarterOptions
            {
                Name = parse.GetValue(name)!,
                Languages = languages,
                Kind = parse.GetValue(kind)!,
                SchemaPath = "./" + SchemaFileName,
                ShortName = chosen.ShortName,
                Country = chosen.Country,
                Currency = chosen.Currency,
            });
            AtomicFile.Write(path, Encoding.UTF8.GetBytes(text));
            if (!File.Exists(schemaPath) || parse.GetValue(force))
            {
                AtomicFile.Write(schemaPath, Encoding.UTF8.GetBytes(ProfileValidator.SchemaJson));
                Console.Out.WriteLine($"wrote {schemaPath}");
            }

            Console.Out.WriteLine($"wrote {path}");
            if (languages.Any(l => l != "en"))
            {
                Console.Out.WriteLine($"the texts in {string.Join(", ", languages.Where(l => l != "en"))} hold TODO placeholders: `doctool validate` lists them");
            }

            Console.Out.WriteLine($"next: edit it, then run `doctool validate {path}` and `doctool build {path}`");
            return 0;
        }));
        return command;
    }

    /// <summary>The short name, country and currency, or null after printing why they cannot be chosen.</summary>
    private static (string ShortName, string Country, string Currency)? Choose(string name, string? shortName, string countryText, string? currencyText)
    {
        var ok = true;
        var chosenShort = string.IsNullOrWhiteSpace(shortName) ? StarterChoices.ShortName(name) : shortName.Trim();
        if (chosenShort is null)
        {
            Console.Error.WriteLine($"--name: error DT0002: `{name}` has no letters DocTool can write in Latin for the short name (used in file names and headers); pass --short-name, for example --short-name APNSW");
            ok = false;
        }

        var country = StarterChoices.Country(countryText, out var countryProblem);
        if (country is null)
        {
            Console.Error.WriteLine($"--country: error DT0307: {countryProblem}");
            ok = false;
        }

        var currency = StarterChoices.Currency(currencyText, country, out var currencyProblem) ?? (currencyText is null && currencyProblem is null ? "USD" : null);
        if (currency is null)
        {
            Console.Error.WriteLine($"--currency: error DT0308: {currencyProblem}");
            ok = false;
        }

        return ok ? (chosenShort!, country!, currency!) : null;
    }
}
