using KbEngine.Core.Compilation;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;

namespace KbEngine.Core.Tests.Compilation;

public class KnowledgeBaseCompilerTests(CompiledFixtures compiled) : IClassFixture<CompiledFixtures>
{
    [Fact]
    public void CompileKeepsEveryFixtureArticle()
    {
        var expected = FixtureArticles.All().Where(n => !n.Contains(".seed", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Count, compiled.Report.Articles);
        Assert.Empty(compiled.Report.Failures);
        Assert.Equal<string>(expected.Order(StringComparer.Ordinal), compiled.KnowledgeBase.ArticleIds().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Q199534")]
    [InlineData("Q256350")]
    [InlineData("Q274833")]
    [InlineData("Q219957")]
    public void LoadedArticleAndRecordEqualWhatThePipelineReads(string id)
    {
        var path = Path.Combine(compiled.Content, id + ".md");
        var read = KbPipeline.Default.Read(new KbEngine.Core.Ingest.SourceDocument(path, File.ReadAllBytes(path)), extract: true, compiled.KnowledgeBase.ArticleIds().ToHashSet());

        Assert.Equal(Json(read.Article), Json(compiled.KnowledgeBase.FindArticle(id)));
        Assert.Equal(Json(read.Knowledge), Json(compiled.KnowledgeBase.FindKnowledge(id)));
    }

    [Fact]
    public void RawTextIsTheArticleFile()
    {
        Assert.Equal(File.ReadAllText(FixtureArticles.PathOf("Q199534")), compiled.KnowledgeBase.RawText("Q199534"));
        Assert.Null(compiled.KnowledgeBase.RawText("Q1"));
    }

    [Fact]
    public void CompileRecordsTheContentAndIsCurrentUntilItChanges()
    {
        using var folder = new TemporaryFolder();
        var article = folder.Write("kb/Q256350.md", File.ReadAllBytes(FixtureArticles.PathOf("Q256350")));
        var file = Path.Combine(folder.Path, "kb.kbdb");
        KnowledgeBaseCompiler.Default.Compile(Path.Combine(folder.Path, "kb"), file);

        using (var knowledgeBase = KnowledgeBase.Open(file))
        {
            Assert.True(knowledgeBase.IsCurrentFor(Path.Combine(folder.Path, "kb")));
            Assert.Equal(64, knowledgeBase.ContentHash.Length);
            Assert.Equal(EngineBuild.Id, knowledgeBase.EngineBuild);
        }

        File.AppendAllText(article, "\n");
        using var stale = KnowledgeBase.Open(file);
        Assert.False(stale.IsCurrentFor(Path.Combine(folder.Path, "kb")));
    }

    [Fact]
    public void BrokenAndDuplicateArticlesAreReportedAndKeptAsRawText()
    {
        using var folder = new TemporaryFolder();
        folder.Write("kb/Q256350.md", File.ReadAllBytes(FixtureArticles.PathOf("Q256350")));
        folder.Write("kb/copy/Q256350.md", File.ReadAllBytes(FixtureArticles.PathOf("Q256350")));
        folder.Write("kb/Q123456.md", "no front matter here\n");
        var file = Path.Combine(folder.Path, "kb.kbdb");

        var report = KnowledgeBaseCompiler.Default.Compile(Path.Combine(folder.Path, "kb"), file);

        Assert.Equal(1, report.Articles);
        Assert.Equal(2, report.Failures.Length);
        Assert.Contains(report.Failures, d => d.Path.EndsWith("Q123456.md", StringComparison.Ordinal));
        Assert.Contains(report.Failures, d => d.Message.Contains("duplicate article id Q256350", StringComparison.Ordinal));
        using var knowledgeBase = KnowledgeBase.Open(file);
        Assert.Equal("no front matter here\n", knowledgeBase.RawText("Q123456"));
        Assert.Equal(2, knowledgeBase.Failures().Count());
    }

    [Fact]
    public void AnArticleThatDidNotParseStillCountsAsInTheContentForThoseThatCiteIt()
    {
        // Q199534 cites Q148389; here Q148389's file does not parse, but its page (the raw text) exists.
        using var folder = new TemporaryFolder();
        folder.Write("kb/Q199534.md", File.ReadAllBytes(FixtureArticles.PathOf("Q199534")));
        folder.Write("kb/Q148389.md", "no front matter here\n");
        var file = Path.Combine(folder.Path, "kb.kbdb");
        KnowledgeBaseCompiler.Default.Compile(Path.Combine(folder.Path, "kb"), file);
        using var knowledgeBase = KnowledgeBase.Open(file);

        var cited = Assert.Single(knowledgeBase.FindKnowledge("Q199534")!.References, r => r.Id == "Q148389");

        Assert.Equal("Q148389", Assert.Single(knowledgeBase.Failures()).Id);
        Assert.Equal(true, cited.Exists);
    }

    [Fact]
    public void FailedCompileLeavesTheOldFileInPlace()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("kb.kbdb", File.ReadAllBytes(compiled.KnowledgeBaseFile));

        Assert.ThrowsAny<Exception>(() => KnowledgeBaseCompiler.Default.Compile(Path.Combine(folder.Path, "missing"), file));

        using var knowledgeBase = KnowledgeBase.Open(file);
        Assert.Equal(compiled.Report.Articles, knowledgeBase.ArticleCount);
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void OpenRefusesAFileThatIsNotAKnowledgeBase()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("notes.kbdb", "just some text");

        var error = Assert.Throws<KnowledgeBaseException>(() => KnowledgeBase.Open(file));

        Assert.Contains("not a compiled knowledge base", error.Message, StringComparison.Ordinal);
        Assert.Contains("kb compile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenRefusesAnotherFormatVersion()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("old.kbdb", File.ReadAllBytes(compiled.KnowledgeBaseFile));
        using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE meta SET value = '0' WHERE key = 'formatVersion'";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var error = Assert.Throws<KnowledgeBaseException>(() => KnowledgeBase.Open(file));

        Assert.Contains("format 0", error.Message, StringComparison.Ordinal);
        Assert.Contains($"format {KnowledgeBaseFormat.Version}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyRecordsWithBoundConditionsOrFixLevelsAreEvaluable()
    {
        var evaluable = compiled.KnowledgeBase.EvaluableRecords().Select(r => r.ArticleId).ToList();

        Assert.Contains("Q199534", evaluable); // bound conditions
        Assert.Contains("Q256350", evaluable); // fixed in 5.5 SP4
        Assert.All(evaluable, id => Assert.True(KbEngine.Core.Evaluation.ArticleEvaluator.CanFind(compiled.KnowledgeBase.FindKnowledge(id)!)));
        Assert.True(evaluable.Count < compiled.Report.Articles);
    }

    private static string Json(object? value) => JsonConvert.SerializeObject(value);
}
