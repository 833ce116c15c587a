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
        var output = new StringWriter();
        var error = new StringWriter();
        var said = TextWriter.Synchronized(output);
        var complained = TextWriter.Synchronized(error);
        using var stop = new CancellationTokenSource();
        var watching = Task.Run(() => KbCli.Run(
            ["build", "--content", Content, "--out", Site, "--templates", Templates, "--watch"], said, complained, cancellationToken: stop.Token));
        try
        {
            await Until(() => Read(said, output).Contains("watching", StringComparison.Ordinal), "the first build and the watch to start", said, output, complained, error);
            var page = Path.Combine(Site, "kb", "199", "Q199534", "index.html");
            Assert.DoesNotContain("WatchedWord", File.ReadAllText(page), StringComparison.Ordinal);

            // Saved as editors do, a new file renamed over the old: never seen half-written.
            var article = Path.Combine(Content, "Q199534.md");
            File.WriteAllText(article + ".tmp", File.ReadAllText(article).Replace("\tAdditional query words:", "\tAdditional query words: WatchedWord", StringComparison.Ordinal));
            File.Move(article + ".tmp", article, overwrite: true);
            await Until(() => File.ReadAllText(page).Contains("WatchedWord", StringComparison.Ordinal), "the page to show the saved word", said, output, complained, error);
        }
        finally
        {
            await stop.CancelAsync();
        }

        var exitCode = await watching.WaitAsync(Patience);

        Assert.Equal(0, exitCode);
        var lines = Read(said, output);
        Assert.Contains("Updated: 1 pages rendered, 1 files written", lines, StringComparison.Ordinal);
        Assert.Contains("with the update of the knowledge base", lines, StringComparison.Ordinal);
        Assert.EndsWith("stopped watching" + Environment.NewLine, lines, StringComparison.Ordinal);
        Assert.Contains("compiled 1 changed article again (Q199534)", Read(complained, error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/x/site", "/x/site/kb/199/Q199534/index.html", true)]
    [InlineData("/x/site/", "/x/site", true)]
    [InlineData("/x/site", "/x/.site.building-0123abcd/kb/index.html", true)]
    [InlineData("/x/site", "/x/.site.kb-build", true)]
    [InlineData("/x/site", "/x/.site.kb-build.journal", true)]
    [InlineData("/x/site", "/x/site.old-0123abcd/index.html", true)]
    [InlineData("/x/kb", "/x/kbarchive/Q199534.md", false)]
    [InlineData("/x/site", "/x/site.src/Q199534.md", false)]
    [InlineData("/x/site", "/x/.site/Q199534.md", false)]
    [InlineData("/x/site", "/x/sites/Q199534.md", false)]
    [InlineData("/x/content/site", "/x/content/Q199534.md", false)]
    public void WatchIgnoresWhatTheBuildItselfWritesAndNothingElse(string site, string path, bool ignored) =>
        Assert.Equal(ignored, Cli.Commands.BuildCommand.IsSiteOutput(site, path));

    [Fact]
    public void WatchRefusesContentThatIsNotAFolder()
    {
        var compiled = Path.Combine(_folder.Path, "kb.kbdb");
        Assert.Equal(0, CliRun.Of("compile", "--content", Content, "--out", compiled).ExitCode);

        var run = CliRun.Of("build", "--content", compiled, "--out", Site, "--templates", Templates, "--watch");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--watch needs --content to be a folder of articles", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Site));
    }

    public void Dispose() => _folder.Dispose();

    // The writer is synchronized on itself: reading its text under the same lock never meets a write half-done.
    private static string Read(TextWriter synchronized, StringWriter writer)
    {
        lock (synchronized)
        {
            return writer.ToString();
        }
    }

    private static async Task Until(Func<bool> condition, string what, TextWriter said, StringWriter output, TextWriter complained, StringWriter error)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Patience)
            {
                Assert.Fail($"waited {Patience.TotalSeconds:0} s for {what}; kb said:\n{Read(said, output)}\n{Read(complained, error)}");
            }

            await Task.Delay(50);
        }
    }
}
