using System.Text;
using KbEngine.Core.Compilation;

namespace KbEngine.Core.Tests.Compilation;

public sealed class ModelBlobsTests
{
    // Blobs are inflated into a buffer each thread keeps, 64 KB to start with, doubled as needed
    // and let go past 1 MB: sizes on each side of those edges, and nothing at all.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65_535)]
    [InlineData(65_536)]
    [InlineData(65_537)]
    [InlineData(1 << 20)]
    [InlineData(3_000_001)]
    public void ATextInflatesToWhatWasDeflatedWhateverItsSize(int length)
    {
        // Q274833's file (a list of 180 fixes), repeated to the length wanted.
        var article = File.ReadAllBytes(FixtureArticles.PathOf("Q274833"));
        var bytes = new byte[length];
        for (var at = 0; at < length; at += article.Length)
        {
            article.AsSpan(0, Math.Min(article.Length, length - at)).CopyTo(bytes.AsSpan(at));
        }

        var deflated = ModelBlobs.Deflate(bytes);

        Assert.Equal(bytes, ModelBlobs.InflateBytes(deflated));
        Assert.Equal(Encoding.UTF8.GetString(bytes), ModelBlobs.InflateText(deflated));
    }

    [Fact]
    public void ABlobReadAfterAHugeOneIsItsOwn()
    {
        var huge = ModelBlobs.Deflate(new byte[3_000_000]);
        var article = File.ReadAllText(FixtureArticles.PathOf("Q199534"));
        var small = ModelBlobs.Deflate(Encoding.UTF8.GetBytes(article));

        Assert.Equal(3_000_000, ModelBlobs.InflateBytes(huge).Length);
        Assert.Equal(article, ModelBlobs.InflateText(small));
    }
}
