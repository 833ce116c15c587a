namespace KbEngine.Site.Tests;

public sealed class SiteUrlsTests
{
    [Theory]
    [InlineData("MORE INFORMATION", "more-information")]
    [InlineData("Steps to Reproduce Behavior", "steps-to-reproduce-behavior")]
    [InlineData("  -- Cause: (NT 4.0) --  ", "cause-nt-4-0")]
    [InlineData("exchange-server", "exchange-server")]
    [InlineData("Café Überfall", "caf-berfall")]
    [InlineData("", "other")]
    [InlineData("*** ---", "other")]
    public void SlugKeepsLowerCaseLettersAndDigitsJoinedBySingleDashes(string text, string slug)
    {
        Assert.Equal(slug, SiteUrls.Slug(text));
        Span<char> into = stackalloc char[Math.Max(text.Length, 1)];
        Assert.Equal(slug, SiteUrls.Slug(text, into).ToString());
    }

    [Fact]
    public void SlugOfALongHeadingIsWholeAndTheSameBothWays()
    {
        var heading = string.Join(" ", Enumerable.Range(0, 100).Select(i => $"Word{i}"));

        var slug = SiteUrls.Slug(heading);

        Assert.Equal(string.Join("-", Enumerable.Range(0, 100).Select(i => $"word{i}")), slug);
        Assert.Equal(slug, SiteUrls.Slug(heading, new char[heading.Length]).ToString());
    }
}
