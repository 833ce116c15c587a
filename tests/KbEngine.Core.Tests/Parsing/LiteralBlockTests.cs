using KbEngine.Core.Model;

namespace KbEngine.Core.Tests.Parsing;

/// <summary>Text set off by indentation: error messages, event-log excerpts, code, registry keys.</summary>
public class LiteralBlockTests
{
    private static List<LiteralBlock> LiteralsIn(Section section) => [.. section.Blocks.OfType<LiteralBlock>()];

    [Fact]
    public void AnEventLogExcerptWithABlankLineInsideIsOneLiteralBlock()
    {
        var symptoms = ArticleWalk.Section(FixtureArticles.Article("Q256350"), "SYMPTOMS");

        Assert.Equal<string>(["paragraph", "literal"], symptoms.Blocks.Select(block => block.Kind));
        var excerpt = Assert.IsType<LiteralBlock>(symptoms.Blocks[1]);
        var lines = ParsingTestText.Lines(excerpt).ToList();
        Assert.Equal("Event ID: 246", lines[0]);
        Assert.Contains("Source: MSExchangeMTA", lines);
        Assert.Contains(lines, line => line.StartsWith("An internal MTA error occurred", StringComparison.Ordinal));
        Assert.Equal("(14)", lines[^1]);
        Assert.Equal(ParsingTestText.FileLinesTrimmed("Q256350", 33, 42), lines);
        Assert.Equal(2, excerpt.Indent);
    }

    [Fact]
    public void TheParagraphThatAnnouncesTheExcerptStaysAParagraph()
    {
        var symptoms = ArticleWalk.Section(FixtureArticles.Article("Q256350"), "SYMPTOMS");

        Assert.EndsWith(
            "The following error message may be logged in the application event log:",
            Assert.IsType<Paragraph>(symptoms.Blocks[0]).Content,
            StringComparison.Ordinal);
    }

    [Fact]
    public void EachQuotedErrorMessageIsItsOwnLiteralBlock()
    {
        var summary = ArticleWalk.Section(FixtureArticles.Article("Q158489"), "SUMMARY");

        Assert.Equal<string>(
            [
                "The selected Postoffice is read only. It must be writeable.",
                "Q147506 XFOR: Err Msg: The Selected Postoffice is Read Only...",
                "The GLB subdirectory was a file.",
            ],
            LiteralsIn(summary).Select(block => Assert.Single(ParsingTestText.Lines(block))));
        Assert.EndsWith("you may receive the following error:", Assert.IsType<Paragraph>(summary.Blocks[0]).Content, StringComparison.Ordinal);
    }

    [Fact]
    public void AMessageWrappedOverTwoLinesIsOneLiteralBlockWithItsLinesAsWritten()
    {
        var symptoms = ArticleWalk.Section(FixtureArticles.Article("Q190698"), "SYMPTOMS");

        Assert.Equal<string>(["paragraph", "literal"], symptoms.Blocks.Select(block => block.Kind));
        var message = Assert.IsType<LiteralBlock>(symptoms.Blocks[1]);
        Assert.Equal(
            "  (Microsoft Exchange Key Management service has trapped an exception.\n  Event data contains exception and context records).",
            message.Text);
        Assert.Equal(2, message.Indent);
    }

    [Fact]
    public void CodeInAFreeTextArticleIsALiteralBlock()
    {
        var blocks = Assert.Single(FixtureArticles.Article("Q50552").Sections).Blocks;

        var code = Assert.IsType<LiteralBlock>(Assert.Single(blocks, block => block is LiteralBlock));
        Assert.Equal("   IF x=0 GOTO label", code.Text);
        Assert.Equal(3, code.Indent);
        var index = blocks.IndexOf(code);
        Assert.Equal("The following is a code example:", Assert.IsType<Paragraph>(blocks[index - 1]).Content);
        Assert.StartsWith("While the cursor is in the column beneath", Assert.IsType<Paragraph>(blocks[index + 1]).Content, StringComparison.Ordinal);
    }

    [Fact]
    public void EachBatchFileOfQ39627IsOneLiteralBlock()
    {
        var article = FixtureArticles.Article("Q39627");

        Assert.Equal<string>([":ONE", ":One", ":one"], ParsingTestText.Lines(Assert.Single(LiteralsIn(ArticleWalk.Section(article, "SUMMARY")))));
        var literals = LiteralsIn(ArticleWalk.Section(article, "MORE INFORMATION"));
        Assert.Equal(3, literals.Count);
        Assert.Equal(ParsingTestText.FileLinesTrimmed("Q39627", 44, 48), ParsingTestText.Lines(literals[0]));
        Assert.Equal(ParsingTestText.FileLinesTrimmed("Q39627", 53, 62), ParsingTestText.Lines(literals[1]));
        Assert.Equal<string>(["Test 1", "DONE!"], ParsingTestText.Lines(literals[2]));
        Assert.Equal("@echo off", ParsingTestText.Lines(literals[1]).First());
        Assert.Equal("echo DONE!", ParsingTestText.Lines(literals[1]).Last());
    }

    [Fact]
    public void ALongProgramWithBlankLinesAndTabsIsOneLiteralBlock()
    {
        var more = ArticleWalk.Section(FixtureArticles.Article("Q219957"), "MORE INFORMATION");

        Assert.Equal<string>(["paragraph", "literal"], more.Blocks.Select(block => block.Kind));
        var code = Assert.IsType<LiteralBlock>(more.Blocks[1]);
        var lines = ParsingTestText.Lines(code).ToList();
        Assert.Equal("#include <windows.h>", lines[0]);
        Assert.Contains("rtcd = SQLNumResultCols(hstmt, parmcntptr);", lines);
        Assert.Equal("return 0;", lines[^2]);
        Assert.Equal("}", lines[^1]);
        Assert.Equal(ParsingTestText.FileLinesTrimmed("Q219957", 82, 143), lines);
    }

    [Theory]
    [InlineData("Q134595", "MORE INFORMATION", "Error 50:You attempted an operation that cannot be performed from your|computer or that is not supported on the specified server...")]
    [InlineData("Q80191", "SYMPTOMS", "Mail database cannot be reached")]
    [InlineData("Q138618", "SYMPTOMS", "No configuration information for <adapter name>")]
    [InlineData("Q138618", "CAUSE", @"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\PCMCIA")]
    [InlineData("Q134620", "SYMPTOMS", "Variable 'GENDIRCOUNT' is not found")]
    [InlineData("Q148389", "MORE INFORMATION", "PO1 -> Site A -> Site B -> PO2")]
    public void AnIndentedMessageAfterAnAnnouncementIsALiteralBlock(string id, string heading, string lines) =>
        Assert.Equal<string>(
            lines.Split('|'),
            ParsingTestText.Lines(Assert.Single(LiteralsIn(ArticleWalk.Section(FixtureArticles.Article(id), heading)))));

    [Fact]
    public void AnIndentedLineBeforeATableIsNotPartOfTheTable()
    {
        var resolution = ArticleWalk.Section(FixtureArticles.Article("Q194505"), "RESOLUTION");

        Assert.Contains(LiteralsIn(resolution), block => ParsingTestText.Lines(block).SequenceEqual(["Component: Information Store"]));
    }
}
