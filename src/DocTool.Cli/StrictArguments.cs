using System.CommandLine;
using System.CommandLine.Parsing;
using DocTool.Core.Diagnostics;
using DocTool.Core.Text;

namespace DocTool.Cli;

/// <summary>
/// What System.CommandLine lets through but a user means as a mistake: an unknown option taken as a
/// file name (<c>--langs fr</c>) and an unknown command (<c>doctool biuld</c>). Each becomes a usage
/// error with the nearest real name.
/// </summary>
internal static class StrictArguments
{
    /// <summary>The usage errors of a parse, with suggestions; empty when there are none.</summary>
    public static List<string> Check(ParseResult parse)
    {
        var errors = new List<string>();
        var command = parse.CommandResult.Command;
        var unknownCommand = parse.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith('-'));
        if (command.Subcommands.Count > 0 && unknownCommand is not null)
        {
            var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
            var hint = Similar.Closest(unknownCommand, names) is { } near ? $"; did you mean `{near}`?" : $"; the commands are {string.Join(", ", names)}";
            var parent = command is RootCommand ? "doctool" : $"doctool {command.Name}";
            errors.Add($"`{unknownCommand}` is not a command of `{parent}`{hint}");
            return errors;
        }

        var options = OptionNames(parse.CommandResult).ToList();
        // After `--`, everything is a file name, even `-odd.yaml`.
        var literal = parse.Tokens.SkipWhile(t => t.Type != TokenType.DoubleDash).Skip(1).Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
        var arguments = parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value);
        foreach (var token in parse.UnmatchedTokens.Concat(arguments).Where(t => LooksLikeOption(t) && !literal.Contains(t)).Distinct(StringComparer.Ordinal))
        {
            var name = token.Split('=', 2)[0];
            var hint = Similar.Closest(name, options) is { } near ? $"; did you mean `{near}`?" : string.Empty;
            errors.Add($"unknown option `{name}` for `{CommandPath(parse.CommandResult)}`{hint} (run `{CommandPath(parse.CommandResult)} --help` for the options; a file name that starts with `-` is written `./{token}`)");
        }

        if (errors.Count == 0)
        {
            errors.AddRange(parse.Errors.Select(e => e.Message));
        }

        return errors;
    }

    private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-' && !char.IsDigit(token[1]);

    private static IEnumerable<string> OptionNames(CommandResult result)
    {
        for (SymbolResult? r = result; r is CommandResult c; r = c.Parent)
        {
            foreach (var option in c.Command.Options.Where(o => r == result || o.Recursive))
            {
                yield return option.Name;
                foreach (var alias in option.Aliases)
                {
                    yield return alias;
                }
            }
        }
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is CommandResult c; r = c.Parent)
        {
            names.Insert(0, c.Command is RootCommand ? "doctool" : c.Command.Name);
        }

        return string.Join(' ', names);
    }

    /// <summary>Prints usage errors in the diagnostic shape.</summary>
    public static void Print(IEnumerable<string> errors, TextWriter writer)
    {
        foreach (var error in errors)
        {
            writer.WriteLine($"doctool: error {Codes.Usage}: {error}");
        }
    }
}
