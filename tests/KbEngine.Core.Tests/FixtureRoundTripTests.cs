using KbEngine.Core.Ingest;

namespace KbEngine.Core.Tests;

public class FixtureRoundTripTests
{
    public static TheoryData<string> Fixtures() => [.. FixtureArticles.All()];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void EveryLineOfTheFixtureBelongsToExactlyOnePart(string name)
    {
        var pipeline = KbPipeline.Default;
        var envelope = pipeline.Envelopes.Read(FixtureArticles.Document(name)).Envelope;
        Assert.NotNull(envelope);
        var article = pipeline.Parser.Parse(envelope).Article;
        Assert.NotNull(article);

        Assert.Empty(BodyRoundTrip.Problems(envelope, article));
    }
}
