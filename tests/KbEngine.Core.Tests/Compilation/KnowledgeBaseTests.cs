namespace KbEngine.Core.Tests.Compilation;

public class KnowledgeBaseTests(CompiledFixtures compiled) : IClassFixture<CompiledFixtures>
{
    [Fact]
    public void ListedSummariesAreTheSummariesOfThoseIdsInContentOrderWithoutCauseOrErrors()
    {
        var all = compiled.KnowledgeBase.Summaries().ToList();
        var wanted = new[] { all[^1].Id, all[0].Id, "Q1", all[all.Count / 2].Id };

        var listed = compiled.KnowledgeBase.ListedSummaries(wanted);

        var expected = all.Where(s => wanted.Contains(s.Id)).ToList();
        Assert.Equal(expected.Select(s => (s.Document, s.Id, s.Title, string.Join(' ', s.Products), s.Area, s.IssueType)),
            listed.Select(s => (s.Document, s.Id, s.Title, string.Join(' ', s.Products), s.Area, s.IssueType)));
        Assert.Contains(expected, s => s.Cause is not null);
        Assert.All(listed, s => Assert.Null(s.Cause));
        Assert.All(listed, s => Assert.Empty(s.ErrorMessages));
        Assert.Empty(compiled.KnowledgeBase.ListedSummaries([]));
    }

    [Fact]
    public void ARecordSaysWhetherEachCitedArticleIsInTheContent()
    {
        // Q199534 cites Q148389, a fixture; Q274833 lists 180 fixes, a few of them fixtures.
        using var knowledgeBase = KbEngine.Core.Compilation.KnowledgeBase.Open(compiled.KnowledgeBaseFile);
        var ids = knowledgeBase.ArticleIds().ToHashSet(StringComparer.Ordinal);

        Assert.Equal(true, Assert.Single(knowledgeBase.FindKnowledge("Q199534")!.References, r => r.Id == "Q148389").Exists);
        // Read twice: past the first few hundred lookups the knowledge base answers from every id in memory, and must agree.
        var first = knowledgeBase.FindKnowledge("Q274833")!.References;
        var second = knowledgeBase.FindKnowledge("Q274833")!.References;
        Assert.True(first.Length > 128, $"Q274833 cites {first.Length} articles");
        Assert.Contains(first, r => r.Exists == false);
        Assert.Equal(first.Select(r => (bool?)ids.Contains(r.Id)), first.Select(r => r.Exists));
        Assert.Equal(first.Select(r => r.Exists), second.Select(r => r.Exists));
    }
}
