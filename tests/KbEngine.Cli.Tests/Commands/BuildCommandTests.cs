using KbEngine.Core.Tests;

namespace KbEngine.Cli.Tests.Commands;

public sealed class BuildCommandTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TemporaryFolder _folder = new();

    public BuildCommandTests()
    {
        var fixtures = Path.Combine(SharedCorpus.RepositoryRoot, "tests", "KbEngine.Core.Tests", "Fixtures");
        foreach (var id in new[] { "Q199534", "Q256350", "Q148389" })
        {
            _folder.Write($"kb/{id}.md", File.ReadAllBytes(Path.Combine(fixtures, id + ".md")));
        }
    }

    private string Content => Path.Combine(_folder.Path, "kb");

    private string Site => Path.Combine(_folder.Path, "site");

    private static string Templates => Path.Combine(SharedCorpus.RepositoryRoot, "templates");

    [Fact]
    public async Task WatchRebuildsThePageOfAnArticleSavedWhileItRunsAndStopsWhenCancelled()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var said = TextWriter.Synchronized(output);
        using var stop = new CancellationTokenSource();
        var watching = Task.Run(() => KbCli.Run(
            ["build", "--content", Content, "--out", Site, "--templates", Templates, "--watch"], said, TextWriter.Synchronized(error), cancellationToken: stop.Token));
        await Until(() => output.ToString().Contains("watching", StringComparison.Ordinal), "the first build and the watch to start", output, error);
        var page = Path.Combine(Site, "kb", "199", "Q199534", "index.html");
        Assert.DoesNotContain("WatchedWord", File.ReadAllText(page), StringComparison.Ordinal);

        var article = Path.Combine(Content, "Q199534.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("\tAdditional query words:", "\tAdditional query words: WatchedWord", StringComparison.Ordinal));
        await Until(() => File.ReadAllText(page).Contains("WatchedWord", StringComparison.Ordinal), "the page to show the saved word", output, error);
        await stop.CancelAsync();
        var exitCode = await watching.WaitAsync(Patience);

        Assert.Equal(0, exitCode);
        var lines = output.ToString();
        Assert.Contains("Updated: 1 pages rendered, 1 files written", lines, StringComparison.Ordinal);
        Assert.Contains("with the update of the knowledge base", lines, StringComparison.Ordinal);
        Assert.EndsWith("stopped watching" + Environment.NewLine, lines, StringComparison.Ordinal);
        Assert.Contains("compiled 1 changed article again (Q199534)", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WatchRefusesContentThatIsNotAFolder()
    {
        var archive = Path.Combine(Content, "Q199534.md");

        var run = CliRun.Of("build", "--content", archive, "--out", Site, "--templates", Templates, "--watch");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--watch needs --content to be a folder of articles", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Site));
    }

    public void Dispose() => _folder.Dispose();

    private static async Task Until(Func<bool> condition, string what, StringWriter output, StringWriter error)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Patience)
            {
                Assert.Fail($"waited {Patience.TotalSeconds:0} s for {what}; kb said:\n{output}\n{error}");
            }

            await Task.Delay(50);
        }
    }
}
