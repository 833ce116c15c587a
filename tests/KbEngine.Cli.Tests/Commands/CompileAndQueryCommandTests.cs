using KbEngine.Core.Tests;
using Newtonsoft.Json.Linq;

namespace KbEngine.Cli.Tests.Commands;

public sealed class CompileAndQueryCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public CompileAndQueryCommandTests()
    {
        var fixtures = Path.Combine(SharedCorpus.RepositoryRoot, "tests", "KbEngine.Core.Tests", "Fixtures");
        foreach (var id in new[] { "Q199534", "Q256350", "Q148389", "Q274833", "Q219957" })
        {
            _folder.Write($"kb/{id}.md", File.ReadAllBytes(Path.Combine(fixtures, id + ".md")));
        }
    }

    private string Content => Path.Combine(_folder.Path, "kb");

    private string KnowledgeBase => Path.Combine(_folder.Path, "kb.kbdb");

    [Fact]
    public void CompileWritesTheFileAndSaysWhatItHolds()
    {
        var run = CliRun.Of("compile", "--content", Content, "--out", KnowledgeBase);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(KnowledgeBase));
        Assert.Contains("5 articles, 0 failed", run.Output, StringComparison.Ordinal);
        Assert.Contains("decision tree: 5 leaves", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void CompileSaysWhatEachStepTookBeforeTheSummary()
    {
        var run = CliRun.Of("compile", "--content", Content, "--out", KnowledgeBase);

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var steps = lines.TakeWhile(line => !line.StartsWith(KnowledgeBase, StringComparison.Ordinal)).ToArray();
        Assert.True(steps.Length < lines.Length, "the summary comes after the steps");
        Assert.Contains(steps, line => line.Contains(" s  read, parsed, extracted, indexed and stored 5 articles, 0 failed", StringComparison.Ordinal));
        Assert.Contains(steps, line => line.Contains(" s  built the decision tree (", StringComparison.Ordinal));
        Assert.All(steps, line => Assert.Matches(@"^\s+\d+\.\d\d s  \S", line));
    }

    [Fact]
    public void CompileAgainAfterOneArticleChangedCompilesOnlyThatOneAndFullSaysWhy()
    {
        Assert.Equal(0, CliRun.Of("compile", "--content", Content, "--out", KnowledgeBase).ExitCode);
        var article = Path.Combine(Content, "Q256350.md");
        File.AppendAllText(article, "\n");

        var update = CliRun.Of("compile", "--content", Content, "--out", KnowledgeBase);
        _folder.Write("kb/Q219031.md", File.ReadAllBytes(Path.Combine(SharedCorpus.RepositoryRoot, "tests", "KbEngine.Core.Tests", "Fixtures", "Q219031.md")));
        var full = CliRun.Of("compile", "--content", Content, "--out", KnowledgeBase);

        Assert.Equal(0, update.ExitCode);
        Assert.Contains("compiled 1 changed article again (Q256350), generation 1", update.Output, StringComparison.Ordinal);
        Assert.Equal(0, full.ExitCode);
        Assert.Contains("articles were added or removed", full.Error, StringComparison.Ordinal);
        Assert.Contains("6 articles, 0 failed", full.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void QueryJsonGivesHitsWithIdTitleScoreCauseAndEvidence()
    {
        Assert.Equal(0, CliRun.Of("compile", "--content", Content, "--out", KnowledgeBase).ExitCode);

        var run = CliRun.Of("query", "--content", KnowledgeBase, "--json", "ms mail users cannot send to people in other exchange sites");

        Assert.Equal(0, run.ExitCode);
        var hit = (JObject)JObject.Parse(run.Output)["hits"]![0]!;
        Assert.Equal("Q199534", (string?)hit["id"]);
        Assert.NotNull((string?)hit["title"]);
        Assert.True((double)hit["score"]! > 0);
        Assert.StartsWith("The configuration of the MS Mail postoffice", (string?)hit["cause"], StringComparison.Ordinal);
        Assert.NotEmpty((JArray)hit["evidence"]!);
        Assert.Null(hit["verdict"]?.Value<string>());
    }

    [Fact]
    public void QueryWithATopologyShowsTheVerdict()
    {
        var topology = Path.Combine(SharedCorpus.RepositoryRoot, "content", "topologies", "contoso-coexistence.json");

        var run = CliRun.Of("query", "--content", Content, "--topology", topology, "ms mail users cannot send to people in other exchange sites");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Q199534", run.Output.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("[applies]", run.Output.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AQueryThatMatchesNothingSaysSo()
    {
        var run = CliRun.Of("query", "--content", Content, "purple elephant trombone");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("No article matches", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void InteractiveQueryAsksUntilOneArticleIsLeftAndShowsItsResolution()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var answers = new StringReader(string.Concat(Enumerable.Repeat("y\n", 10)));

        var exitCode = KbCli.Run(["query", "--content", Content, "-i", "exchange mail connector problem"], output, error, answers);

        Assert.Equal(0, exitCode);
        Assert.Contains("[y/n/?]", output.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"(?m)^Q\d+  ", output.ToString());
    }

    [Fact]
    public void AStaleKnowledgeBaseIsRefusedWithTheCommandThatRebuildsIt()
    {
        Assert.Equal(0, CliRun.Of("compile", "--content", Content, "--out", KnowledgeBase).ExitCode);
        File.AppendAllText(Path.Combine(Content, "Q199534.md"), "\n");

        var run = CliRun.Of("query", "--content", KnowledgeBase, "mail");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is stale", run.Error, StringComparison.Ordinal);
        Assert.Contains("kb compile --content", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AForeignFileIsRefused()
    {
        var notes = _folder.Write("notes.kbdb", "not a database");

        var run = CliRun.Of("show", "Q199534", "--content", notes);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not a compiled knowledge base", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportWritesVersionedJson()
    {
        var file = Path.Combine(_folder.Path, "export.json");

        var run = CliRun.Of("export", "--content", Content, "--out", file);

        Assert.Equal(0, run.ExitCode);
        var export = JObject.Parse(File.ReadAllText(file));
        Assert.Equal(1, (int)export["formatVersion"]!);
        Assert.Equal(5, ((JArray)export["records"]!).Count);
    }

    [Fact]
    public void DiagnoseReadsACompiledFile()
    {
        Assert.Equal(0, CliRun.Of("compile", "--content", Content, "--out", KnowledgeBase).ExitCode);
        var topology = Path.Combine(SharedCorpus.RepositoryRoot, "content", "topologies", "contoso-coexistence.json");

        var run = CliRun.Of("diagnose", "--content", KnowledgeBase, "--topology", topology, "--json");

        Assert.Equal(0, run.ExitCode);
        var findings = (JArray)JObject.Parse(run.Output)["findings"]!;
        Assert.Contains(findings, f => (string?)f["articleId"] == "Q199534" && (string?)f["verdict"] == "applies" && (string?)f["binding"]!["remote"] == "SITE2");
    }

    public void Dispose() => _folder.Dispose();
}
