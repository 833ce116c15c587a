using KbEngine.Core.Compilation;
using KbEngine.Core.Tests;

namespace KbEngine.Site.Tests;

/// <summary>Browse lists longer than a page are split into pages that lead to each other.</summary>
public sealed class IndexPagesTests : IDisposable
{
    private const int PageSize = 3;
    private readonly TemporaryFolder _folder = new();
    private readonly string _paged;
    private readonly string _whole;
    private readonly SiteReport _report;

    public IndexPagesTests()
    {
        var file = Path.Combine(_folder.Path, "kb.kbdb");
        KnowledgeBaseCompiler.Default.Compile(SiteFixture.CopyFixtures(_folder), file);
        using var knowledgeBase = KnowledgeBase.Open(file);
        _paged = Path.Combine(_folder.Path, "paged");
        _whole = Path.Combine(_folder.Path, "whole");
        _report = SiteBuilder.Build(knowledgeBase, SiteFixture.Options(_paged) with { ListPageSize = PageSize });
        SiteBuilder.Build(knowledgeBase, SiteFixture.Options(_whole));
    }

    [Theory]
    [InlineData("types/kbbug/")] // grouped by area
    [InlineData("id/exchange/")] // the archive's own list keeps its address for its first page
    public void ALongListIsSplitIntoPagesThatTogetherShowItInOrderWithTheTotalOnEach(string list)
    {
        var whole = Items(_whole, list);
        var count = (whole.Count + PageSize - 1) / PageSize;
        Assert.InRange(count, 2, 100);
        var total = SiteFixture.Parse(_whole, list).QuerySelector("main p:not(.lead)")!.TextContent;

        var shown = new List<string>();
        for (var number = 1; number <= count; number++)
        {
            var url = SiteUrls.ListPage(list, number);
            Assert.Equal(number == 1 ? list : $"{list}page/{number}/", url);
            var page = SiteFixture.Parse(_paged, url);
            var items = Items(_paged, url);
            Assert.InRange(items.Count, 1, PageSize);
            shown.AddRange(items);
            Assert.StartsWith(total.TrimEnd('.'), page.QuerySelector("main p:not(.lead)")!.TextContent, StringComparison.Ordinal);
            Assert.Contains($"page {number} of {count}", page.Title, StringComparison.Ordinal);
        }

        Assert.Equal(whole, shown);
        Assert.False(File.Exists(Path.Combine(_paged, SiteUrls.FileOf(SiteUrls.ListPage(list, count + 1)))));
    }

    [Fact]
    public void EachPageHasANavigationToTheOthersThatMarksItsOwnAndResolves()
    {
        const string list = "types/kbbug/";
        var first = SiteFixture.Parse(_paged, list);
        var count = first.QuerySelectorAll("nav[aria-label=Pages] li a:not([rel])").Length;
        Assert.True(count >= 2);
        for (var number = 1; number <= count; number++)
        {
            var url = SiteUrls.ListPage(list, number);
            var nav = SiteFixture.Parse(_paged, url).QuerySelector("nav[aria-label=Pages]")!;
            string Target(string selector) => nav.QuerySelector(selector) is { } a
                ? PageWriter.Resolve(url, a.GetAttribute("href")!)!
                : "";

            Assert.Equal(SiteUrls.FileOf(url), Target("a[aria-current=page]"));
            Assert.Equal(number > 1 ? SiteUrls.FileOf(SiteUrls.ListPage(list, number - 1)) : "", Target("a[rel=prev]"));
            Assert.Equal(number < count ? SiteUrls.FileOf(SiteUrls.ListPage(list, number + 1)) : "", Target("a[rel=next]"));
            Assert.Equal("Page 1", nav.QuerySelectorAll("li a:not([rel])")[0].TextContent);
            Assert.All(nav.QuerySelectorAll("a"), a => Assert.True(File.Exists(Path.Combine(_paged, PageWriter.Resolve(url, a.GetAttribute("href")!)!))));
        }

        Assert.Empty(_report.BrokenLinks);
    }

    [Fact]
    public void AListOfOnePageHasNoPageNavigation()
    {
        var page = SiteFixture.Parse(_whole, "types/kbbug/");

        Assert.Null(page.QuerySelector("nav[aria-label=Pages]"));
        Assert.False(Directory.Exists(Path.Combine(_whole, "types", "kbbug", "page")));
    }

    [Fact]
    public void TheSitemapListsEveryPageOfTheLists()
    {
        var sitemap = File.ReadAllText(Path.Combine(_paged, "sitemap-1.xml"));

        Assert.Contains("<loc>/types/kbbug/page/2/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>/types/kbbug/</loc>", sitemap, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>The articles a list page links, as files from the site root (pages at different depths link them differently).</summary>
    private static List<string> Items(string site, string url) =>
        [.. SiteFixture.Parse(site, url).QuerySelectorAll("ul.articles a").Select(a => PageWriter.Resolve(url, a.GetAttribute("href")!)!)];
}
