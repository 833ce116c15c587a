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
        var text = string.Create(length, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + ((i * 7919) % 26));
            }
        });

        var deflated = ModelBlobs.Deflate(Encoding.UTF8.GetBytes(text));

        Assert.Equal(text, ModelBlobs.InflateText(deflated));
        Assert.Equal(Encoding.UTF8.GetBytes(text), ModelBlobs.InflateBytes(deflated));
    }

    [Fact]
    public void ABlobReadAfterAHugeOneIsItsOwn()
    {
        var huge = ModelBlobs.Deflate(new byte[3_000_000]);
        var small = ModelBlobs.Deflate("Q199534"u8);

        Assert.Equal(3_000_000, ModelBlobs.InflateBytes(huge).Length);
        Assert.Equal("Q199534", ModelBlobs.InflateText(small));
    }
}
