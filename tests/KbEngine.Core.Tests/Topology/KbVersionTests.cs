using KbEngine.Core.Topology;

namespace KbEngine.Core.Tests.Topology;

public class KbVersionTests
{
    [Theory]
    [InlineData("5.5", "5.10")]
    [InlineData("4.0", "4.00b")]
    [InlineData("3.51", "4.0")]
    [InlineData("6", "6.0a")]
    public void VersionsCompareAsVersionsNotAsText(string earlier, string later)
    {
        Assert.True(KbVersion.Parse(earlier)!.Value < KbVersion.Parse(later)!.Value);
        Assert.True(KbVersion.Parse(later)!.Value > KbVersion.Parse(earlier)!.Value);
    }

    [Fact]
    public void TrailingZerosDoNotMakeADifferentVersion()
    {
        Assert.Equal(KbVersion.Parse("4.0"), KbVersion.Parse("4.00"));
        Assert.Equal(KbVersion.Parse("4.0")!.Value.GetHashCode(), KbVersion.Parse("4.00")!.Value.GetHashCode());
    }

    [Theory]
    [InlineData("")]
    [InlineData("five")]
    [InlineData("5..5")]
    public void TextThatIsNoVersionIsRefused(string text) => Assert.Null(KbVersion.Parse(text));
}
