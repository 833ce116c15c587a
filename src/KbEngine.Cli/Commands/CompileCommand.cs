using System.CommandLine;

namespace KbEngine.Cli.Commands;

/// <summary><c>kb compile [--out FILE]</c>: the content into one knowledge base file that query, diagnose and show load.</summary>
internal sealed class CompileCommand : Command
{
    private readonly Option<string> _out = new("--out")
    {
        Description = $"The file to write (replaced only when the compile succeeds). Default: the content's cache file (${KnowledgeBaseCache.EnvironmentVariable}, else ~/.cache/kbengine/), which other commands then use.",
        HelpName = "FILE",
    };

    private readonly Option<bool> _strict = new("--strict") { Description = "Exit with code 1 when any article failed to parse (it is still kept, as raw text)." };

    private readonly Option<bool> _full = new("--full")
    {
        Description = "Compile everything again even when the file could be brought up to date in place (by default, when only some articles of a content folder changed, only those are compiled again).",
    };
    private readonly ContentOption _content;

    public CompileCommand(ContentOption content)
        : base("compile", "Compile the content (articles, knowledge records, search index, decision tree) into one SQLite knowledge base file, which query, diagnose and show load instead of re-reading the text.")
    {
        _content = content;
        Add(_out);
        Add(_strict);
        Add(_full);
        SetAction(Execute);
    }

    private int Execute(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        string path;
        try
        {
            path = _content.Path(parse);
            _ = Core.Ingest.ContentSources.Open(path);
        }
        catch (Exception e) when (e is ContentNotFoundException or ArgumentException)
        {
            error.WriteLine($"kb compile: {e.Message}");
            return KbCli.UsageError;
        }

        var file = parse.GetValue(_out) ?? KnowledgeBaseCache.PathFor(path);
        if (!parse.GetValue(_full) && File.Exists(file))
        {
            var update = Core.Compilation.KnowledgeBaseCompiler.Default.Update(path, file);
            if (update.Updated)
            {
                output.WriteLine($"{Path.GetFullPath(file)}: {KnowledgeBaseCache.Changed(update)}, generation {update.Generation}, in {update.Elapsed.TotalMilliseconds:N0} ms");
                return KbCli.Success;
            }

            error.WriteLine($"kb compile: {file} cannot be brought up to date in place ({update.Reason}); compiling everything");
        }

        var report = KnowledgeBaseCache.Compile(path, file, error, "kb compile");

        foreach (var failure in report.Failures)
        {
            error.WriteLine(failure);
        }

        foreach (var phase in report.Phases)
        {
            output.WriteLine($"  {phase.Elapsed.TotalSeconds,6:0.00} s  {phase.What}");
        }

        output.WriteLine($"{report.OutputFile}: {report.Articles:N0} articles, {report.Failures.Length} failed (kept as raw text), " +
            $"{report.ContentBytes / 1e6:F1} MB of content → {report.OutputBytes / 1e6:F1} MB, in {report.Elapsed.TotalSeconds:F1} s");
        output.WriteLine($"decision tree: {report.Tree.Leaves:N0} leaves, {report.Tree.Nodes:N0} nodes; questions to a leaf: " +
            $"{report.Tree.AverageQuestions:F1} on average, {report.Tree.WorstQuestions} at worst; " +
            $"in yes/no questions {report.Tree.AverageYesNo:F1} on average against the lower bound log2(leaves) = {report.Tree.LowerBound:F1}");
        return parse.GetValue(_strict) && !report.Failures.IsEmpty ? KbCli.InputFailed : KbCli.Success;
    }
}
