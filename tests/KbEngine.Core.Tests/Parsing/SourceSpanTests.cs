using KbEngine.Core.Model;

namespace KbEngine.Core.Tests.Parsing;

/// <summary>Spans count 1-based lines and columns of the file itself, front matter included.</summary>
public class SourceSpanTests
{
    public static TheoryData<string> Fixtures => [.. FixtureArticles.All()];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void EveryBlockStartsAndEndsOnTheFileLinesItsSpanNames(string fixture)
    {
        var article = FixtureArticles.Article(fixture);

        foreach (var block in ArticleWalk.Blocks(article).Where(block => block.Text.Length > 0))
        {
            var lines = block.Text.Split('\n');
            Assert.Equal(lines[0].Trim(), ParsingTestText.FileLineTrimmed(fixture, block.Span.Line));
            if (block is Paragraph or LiteralBlock or Table)
            {
                Assert.Equal(lines[^1].Trim(), ParsingTestText.FileLineTrimmed(fixture, block.Span.EndLine));
                Assert.Equal(lines.Length, block.Span.LineCount);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void EverySectionHeadingIsOnTheLineItsSpanNames(string fixture)
    {
        foreach (var section in ArticleWalk.Sections(FixtureArticles.Article(fixture)).Where(section => section.Heading is not null))
        {
            Assert.NotNull(section.HeadingSpan);
            var span = section.HeadingSpan.Value;
            Assert.Equal(section.Heading, ParsingTestText.FileLineTrimmed(fixture, span.Line));
            Assert.Equal(span.Line + 1, span.EndLine);
            Assert.Equal(span.Line, section.Span.Line);
        }
    }

    [Fact]
    public void TheEventLogExcerptOfQ256350IsOnLines33To42()
    {
        var excerpt = Assert.IsType<LiteralBlock>(ArticleWalk.Section(FixtureArticles.Article("Q256350"), "SYMPTOMS").Blocks[1]);

        Assert.Equal(33, excerpt.Span.Line);
        Assert.Equal(42, excerpt.Span.EndLine);
        Assert.Equal("Event ID: 246", ParsingTestText.FileLineTrimmed("Q256350", excerpt.Span.Line));
        Assert.Equal("(14)", ParsingTestText.FileLineTrimmed("Q256350", excerpt.Span.EndLine));
    }

    [Fact]
    public void AStepsSpanCoversItsContinuationLine()
    {
        var steps = Assert.IsType<StepList>(ArticleWalk.Section(FixtureArticles.Article("Q199534"), "RESOLUTION").Blocks[1]);

        Assert.Equal(69, steps.Items[4].Span.Line);
        Assert.Equal(70, steps.Items[4].Span.EndLine);
        Assert.Equal(55, steps.Span.Line);
        Assert.Equal(70, steps.Span.EndLine);
        Assert.StartsWith("5. If there are other remote Exchange Server sites", ParsingTestText.FileLineTrimmed("Q199534", 69), StringComparison.Ordinal);
    }

    [Fact]
    public void AStepsSpanCoversTheCodeNestedUnderIt()
    {
        var example = Assert.Single(ArticleWalk.Section(FixtureArticles.Article("Q240653"), "MORE INFORMATION").Subsections);
        var step3 = Assert.IsType<StepList>(Assert.Single(example.Blocks)).Items[2];
        var code = Assert.Single(step3.Blocks);

        Assert.Equal(55, step3.Span.Line);
        Assert.Equal(119, step3.Span.EndLine);
        Assert.Equal(57, code.Span.Line);
        Assert.Equal(119, code.Span.EndLine);
        Assert.Equal("Option Explicit", ParsingTestText.FileLineTrimmed("Q240653", code.Span.Line));
    }

    [Fact]
    public void ASubsectionHeadingSpanIsItsHeadingAndUnderline()
    {
        var example = Assert.Single(ArticleWalk.Section(FixtureArticles.Article("Q240653"), "MORE INFORMATION").Subsections);

        Assert.Equal(48, example.HeadingSpan?.Line);
        Assert.Equal(49, example.HeadingSpan?.EndLine);
        Assert.Equal(48, example.Span.Line);
        Assert.Equal(130, example.Span.EndLine);
    }

    [Fact]
    public void ASectionSpanRunsFromItsHeadingToItsLastTextLine()
    {
        var article = FixtureArticles.Article("Q199534");
        var symptoms = ArticleWalk.Section(article, "SYMPTOMS");

        Assert.Equal(24, symptoms.HeadingSpan?.Line);
        Assert.Equal(25, symptoms.HeadingSpan?.EndLine);
        Assert.Equal(24, symptoms.Span.Line);
        Assert.Equal(42, symptoms.Span.EndLine);
        Assert.Equal(90, ArticleWalk.Section(article, "MORE INFORMATION").Span.EndLine);
    }

    [Fact]
    public void TheHeaderBoxAndTrailerSpansAreTheirLinesOfTheFile()
    {
        var article = FixtureArticles.Article("Q199534");

        Assert.Equal((11, 16), (article.HeaderSpan.Line, article.HeaderSpan.EndLine));
        Assert.Equal((18, 22), (article.AppliesToSpan?.Line, article.AppliesToSpan?.EndLine));
        Assert.Equal((92, 100), (article.TrailerSpan?.Line, article.TrailerSpan?.EndLine));
        Assert.Equal("Article: Q199534", ParsingTestText.FileLineTrimmed("Q199534", article.HeaderSpan.Line));
        Assert.Equal("Additional query words:", ParsingTestText.FileLineTrimmed("Q199534", article.TrailerSpan!.Value.Line));
    }

    [Fact]
    public void ColumnsCountTheBodyTabAndTheIndentation()
    {
        var article = FixtureArticles.Article("Q199534");

        var reference = Assert.Single(article.References);
        Assert.Equal(4, reference.Span.Column);
        Assert.Equal(2, ArticleWalk.Section(article, "CAUSE").Blocks[0].Span.Column);
        Assert.Equal("Q199534", reference.Span.ArticleId);
    }

    [Fact]
    public void OffsetsPointAtTheBlocksTextInTheFile()
    {
        var article = FixtureArticles.Article("Q199534");
        var file = File.ReadAllText(FixtureArticles.PathOf("Q199534"));

        var cause = ArticleWalk.Section(article, "CAUSE").Blocks[0];
        Assert.Equal(
            "The configuration of the MS Mail postoffice for the different Exchange Server\n\tsites is not complete.",
            file[cause.Span.Start..cause.Span.End]);
        var reference = Assert.Single(article.References);
        Assert.Equal("Q148389 XFOR: How to Backbone MSMail 3.x over Exchange", file[reference.Span.Start..reference.Span.End]);
    }

    [Fact]
    public void TheTablesOfQ194505AndQ219031AreOnTheirLines()
    {
        var ruled = Assert.Single(ArticleWalk.Blocks<Table>(FixtureArticles.Article("Q194505")));
        var drawn = Assert.Single(ArticleWalk.Blocks<Table>(FixtureArticles.Article("Q219031")));

        Assert.Equal((54, 58), (ruled.Span.Line, ruled.Span.EndLine));
        Assert.Equal((51, 57), (drawn.Span.Line, drawn.Span.EndLine));
    }

    [Fact]
    public void ALongProgramIsOnLines82To143()
    {
        var code = Assert.IsType<LiteralBlock>(ArticleWalk.Section(FixtureArticles.Article("Q219957"), "MORE INFORMATION").Blocks[1]);

        Assert.Equal((82, 143), (code.Span.Line, code.Span.EndLine));
    }

    [Fact]
    public void AnAppliesToEntryIsOnItsLine()
    {
        var entries = FixtureArticles.Article("Q10022").AppliesTo;

        Assert.Equal<int>([21, 22, 23, 24], entries.Select(entry => entry.Span.Line));
        Assert.Equal("- the operating system: Microsoft Windows NT 4.0", ParsingTestText.FileLineTrimmed("Q10022", entries[3].Span.Line));
    }

    [Fact]
    public void TheSeedFormsLinesAreOneLessThanTheArchiveFormsWithoutTheRawLine()
    {
        var steps = Assert.IsType<StepList>(ArticleWalk.Section(FixtureArticles.Article("Q199534.seed"), "RESOLUTION").Blocks[1]);

        Assert.Equal(68, steps.Items[4].Span.Line);
        Assert.Equal(69, steps.Items[4].Span.EndLine);
        Assert.Equal(89, Assert.Single(FixtureArticles.Article("Q199534.seed").References).Span.Line);
    }
}
