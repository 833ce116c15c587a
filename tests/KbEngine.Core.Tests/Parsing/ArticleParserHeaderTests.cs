namespace KbEngine.Core.Tests.Parsing;

public class ArticleParserHeaderTests
{
    [Fact]
    public void ReadsTheHeaderFieldsOfTheSeedArticle()
    {
        var article = FixtureArticles.Article("Q199534");

        Assert.Equal("Q199534", article.Id);
        Assert.Equal("XFOR: MS Mail Users Can't Send to Users in Remote Exchange Sites", article.Title);
        Assert.Equal("XFOR", article.Area);
        Assert.Equal<string>(["Microsoft Exchange"], article.Products);
        Assert.Equal("winnt:4.0,5.0,5.5", article.Versions.Raw);
        Assert.Equal<string>(["4.0", "5.0", "5.5"], article.Versions.Entries.Select(entry => entry.Version));
        Assert.All(article.Versions.Entries, entry => Assert.Equal("winnt", entry.Platform));
        Assert.Empty(article.OperatingSystems);
        Assert.Equal<string>(["exc4", "exc5", "exc55"], article.Keywords);
        Assert.Equal(new DateOnly(1999, 10, 17), article.LastModified);
    }
}
