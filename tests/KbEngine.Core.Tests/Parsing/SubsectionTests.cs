using KbEngine.Core.Model;

namespace KbEngine.Core.Tests.Parsing;

/// <summary>Sub-sections: headings underlined with <c>-</c> inside a section.</summary>
public class SubsectionTests
{
    [Fact]
    public void ASubheadingStartsASubsectionAfterTheSectionsOwnBlocks()
    {
        var more = ArticleWalk.Section(FixtureArticles.Article("Q240653"), "MORE INFORMATION");

        Assert.Equal<string?>(["Step-by-step Example"], more.Subsections.Select(section => section.Heading));
        Assert.Equal<string>(["paragraph", "literal", "paragraph"], more.Blocks.Select(block => block.Kind));
        Assert.Equal("The code included in Knowledge Base article:", Assert.IsType<Paragraph>(more.Blocks[0]).Content);
        Assert.StartsWith("shows how to capture any form or window", Assert.IsType<Paragraph>(more.Blocks[2]).Content, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSubsectionHoldsTheStepsUnderItsHeading()
    {
        var example = Assert.Single(ArticleWalk.Section(FixtureArticles.Article("Q240653"), "MORE INFORMATION").Subsections);

        var steps = Assert.IsType<StepList>(Assert.Single(example.Blocks));
        Assert.Equal(7, steps.Items.Length);
        Assert.Empty(example.Subsections);
    }

    [Fact]
    public void ASubsectionCanOpenInAnArticleWithoutSectionHeadings()
    {
        var section = Assert.Single(FixtureArticles.Article("Q50625").Sections);

        Assert.Null(section.Heading);
        var example = Assert.Single(section.Subsections);
        Assert.Equal("Example", example.Heading);
        Assert.Equal(6, section.Blocks.Length);
        Assert.All(section.Blocks, block => Assert.IsType<Paragraph>(block));
        Assert.Equal<string>(["paragraph", "literal", "paragraph", "paragraph"], example.Blocks.Select(block => block.Kind));
        Assert.Equal<string>(["SCREEN 3", "PRINT \"This is a test\"", "idle: GOTO idle"], ParsingTestText.Lines(example.Blocks[1]));
    }

    [Fact]
    public void SeveralSubsectionsAreReadInOrder()
    {
        var more = ArticleWalk.Section(FixtureArticles.Article("Q148389"), "MORE INFORMATION");

        Assert.Equal<string?>(
            ["ESTABLISH ROUTE FROM PO1 to PO2", "ESTABLISH ROUTE FROM PO2 to PO1", "MOVING MAIL"],
            more.Subsections.Select(section => section.Heading));
        Assert.StartsWith("At Site A, run the Microsoft Exchange Administrator program",
            Assert.IsType<Paragraph>(Assert.Single(more.Subsections[0].Blocks)).Content, StringComparison.Ordinal);
        Assert.StartsWith("At Site B, run the Microsoft Exchange Administrator program",
            Assert.IsType<Paragraph>(Assert.Single(more.Subsections[1].Blocks)).Content, StringComparison.Ordinal);
        Assert.Equal(4, more.Subsections[2].Blocks.Length);
        Assert.StartsWith("Another item to consider is implementing a Directory Replication Connector",
            Assert.IsType<Paragraph>(more.Subsections[2].Blocks[^1]).Content, StringComparison.Ordinal);
    }

    [Fact]
    public void ASectionThatOpensWithASubheadingHasNoBlocksOfItsOwn()
    {
        var article = FixtureArticles.Article("Q134620");

        Assert.Equal<string?>(["Step-by-Step Workaround"], ArticleWalk.Section(article, "WORKAROUND").Subsections.Select(section => section.Heading));
        var more = ArticleWalk.Section(article, "MORE INFORMATION");
        Assert.Empty(more.Blocks);
        Assert.Equal<string?>(["Steps to Reproduce Problem"], more.Subsections.Select(section => section.Heading));
    }

    [Fact]
    public void ASubheadingEndingInAColonIsReadAsWritten() =>
        Assert.Equal<string?>(
            ["To install Encarta 97 Encyclopedia to your hard disk:", "Files Installed by the Encarta 97 Encyclopedia Installer:"],
            ArticleWalk.Section(FixtureArticles.Article("Q158594"), "MORE INFORMATION").Subsections.Select(section => section.Heading));

    [Theory]
    [InlineData("Q105508", "MORE INFORMATION", "BUG LISTING")]
    [InlineData("Q39910", "MORE INFORMATION", "Sample Code")]
    [InlineData("Q251105", "MORE INFORMATION", "Steps to Reproduce Behavior")]
    public void TheSubheadingIsUnderItsSection(string id, string section, string subheading) =>
        Assert.Equal<string?>([subheading], ArticleWalk.Section(FixtureArticles.Article(id), section).Subsections.Select(sub => sub.Heading));
}
