using System.CommandLine;
using KbEngine.Cli.Commands;

namespace KbEngine.Cli;

/// <summary>The <c>kb</c> command line: its commands, shared options and exit codes.</summary>
internal static class KbCli
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The command ran, and some input failed (with <c>--strict</c>).</summary>
    public const int InputFailed = 1;

    /// <summary>The command could not run: bad usage, unknown article, missing content.</summary>
    public const int UsageError = 2;

    public static RootCommand CreateRootCommand(TextReader? input = null)
    {
        var content = new ContentOption();
        var root = new RootCommand(
            "KbEngine: turns the Microsoft KnowledgeBase archive into troubleshooting knowledge.\n" +
            "Articles are read from --content (a folder of articles at any depth, or the archive .tar.gz " +
            "read as a stream); without it, from the embedded default corpus in content/kb/.")
        {
            content,
            new ShowCommand(content),
            new StatsCommand(content),
            new ValidateCommand(),
            new SchemaCommand(),
            new DiagnoseCommand(content),
            new CompileCommand(content),
            new QueryCommand(content, input ?? Console.In),
            new ExportCommand(content),
            new BuildCommand(content),
        };
        return root;
    }

    /// <summary>Runs the command line <paramref name="args"/>; <paramref name="cancellationToken"/> stops a long command as Ctrl+C does.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader? input = null, CancellationToken cancellationToken = default)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var result = CreateRootCommand(input).Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var parseError in result.Errors)
            {
                error.WriteLine($"kb: {parseError.Message}");
            }

            error.WriteLine("Run 'kb --help' for usage.");
            return UsageError;
        }

        return result.InvokeAsync(configuration, cancellationToken).GetAwaiter().GetResult();
    }
}
