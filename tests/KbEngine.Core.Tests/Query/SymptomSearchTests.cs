using KbEngine.Core.Evaluation;
using KbEngine.Core.Extraction;
using KbEngine.Core.Query;
using KbEngine.Core.Tests.Compilation;

namespace KbEngine.Core.Tests.Query;

public class SymptomSearchTests(CompiledFixtures compiled) : IClassFixture<CompiledFixtures>
{
    private SymptomSearch Search => new(compiled.KnowledgeBase, TextAnalyzer.Default, KnowledgeData.Embedded.Catalog);

    [Fact]
    public void AUsersDescriptionFindsTheArticle()
    {
        var result = Search.Search("our ms mail people can't get mail through to users in the other exchange sites");

        Assert.Equal("Q199534", result.Hits[0].Id);
        Assert.Contains(result.Hits[0].Evidence, e => e.StartsWith("title:", StringComparison.Ordinal));
        Assert.Equal("The configuration of the MS Mail postoffice for the different Exchange Server sites is not complete.", result.Hits[0].Cause);
    }

    [Fact]
    public void AnEventIdAndAQuotedMessageFindTheArticleThatLogsThem()
    {
        var result = Search.Search("event id 246: An internal MTA error occurred");

        Assert.Equal("Q256350", result.Hits[0].Id);
        Assert.Contains(result.Hits[0].Evidence, e => e.StartsWith("error message:", StringComparison.Ordinal));
        Assert.Contains(DocumentTerms.EventTerm(246), result.Terms);
    }

    [Fact]
    public void NonsenseIsSaidToMatchNothing()
    {
        var result = Search.Search("purple elephant trombone");

        Assert.Empty(result.Hits);
        Assert.NotNull(result.Message);
    }

    [Fact]
    public void OnlyCommonWordsIsSaidToHaveNothingToSearchBy()
    {
        var result = Search.Search("it is the one that was");

        Assert.Empty(result.Hits);
        Assert.Contains("no words", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerdictsDropArticlesRuledOutEverywhereAndLiftThoseThatApply()
    {
        var plain = Search.Search("internal MTA error event 246");
        var q256350 = plain.Hits.Single(h => h.Id == "Q256350").Document;

        var ruledOut = Search.Search("internal MTA error event 246", verdicts: doc => doc == q256350 ? Verdict.RuledOut : null);
        var applies = Search.Search("internal MTA error event 246", verdicts: doc => doc == q256350 ? Verdict.Applies : null);

        Assert.DoesNotContain(ruledOut.Hits, h => h.Id == "Q256350");
        var lifted = applies.Hits.Single(h => h.Id == "Q256350");
        Assert.Equal(Verdict.Applies, lifted.Verdict);
        Assert.True(lifted.Score > plain.Hits.Single(h => h.Id == "Q256350").Score);
    }
}
