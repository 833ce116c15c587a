using KbEngine.Core.Model;

namespace KbEngine.Core.Tests.Parsing;

/// <summary>Plain-text tables: a header row over a rule of dashes, or rows drawn with <c>|</c> and <c>+---+</c>.</summary>
public class TableTests
{
    private static Table TableIn(string id, string heading) =>
        Assert.Single(ArticleWalk.Section(FixtureArticles.Article(id), heading).Blocks.OfType<Table>());

    private static List<string[]> Rows(Table table) => [.. table.Rows.Select(row => row.ToArray())];

    [Fact]
    public void AHeaderRowOverADashRuleNamesTheColumns()
    {
        var table = TableIn("Q194505", "RESOLUTION");

        Assert.Equal<string>(["File Name", "Version"], table.Header);
    }

    [Fact]
    public void EachLineUnderTheRuleIsARowOfTrimmedCells()
    {
        var table = TableIn("Q194505", "RESOLUTION");

        Assert.Equal(
            [
                ["Gapi32.dll", "5.5.2410.0"],
                ["Mdbmsg.dll", "5.5.2410.0"],
                ["Store.exe", "5.5.2410.0"],
            ],
            Rows(table));
    }

    [Fact]
    public void TheRuledTableCoversItsHeaderRuleAndRows()
    {
        var table = TableIn("Q194505", "RESOLUTION");

        Assert.Equal(54, table.Span.Line);
        Assert.Equal(58, table.Span.EndLine);
        Assert.Equal("File Name    Version", ParsingTestText.FileLineTrimmed("Q194505", table.Span.Line));
    }

    [Fact]
    public void ADrawnTablesFirstRowAboveASeparatorIsItsHeader()
    {
        var table = TableIn("Q219031", "RESOLUTION");

        Assert.Equal<string>(["File name", "Version"], table.Header);
    }

    [Fact]
    public void ADrawnTablesRowsAreTheLinesBetweenItsSeparators()
    {
        var table = TableIn("Q219031", "RESOLUTION");

        Assert.Equal(
            [
                ["Mdbmsg.dll", "5.5.2564.0"],
                ["Store.exe", "5.5.2564.0"],
            ],
            Rows(table));
    }

    [Fact]
    public void TheDrawnTableCoversItsTopAndBottomBorders()
    {
        var table = TableIn("Q219031", "RESOLUTION");

        Assert.Equal(51, table.Span.Line);
        Assert.Equal(57, table.Span.EndLine);
        Assert.Equal("+-------------------------+", ParsingTestText.FileLineTrimmed("Q219031", table.Span.EndLine));
    }

    [Fact]
    public void TheLineBeforeTheDrawnTableIsNotARow()
    {
        var resolution = ArticleWalk.Section(FixtureArticles.Article("Q219031"), "RESOLUTION");

        Assert.Contains(resolution.Blocks, block => block is not Table && ParsingTestText.Lines(block).SequenceEqual(["Component: Information Store"]));
    }

    [Theory]
    [InlineData("Q199534")]
    [InlineData("Q240653")]
    [InlineData("Q256350")]
    [InlineData("Q39910")]
    public void ArticlesWithoutTablesHaveNone(string id) =>
        Assert.Empty(ArticleWalk.Blocks<Table>(FixtureArticles.Article(id)));
}
