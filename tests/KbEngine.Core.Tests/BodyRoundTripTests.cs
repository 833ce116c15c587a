using KbEngine.Core.Model;

namespace KbEngine.Core.Tests;

/// <summary>The round-trip check must be able to fail, or the archive-wide test proves nothing.</summary>
public class BodyRoundTripTests
{
    [Fact]
    public void ReportsLinesThatBelongToNoPart()
    {
        var envelope = KbPipeline.Default.Envelopes.Read(FixtureArticles.Document("Q199534")).Envelope!;
        var article = KbPipeline.Default.Parser.Parse(envelope).Article!;

        var problems = BodyRoundTrip.Problems(envelope, article with { Sections = [.. article.Sections.Skip(1)] });

        Assert.Contains(problems, problem => problem.Contains("belongs to no part: 'After you configure directory synchronization", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportsBlockTextThatDiffersFromItsLines()
    {
        var envelope = KbPipeline.Default.Envelopes.Read(FixtureArticles.Document("Q199534")).Envelope!;
        var article = KbPipeline.Default.Parser.Parse(envelope).Article!;
        var cause = article.Sections[1];
        var altered = cause with { Blocks = [.. cause.Blocks.Select(block => block with { Text = block.Text.ToUpperInvariant() })] };

        var problems = BodyRoundTrip.Problems(envelope, article with { Sections = article.Sections.SetItem(1, altered) });

        Assert.Contains(problems, problem => problem.StartsWith("paragraph@", StringComparison.Ordinal) && problem.Contains("THE CONFIGURATION", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportsALineClaimedTwice()
    {
        var envelope = KbPipeline.Default.Envelopes.Read(FixtureArticles.Document("Q199534")).Envelope!;
        var article = KbPipeline.Default.Parser.Parse(envelope).Article!;

        var problems = BodyRoundTrip.Problems(envelope, article with { TrailerSpan = article.HeaderSpan });

        Assert.Contains(problems, problem => problem.Contains("belongs to both header and trailer", StringComparison.Ordinal));
    }
}
