using AngleSharp.Dom;

namespace KbEngine.Site.Tests;

public sealed class ArticlePageTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public void AnArticleIsServedAtTheArchiveUrl()
    {
        Assert.True(File.Exists(Path.Combine(site.Output, "kb", "199", "Q199534", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "kb", "010", "Q10022", "index.html")));
    }

    [Fact]
    public void TheTitleAndMetadataAreShown()
    {
        var page = site.Page("kb/199/Q199534/");
        Assert.Contains("MS Mail Users Can't Send to Users in Remote Exchange Sites", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var meta = Terms(page.QuerySelector("dl.meta")!);
        Assert.Equal("Microsoft Exchange", meta["Products"]);
        Assert.Equal("1999-10-17", meta["Last modified"]);
        Assert.Equal("kbprb", meta["Issue type"]);
        Assert.Equal("exc4 exc5 exc55", meta["Keywords"]);
        Assert.Contains("winnt:4.0,5.0,5.5", meta["Versions"], StringComparison.Ordinal);
    }

    [Fact]
    public void SectionsAreRealHtml()
    {
        var text = site.Page("kb/199/Q199534/").QuerySelector(".text")!;
        Assert.Equal(["SYMPTOMS", "CAUSE", "RESOLUTION", "MORE INFORMATION", "Related articles"], text.QuerySelectorAll("h2").Select(h => h.TextContent));
        var steps = text.QuerySelector("#resolution")!.ParentElement!.QuerySelector("ol")!;
        Assert.Equal(5, steps.Children.Length);
        Assert.StartsWith("Start the MS Mail Admininstrator program", steps.Children[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(text.QuerySelectorAll("pre"), pre => pre.TextContent.Contains("XFOR: How to Backbone MSMail 3.x over Exchange", StringComparison.Ordinal));
    }

    [Fact]
    public void AnArticleNumberIsALinkWhenTheSiteHasTheArticle()
    {
        var text = site.Page("kb/199/Q199534/").QuerySelector(".text")!;
        var link = text.QuerySelectorAll("pre a").Single();
        Assert.Equal("Q148389", link.TextContent);
        Assert.Equal("../../../kb/148/Q148389/", link.GetAttribute("href"));
    }

    [Fact]
    public void TheExtractedKnowledgeIsBesideTheText()
    {
        var aside = site.Page("kb/199/Q199534/").QuerySelector("aside.knowledge")!;
        var headings = aside.QuerySelectorAll("h3").Select(h => h.TextContent).ToList();
        Assert.Contains("Symptoms", headings);
        Assert.Contains("Conditions", headings);
        Assert.Contains("Cause", headings);
        Assert.Contains("Resolution", headings);
        Assert.All(aside.QuerySelectorAll(".conditions li"), li => Assert.True(li.ClassName is "bound" or "open"));
        Assert.Contains("not complete", aside.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRawTextIsOnThePageWhereItsLinkPoints()
    {
        var page = site.Page("kb/199/Q199534/");
        var link = page.QuerySelectorAll("dl.meta a").Single(a => a.TextContent == "raw text");
        var raw = page.QuerySelector(link.GetAttribute("href")!);
        Assert.NotNull(raw);
        Assert.Equal("details", raw.ParentElement?.LocalName);
        Assert.Equal(File.ReadAllText(Path.Combine(SiteFixture.FixturesFolder, "Q199534.md")), raw.TextContent);
    }

    [Fact]
    public void AnArticleListsTheArticlesThatCiteIt()
    {
        var related = site.Page("kb/148/Q148389/").QuerySelector("section.related")!;
        Assert.Contains(related.QuerySelectorAll("a"), a => a.GetAttribute("href") == "../../../kb/199/Q199534/");
    }

    [Fact]
    public void AnArticleThatDidNotParseIsShownAsItsRawTextWithTheReason()
    {
        var page = site.Page(SiteUrls.Article(SiteFixture.BrokenId));
        Assert.Contains("Some text without the other header fields.", page.QuerySelector("pre.raw")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("the header ends without", page.QuerySelector(".problem")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(site.Report.Failures, f => f.Message.Contains("the header ends without", StringComparison.Ordinal));
        Assert.Contains(site.Page("failures/").QuerySelectorAll("a"), a => a.GetAttribute("href")!.EndsWith(SiteUrls.Article(SiteFixture.BrokenId), StringComparison.Ordinal));
    }

    [Fact]
    public void TheArticlePageShowsTheVerdictForTheEstate()
    {
        var page = site.Page("kb/199/Q199534/");
        Assert.Contains("applies", page.QuerySelector("p.verdict")!.TextContent, StringComparison.Ordinal);
        var findings = page.QuerySelectorAll("#estate .finding");
        Assert.Contains(findings, f => f.ClassList.Contains("applies") && f.TextContent.Contains("remote=SITE2", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.ClassList.Contains("ruled-out") && f.TextContent.Contains("remote=SITE3", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Terms(IElement list) =>
        list.QuerySelectorAll("dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!.TextContent.Trim());
}
