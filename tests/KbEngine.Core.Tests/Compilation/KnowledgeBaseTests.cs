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
}
