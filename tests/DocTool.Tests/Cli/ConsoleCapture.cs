namespace DocTool.Tests.Cli;

/// <summary>Runs the CLI with captured standard output and error (tests in this collection run one at a time).</summary>
internal static class ConsoleCapture
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = DocTool.Cli.DocToolApp.Run(args);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }
}

[CollectionDefinition("console", DisableParallelization = true)]
public sealed class ConsoleTestGroup
{
}
