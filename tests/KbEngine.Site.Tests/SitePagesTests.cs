namespace KbEngine.Site.Tests;

public sealed class SitePagesTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public void TheBuildReportsItsPagesAndNoBrokenLink()
    {
        Assert.Empty(site.Report.BrokenLinks);
        Assert.Equal(SiteFixture.Fixtures().Count() + 1, site.Report.Articles);
        Assert.Single(site.Report.Failures);
        Assert.True(site.Report.Pages > site.Report.Articles);
    }

    [Fact]
    public void TheTreePagesLeadToQ199534ByPlainLinks()
    {
        // Breadth first from the root, following only the answers' links: what a reader without JavaScript can do.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<(string Url, int Depth)>([("tree/", 0)]);
        while (queue.Count > 0)
        {
            var (url, depth) = queue.Dequeue();
            if (!seen.Add(url))
            {
                continue;
            }

            if (url == "kb/199/Q199534/")
            {
                Assert.InRange(depth, 2, 30);
                return;
            }

            if (!url.StartsWith("tree/", StringComparison.Ordinal))
            {
                continue;
            }

            var page = site.Page(url);
            Assert.NotNull(page.QuerySelector("h1"));
            foreach (var link in page.QuerySelectorAll("ul.answers a"))
            {
                var folder = url[..(url.LastIndexOf('/') + 1)];
                queue.Enqueue((PageWriter.Resolve(folder, link.GetAttribute("href")!)!.Replace("index.html", "", StringComparison.Ordinal), depth + 1));
            }
        }

        Assert.Fail("no chain of answers leads from tree/ to Q199534");
    }

    [Fact]
    public void EachTreePageShowsItsParentsAnswersAndTheOneThatLedToIt()
    {
        // Every question page below the root, reached from its parent by an answer's link.
        var queue = new Queue<string>(["tree/"]);
        var checkedPages = 0;
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            var page = site.Page(url);
            var crumbs = Crumbs(page);
            foreach (var answer in page.QuerySelectorAll("ul.answers a"))
            {
                var target = PageWriter.Resolve(url[..(url.LastIndexOf('/') + 1)], answer.GetAttribute("href")!)!;
                if (!target.StartsWith("tree/", StringComparison.Ordinal))
                {
                    continue; // an article
                }

                var child = target.EndsWith("/index.html", StringComparison.Ordinal) ? target[..^"index.html".Length] : target;
                var below = Crumbs(site.Page(child));
                Assert.Equal([.. crumbs.Select(c => c.Text), answer.TextContent], below.Select(c => c.Text));
                Assert.Equal(SiteUrls.FileOf(url), below[^2].Target is { } back ? PageWriter.Resolve(child[..(child.LastIndexOf('/') + 1)], back) : null);
                Assert.Null(below[^1].Target); // the page itself is not a link
                queue.Enqueue(child);
                checkedPages++;
            }
        }

        Assert.True(checkedPages > 10, $"only {checkedPages} question pages were reached");

        static List<(string Text, string? Target)> Crumbs(AngleSharp.Dom.IDocument page) =>
            [.. page.QuerySelectorAll("nav.crumbs li").Select(li => (li.TextContent.Trim(), li.QuerySelector("a")?.GetAttribute("href")))];
    }

    [Fact]
    public void BrowsePagesListArticlesWithCounts()
    {
        var home = site.Page("");
        Assert.NotEmpty(home.QuerySelectorAll("ul.cards .count"));
        var area = site.Page("areas/xfor/");
        Assert.Contains(area.QuerySelectorAll("a"), a => a.GetAttribute("href") == "../../kb/199/Q199534/");
        var archive = site.Page("id/exchange/");
        Assert.Contains(archive.QuerySelectorAll("a"), a => a.GetAttribute("href") == "../../kb/199/Q199534/");
        var browse = site.Page("browse/");
        Assert.Contains(browse.QuerySelectorAll("h2"), h => h.TextContent == "Issue types");
    }

    [Fact]
    public void TheDiagnosisPageShowsVerdictsPerElementWithStepsAndTrace()
    {
        var page = site.Page("diagnosis/");
        var elements = page.QuerySelector("#elements-h")!.ParentElement!.QuerySelectorAll("tbody tr").ToDictionary(tr => tr.QuerySelector("th")!.TextContent);
        Assert.Contains(elements["SITE2"].QuerySelectorAll("a"), a => a.TextContent == "Q199534");
        var applies = page.QuerySelector("#applies-h")!.ParentElement!;
        var finding = applies.QuerySelectorAll(".diagnosis-item").First(i => i.TextContent.Contains("Q199534", StringComparison.Ordinal));
        Assert.Contains(finding.QuerySelectorAll(".steps li"), li => li.TextContent.Contains("SITE2", StringComparison.Ordinal));
        Assert.NotEmpty(finding.QuerySelectorAll("details tbody tr"));
    }

    [Fact]
    public void EveryPageHasLandmarksLabelledControlsAndHeadingsInOrder()
    {
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var url = Path.GetRelativePath(site.Output, file).Replace('\\', '/');
            var page = SiteFixture.Parse(site.Output, url);
            Assert.True(page.QuerySelector("header") is not null && page.QuerySelector("main") is not null && page.QuerySelector("footer") is not null && page.QuerySelector("nav") is not null, url);
            Assert.Single(page.QuerySelectorAll("h1"));
            foreach (var input in page.QuerySelectorAll("input"))
            {
                Assert.True(page.QuerySelector($"label[for='{input.Id}']") is not null, $"{url}: input {input.Id} has no label");
            }

            var previous = 1;
            foreach (var heading in page.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
            {
                var level = heading.LocalName[1] - '0';
                Assert.True(level <= previous + 1, $"{url}: {heading.LocalName} '{heading.TextContent}' follows h{previous}");
                previous = level;
            }
        }
    }

    [Fact]
    public void TheSitemapListsEveryArticleAndThe404PageLinksFromTheRoot()
    {
        var sitemap = File.ReadAllText(Path.Combine(site.Output, "sitemap-1.xml"));
        Assert.Contains("<loc>/kb/199/Q199534/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("sitemap-1.xml", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")), StringComparison.Ordinal);
        var notFound = SiteFixture.Parse(site.Output, "404.html");
        Assert.Equal("/assets/site.css", notFound.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    [Fact]
    public void TheStylesheetHasADarkThemeAndAPrintStyle()
    {
        var css = File.ReadAllText(Path.Combine(site.Output, "assets", "site.css"));
        Assert.Contains("prefers-color-scheme: dark", css, StringComparison.Ordinal);
        Assert.Contains("@media print", css, StringComparison.Ordinal);
    }
}
