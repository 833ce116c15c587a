using KbEngine.Core.Model;

namespace KbEngine.Core.Tests.Parsing;

/// <summary>Sections: headings underlined with <c>=</c>, in order, headings as written.</summary>
public class SectionTests
{
    public static TheoryData<string, string[]> Headings => new()
    {
        { "Q199534", ["SYMPTOMS", "CAUSE", "RESOLUTION", "MORE INFORMATION"] },
        { "Q10022", ["SYMPTOMS", "CAUSE", "RESOLUTION", "STATUS", "MORE INFORMATION"] },
        { "Q190698", ["SYMPTOMS", "CAUSE", "WORKAROUND", "MORE INFORMATION"] },
        { "Q240653", ["SUMMARY", "MORE INFORMATION", "REFERENCES"] },
        { "Q256350", ["SYMPTOMS", "CAUSE", "RESOLUTION", "STATUS"] },
        { "Q148389", ["SUMMARY", "MORE INFORMATION"] },
        { "Q39910", ["SYMPTOMS", "CAUSE", "RESOLUTION", "MORE INFORMATION", "REFERENCES"] },
        { "Q134620", ["SYMPTOMS", "CAUSE", "WORKAROUND", "STATUS", "MORE INFORMATION"] },
        { "Q251105", ["SYMPTOMS", "CAUSE", "RESOLUTION", "STATUS", "MORE INFORMATION"] },
    };

    [Theory]
    [MemberData(nameof(Headings))]
    public void SectionsAreReadInOrderWithTheirHeadingsAsWritten(string id, string[] headings) =>
        Assert.Equal<string?>(headings, FixtureArticles.Article(id).Sections.Select(section => section.Heading));

    [Fact]
    public void AStrayRuleUnderAHeadingDoesNotMakeAnotherSection() =>
        // Q134683: "MORE INFORMATION" / "================", a blank line, then another "================".
        Assert.Equal<string?>(["SUMMARY", "MORE INFORMATION"], FixtureArticles.Article("Q134683").Sections.Select(section => section.Heading));

    [Fact]
    public void TextBeforeTheFirstHeadingIsKeptInASectionWithoutHeading()
    {
        var article = FixtureArticles.Article("Q219031");

        Assert.Equal<string?>([null, "SYMPTOMS", "RESOLUTION", "WORKAROUND", "STATUS"], article.Sections.Select(section => section.Heading));
        var preamble = article.Sections[0];
        Assert.Null(preamble.HeadingSpan);
        Assert.StartsWith(
            "IMPORTANT: This article contains information about modifying the registry.",
            Assert.IsType<Paragraph>(preamble.Blocks[0]).Content,
            StringComparison.Ordinal);
        Assert.Contains("Q256986 Description of the Microsoft Windows Registry", ParsingTestText.AllLines(preamble));
        Assert.False(article.IsFreeText);
    }

    [Fact]
    public void EachParagraphOfASectionIsABlockInOrder()
    {
        var symptoms = ArticleWalk.Section(FixtureArticles.Article("Q199534"), "SYMPTOMS");

        var paragraphs = symptoms.Blocks.Select(block => Assert.IsType<Paragraph>(block)).ToList();
        Assert.Equal(3, paragraphs.Count);
        Assert.StartsWith("After you configure directory synchronization (dirsync) between Microsoft Mail (MS Mail) and", paragraphs[0].Content, StringComparison.Ordinal);
        Assert.EndsWith("Mail disappears, and no error message or non-delivery report (NDR) is displayed.", paragraphs[0].Content, StringComparison.Ordinal);
        Assert.StartsWith("For example, if an MS Mail postoffice (PO1) is communicating", paragraphs[1].Content, StringComparison.Ordinal);
        Assert.Equal(
            "This article assumes that the Directory Replication Connector is established between the Exchange Server sites.",
            paragraphs[2].Content);
    }

    [Fact]
    public void AOneParagraphSectionHasThatParagraphOnly()
    {
        var article = FixtureArticles.Article("Q199534");

        var cause = Assert.IsType<Paragraph>(Assert.Single(ArticleWalk.Section(article, "CAUSE").Blocks));
        Assert.Equal("The configuration of the MS Mail postoffice for the different Exchange Server sites is not complete.", cause.Content);
        Assert.Equal(
            "The configuration of the MS Mail postoffice for the different Exchange Server\nsites is not complete.",
            cause.Text);
    }

    [Fact]
    public void TheWorkaroundSectionOfQ190698HoldsItsOneSentence()
    {
        var workaround = ArticleWalk.Section(FixtureArticles.Article("Q190698"), "WORKAROUND");

        Assert.Equal("Restore the Kmsdata directory from an offline backup.", Assert.IsType<Paragraph>(Assert.Single(workaround.Blocks)).Content);
    }

    [Fact]
    public void ASectionWithoutSubheadingsHasNoSubsections() =>
        Assert.All(FixtureArticles.Article("Q199534").Sections, section => Assert.Empty(section.Subsections));

    [Fact]
    public void ExtraBlankLinesBeforeAHeadingDoNotEndUpInTheSection()
    {
        // Q144930 has three blank lines between RESOLUTION's last sentence and STATUS.
        var article = FixtureArticles.Article("Q144930");

        var resolution = ArticleWalk.Section(article, "RESOLUTION");
        Assert.Equal(
            "To correct this problem, obtain Microsoft Office 97 Service Release 2 (SR-2).",
            Assert.IsType<Paragraph>(resolution.Blocks[^1]).Content);
        Assert.Equal(61, resolution.Span.EndLine);
        Assert.Equal<string?>(["SYMPTOMS", "RESOLUTION", "STATUS", "MORE INFORMATION"], article.Sections.Select(section => section.Heading));
    }

    [Fact]
    public void EveryLineOfASectionIsInOneOfItsBlocks()
    {
        // Q10022 STATUS: lines 48 to 50 of the file.
        var status = ArticleWalk.Section(FixtureArticles.Article("Q10022"), "STATUS");

        Assert.Equal(ParsingTestText.FileLinesTrimmed("Q10022", 48, 50), ParsingTestText.AllLines(status));
    }
}
