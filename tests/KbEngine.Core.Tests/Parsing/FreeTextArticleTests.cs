using KbEngine.Core.Model;

namespace KbEngine.Core.Tests.Parsing;

/// <summary>Older articles with no section headings: the whole text is one section without a heading.</summary>
public class FreeTextArticleTests
{
    [Fact]
    public void AnArticleWithoutHeadingsIsOneSectionWithoutHeading()
    {
        var article = FixtureArticles.Article("Q50552");

        var section = Assert.Single(article.Sections);
        Assert.Null(section.Heading);
        Assert.Null(section.HeadingSpan);
        Assert.Empty(section.Subsections);
        Assert.True(article.IsFreeText);
    }

    [Fact]
    public void TheFreeTextIsSplitIntoItsParagraphsAndCode()
    {
        var blocks = Assert.Single(FixtureArticles.Article("Q50552").Sections).Blocks;

        Assert.Equal<string>(["paragraph", "paragraph", "paragraph", "paragraph", "literal", "paragraph"], blocks.Select(block => block.Kind));
        Assert.Equal(
            "When editing a legal IF GOTO syntax that has no THEN word, if you press the BACKSPACE key in the column beneath the \"I\" in the \"IF\" statement, the computer hangs.",
            Assert.IsType<Paragraph>(blocks[0]).Content);
        Assert.Equal(
            "The hanging problem does not occur when you use the THEN word in the IF <condition> THEN GOTO syntax.",
            Assert.IsType<Paragraph>(blocks[2]).Content);
        Assert.Equal(
            "While the cursor is in the column beneath the \"I\" in the \"IF\" statement (the first column), press the BACKSPACE key to hang the machine.",
            Assert.IsType<Paragraph>(blocks[5]).Content);
    }

    [Fact]
    public void NothingOfTheFreeTextIsDropped()
    {
        // Lines 18 to 38 of Q50552.md are the text after the header.
        var section = Assert.Single(FixtureArticles.Article("Q50552").Sections);

        Assert.Equal(ParsingTestText.FileLinesTrimmed("Q50552", 18, 38), ParsingTestText.AllLines(section));
        Assert.Equal(18, section.Span.Line);
        Assert.Equal(38, section.Span.EndLine);
    }

    [Fact]
    public void AFreeTextArticleWithASubheadingKeepsEveryLine()
    {
        // Q50625.md: text on lines 18 to 55, the sub-heading "Example" on 56 and 57, text again on 58 to 83.
        var article = FixtureArticles.Article("Q50625");

        Assert.True(article.IsFreeText);
        var section = Assert.Single(article.Sections);
        var example = Assert.Single(section.Subsections);
        Assert.Equal(
            ParsingTestText.FileLinesTrimmed("Q50625", 18, 55).Concat(ParsingTestText.FileLinesTrimmed("Q50625", 58, 83)),
            ParsingTestText.AllLines(section).Concat(ParsingTestText.AllLines(example)));
    }

    [Theory]
    [InlineData("Q199534")]
    [InlineData("Q219031")]
    public void AnArticleWithHeadingsIsNotFreeText(string id) =>
        Assert.False(FixtureArticles.Article(id).IsFreeText);
}
