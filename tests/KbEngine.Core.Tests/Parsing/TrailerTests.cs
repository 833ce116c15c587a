using KbEngine.Core.Model;

namespace KbEngine.Core.Tests.Parsing;

/// <summary>The trailer: <c>Additional query words:</c>, then the <c>Keywords</c>, <c>Technology</c>, <c>Issue type</c>, <c>Solution Type</c> fields between rules.</summary>
public class TrailerTests
{
    [Fact]
    public void TheTrailerOfQ10022IsReadFieldByField()
    {
        var article = FixtureArticles.Article("Q10022");

        Assert.Equal("EPS filter print garbled does not is printed", article.AdditionalQueryWords);
        Assert.Equal<string>(
            ["kbWordSearch", "kbExcelSearch", "kbOSWinSearch", "kbPowerPtSearch", "kbWord97", "kbWord97Search", "kbOSWinNT400",
             "kbPowerPt97", "kbZNotKeyword2", "kbExcel97Search", "kbPowerPt97Search", "kbZNotKeyword3", "kbOSWinNTSearch", "kbExcelWinSearch"],
            article.Technology);
        Assert.Equal("kbbug", article.IssueType);
        Assert.Equal("kbfix", article.SolutionType);
    }

    [Fact]
    public void AnEmptyQueryWordsLineGivesNoQueryWords()
    {
        var article = FixtureArticles.Article("Q199534");

        Assert.Null(article.AdditionalQueryWords);
        Assert.Equal<string>(["kbExchangeSearch", "kbExchange500", "kbExchange550", "kbExchange400", "kbZNotKeyword2"], article.Technology);
        Assert.Equal("kbprb", article.IssueType);
        Assert.Null(article.SolutionType);
    }

    [Fact]
    public void ATrailerWithoutIssueTypeHasNone()
    {
        var article = FixtureArticles.Article("Q148389");

        Assert.Equal("faq", article.AdditionalQueryWords);
        Assert.Null(article.IssueType);
        Assert.Null(article.SolutionType);
    }

    [Fact]
    public void ATrailerWithoutTheQueryWordsLineIsStillRead()
    {
        var article = FixtureArticles.Article("Q190698");

        Assert.Null(article.AdditionalQueryWords);
        Assert.Equal<string>(["kbExchangeSearch", "kbExchange550", "kbZNotKeyword2"], article.Technology);
        Assert.NotNull(article.TrailerSpan);
        Assert.EndsWith(
            "it is required that the Kmsdata directory be backed up regularly in offline mode for full recovery potential.",
            Assert.IsType<Paragraph>(ArticleWalk.Section(article, "MORE INFORMATION").Blocks[^1]).Content,
            StringComparison.Ordinal);
    }

    [Fact]
    public void ATrailerWithoutQueryWordsStillGivesItsIssueType()
    {
        var article = FixtureArticles.Article("Q134595");

        Assert.Null(article.AdditionalQueryWords);
        Assert.Equal("kbprb", article.IssueType);
        Assert.Equal<string>(["3rdpartynet", "msnets", "win95", "win98", "kb3rdPartyNetClient"], article.Keywords);
    }

    [Fact]
    public void AnExtraFieldDoesNotStopTheFieldsAfterIt()
    {
        // Q219541 has "Hardware          : x86" between Version and Issue type.
        var article = FixtureArticles.Article("Q219541");

        Assert.Equal("tracked changes copy paste missing lost", article.AdditionalQueryWords);
        Assert.Equal<string>(["kbWordSearch", "kbWord97", "kbWord97Search", "kbZNotKeyword2"], article.Technology);
        Assert.Equal("kbbug", article.IssueType);
        Assert.Equal("kbfix", article.SolutionType);
    }

    [Fact]
    public void QueryWordsDirectlyAboveTheRuleAreRead()
    {
        // Q138618: "Additional query words: prodnt" with no blank line before the rule.
        var article = FixtureArticles.Article("Q138618");

        Assert.Equal("prodnt", article.AdditionalQueryWords);
        Assert.Equal(13, article.Technology.Length);
        Assert.Equal("kbWinNTsearch", article.Technology[0]);
        Assert.Equal("kbWinNTS351search", article.Technology[^1]);
        Assert.Equal<string>(["kbenv"], article.Keywords);
    }

    [Theory]
    [InlineData("Q158594", "1997 multi media multimedia multi-media mmtitles kbmm macmm")]
    [InlineData("Q80191", "2.10e 3.00 3.00b 3.20 3.20a run start windows compatibility libraries")]
    [InlineData("Q240653", "PRINTSCREEN ALTPRINTSCREEN ALT+PRINTSCREEN")]
    public void TheQueryWordsAreReadAsWritten(string id, string words) =>
        Assert.Equal(words, FixtureArticles.Article(id).AdditionalQueryWords);

    [Fact]
    public void AnArticleWithoutATrailerHasNoTrailerFields()
    {
        var article = FixtureArticles.Article("Q50552");

        Assert.Null(article.TrailerSpan);
        Assert.Null(article.AdditionalQueryWords);
        Assert.Empty(article.Technology);
        Assert.Null(article.IssueType);
        Assert.Null(article.SolutionType);
    }

    [Theory]
    [InlineData("Q199534")]
    [InlineData("Q10022")]
    [InlineData("Q190698")]
    [InlineData("Q138618")]
    [InlineData("Q219541")]
    [InlineData("Q274833")]
    public void TheTrailerIsNotPartOfAnySection(string id)
    {
        var blocks = ArticleWalk.Blocks(FixtureArticles.Article(id)).ToList();

        Assert.DoesNotContain(blocks, block => block.Text.Contains("Additional query words", StringComparison.Ordinal));
        Assert.DoesNotContain(blocks, block => block.Text.Contains("Technology        :", StringComparison.Ordinal));
        Assert.DoesNotContain(blocks, block => block.Text.Contains("=================================", StringComparison.Ordinal));
    }

    [Fact]
    public void TheLastBlockBeforeTheTrailerIsTheReferenceLine()
    {
        var more = ArticleWalk.Section(FixtureArticles.Article("Q199534"), "MORE INFORMATION");

        Assert.Equal<string>(["Q148389 XFOR: How to Backbone MSMail 3.x over Exchange"], ParsingTestText.Lines(more.Blocks[^1]));
    }
}
