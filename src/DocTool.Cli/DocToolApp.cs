using System.CommandLine;

namespace DocTool.Cli;

/// <summary>Wires the root command.</summary>
internal static class DocToolApp
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("DocTool: turns a YAML organisation profile into localized, ready-to-adopt Word documents.")
        {
            CommandContext.Verbose,
        };
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(BatchCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(InitCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        root.Subcommands.Add(TemplatesCommand.Create());
        root.Subcommands.Add(DiffCommand.Create());
        root.Subcommands.Add(ManifestCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        return root;
    }

    /// <summary>Parses and runs; usage errors exit 2.</summary>
    public static int Run(string[] args)
    {
        var root = CreateRoot();
        if (args.Length == 0)
        {
            // A bare `doctool` is a request for orientation, not a mistake.
            return root.Parse(["--help"]).Invoke();
        }

        // No response files: `@file` is a file name like any other, never a list of arguments read from disk
        // (`validate @/etc/passwd` printed that file's lines as diagnostics).
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var errors = StrictArguments.Check(parse);
        if (errors.Count > 0)
        {
            StrictArguments.Print(errors, Console.Error);
            Console.Error.WriteLine("Run `doctool --help` for usage.");
            return 2;
        }

        // Ctrl-C: stop at the next document instead of killing the process mid-write.
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            CommandContext.Cancellation.Cancel();
        };
        return parse.Invoke();
    }
}
