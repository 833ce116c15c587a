namespace KbEngine.Core.Tests.Parsing;

/// <summary>The box "The information in this article applies to:" between two dashed rules.</summary>
public class AppliesToTests
{
    [Fact]
    public void ASingleItemIsOneEntryWithoutItsMarkerOrTrailingSpace()
    {
        var entry = Assert.Single(FixtureArticles.Article("Q199534").AppliesTo);

        Assert.Equal("Microsoft Exchange Server, versions 4.0, 5.0, 5.5", entry.Text);
        Assert.Equal(21, entry.Span.Line);
    }

    [Fact]
    public void EachItemIsOneEntryInOrder() =>
        Assert.Equal<string>(
            [
                "Microsoft Word 97 for Windows",
                "Microsoft Excel 97 for Windows",
                "Microsoft PowerPoint 97 for Windows",
                "the operating system: Microsoft Windows NT 4.0",
            ],
            FixtureArticles.Article("Q10022").AppliesTo.Select(entry => entry.Text));

    [Fact]
    public void CommasInsideAnItemDoNotSplitIt() =>
        Assert.Equal<string>(
            [
                "Microsoft Visual Studio versions 6.0, 6.0 sp1, sp2, sp3",
                "Microsoft Visual Basic Learning Edition for Windows, version 6.0",
                "Microsoft Visual Basic Professional Edition for Windows, version 6.0",
                "Microsoft Visual Basic Enterprise Edition for Windows, version 6.0",
                "Microsoft Visual C++, 32-bit Enterprise Edition, version 6.0",
                "Microsoft Visual C++, 32-bit Professional Edition, version 6.0",
                "Microsoft Visual C++, 32-bit Learning Edition, version 6.0",
                "Microsoft Visual FoxPro for Windows, version 6.0",
                "Microsoft Visual InterDev, version 6.0",
                "Microsoft Visual J++, version 6.0",
                "Microsoft Visual SourceSafe for Windows, version 6.0",
            ],
            FixtureArticles.Article("Q251105").AppliesTo.Select(entry => entry.Text));

    [Theory]
    [InlineData("Q240653", 3)]
    [InlineData("Q134595", 2)]
    [InlineData("Q144930", 3)]
    [InlineData("Q138618", 2)]
    public void TheNumberOfEntriesIsTheNumberOfItems(string id, int count) =>
        Assert.Equal(count, FixtureArticles.Article(id).AppliesTo.Length);

    [Fact]
    public void TheEntriesOfQ134595NameBothWindowsVersions() =>
        Assert.Equal<string>(
            ["Microsoft Windows 95", "Microsoft Windows 98"],
            FixtureArticles.Article("Q134595").AppliesTo.Select(entry => entry.Text));

    [Fact]
    public void AnItemWrappedOntoAContinuationLineIsOneEntryWithItsLinesJoined()
    {
        var article = ParsingTestText.Inline("Q900001", "XFOR: Wrapped Applies-To Item",
            "Article: Q900001",
            "Product(s): Microsoft Exchange",
            "Version(s): winnt:5.5",
            "Operating System(s): ",
            "Keyword(s): exc55",
            "Last Modified: 01-JAN-2000",
            "",
            "-------------------------------------------------------------------------------",
            "The information in this article applies to:",
            "",
            "- Microsoft Exchange Server, versions 4.0, 5.0, 5.5, used together with",
            "  Microsoft Mail for PC Networks, version 3.5 ",
            "- Microsoft Windows NT Server version 4.0 ",
            "-------------------------------------------------------------------------------",
            "",
            "SYMPTOMS",
            "========",
            "",
            "Mail is not delivered.");

        Assert.Equal<string>(
            [
                "Microsoft Exchange Server, versions 4.0, 5.0, 5.5, used together with Microsoft Mail for PC Networks, version 3.5",
                "Microsoft Windows NT Server version 4.0",
            ],
            article.AppliesTo.Select(entry => entry.Text));
        Assert.Equal(2, article.AppliesTo[0].Span.LineCount);
    }

    [Theory]
    [InlineData("Q50552")]
    [InlineData("Q50625")]
    public void AnArticleWithoutTheBoxHasNoEntries(string id)
    {
        var article = FixtureArticles.Article(id);

        Assert.Empty(article.AppliesTo);
        Assert.Null(article.AppliesToSpan);
    }

    [Fact]
    public void TheBoxIsFoundWhenALineOfTextSeparatesItFromTheHeader()
    {
        // Q219957 has "sqlsrv32.dll versions 3.70.0623, 3.60.0319" between the header and the box.
        var entry = Assert.Single(FixtureArticles.Article("Q219957").AppliesTo);

        Assert.Equal("Microsoft ODBC Driver for SQL Server, versions 3.6, 3.7", entry.Text);
        Assert.Equal(23, entry.Span.Line);
    }

    [Fact]
    public void TheBoxAfterALineOfTextIsNotReadAsSectionText() =>
        Assert.DoesNotContain(
            ArticleWalk.Blocks(FixtureArticles.Article("Q219957")),
            block => block.Text.Contains("The information in this article applies to:", StringComparison.Ordinal));

    [Fact]
    public void TheBoxIsNotPartOfAnySection()
    {
        var article = FixtureArticles.Article("Q10022");

        Assert.Equal("SYMPTOMS", article.Sections[0].Heading);
        Assert.DoesNotContain(ArticleWalk.Blocks(article), block =>
            block.Text.Contains("applies to", StringComparison.Ordinal) || block.Text.Contains("Microsoft Excel 97 for Windows", StringComparison.Ordinal));
    }
}
