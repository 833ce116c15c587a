using System.Buffers.Binary;
using System.Net;
using System.Text.RegularExpressions;
using KbEngine.Core.Tree;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KbEngine.Site.Tests.Browser;

/// <summary>
/// The built default site in headless Chromium, served over HTTP: the troubleshooter's links lead to
/// Q199534, the search finds it, and no page logs an error. Skipped when Chromium is not installed.
/// </summary>
public sealed class DefaultSiteInChromiumTests : IClassFixture<DefaultSiteFixture>
{
    /// <summary>Words of Q199534's symptom, as a user would type them.</summary>
    private const string Query = "MS Mail users cannot send to users in remote Exchange sites";

    /// <summary>The tallest screenshot, in pixels.</summary>
    private const int MaxScreenshotHeight = 4000;

    private static readonly string ArticleUrl = SiteUrls.Article(DefaultSiteFixture.ArticleId);

    private readonly DefaultSiteFixture _site;
    private readonly ITestOutputHelper _output;

    public DefaultSiteInChromiumTests(DefaultSiteFixture site, ITestOutputHelper output)
    {
        _site = site;
        _output = output;
        if (Chromium.IsInstalled)
        {
            _output.WriteLine($"{site.Timings}; serving {site.Server.BaseUrl}");
        }
    }

    [ChromiumFact]
    public async Task TheTroubleshootersAnswersLeadFromTheRootToQ199534()
    {
        await using var session = await BrowserSession.OpenAsync(_site.Browser);
        var page = session.Page;
        await session.GotoAsync(_site.Server.Address(SiteUrls.Tree));
        Assert.Equal("All products", await page.Locator(".crumbs [aria-current=page]").InnerTextAsync());
        foreach (var (answer, node) in _site.TreePath)
        {
            // The answer is a plain link: exactly one with that text on the page.
            var link = page.Locator("ul.answers a").Filter(new LocatorFilterOptions { HasTextRegex = new($"^{Regex.Escape(answer)}$") });
            Assert.Equal(1, await link.CountAsync());
            var target = new Uri(new Uri(page.Url), await link.GetAttributeAsync("href")).ToString();
            await session.ArriveAsync(link, target);
            _output.WriteLine($"{answer} → {new Uri(page.Url).AbsolutePath}");
            if (node.Kind == TreeNodeKind.Leaf)
            {
                Assert.Equal(_site.Server.Address(ArticleUrl), page.Url);
                Assert.StartsWith(DefaultSiteFixture.ArticleId + " ", await page.Locator("main h1").InnerTextAsync(), StringComparison.Ordinal);
            }
            else
            {
                // A question's page says where the answers so far have led.
                Assert.StartsWith(_site.Server.Address(SiteUrls.Tree), page.Url, StringComparison.Ordinal);
                Assert.Equal(node.Label, await page.Locator(".crumbs [aria-current=page]").InnerTextAsync());
            }
        }

        Assert.Equal(_site.Server.Address(ArticleUrl), page.Url);
        await AssertNoProblemsAsync(session);
    }

    [ChromiumFact]
    public async Task SearchingForQ199534sSymptomFindsItAsYouTypeAndOnTheSearchPage()
    {
        await using var session = await BrowserSession.OpenAsync(_site.Browser);
        var page = session.Page;
        var box = page.GetByLabel("Search the articles");
        var articleLink = $"a[href$=\"/{DefaultSiteFixture.ArticleId}/\"]";

        // On any page, suggestions appear under the box as you type (the last word key by key, so
        // that searches overtaken by the next keystroke are dropped).
        await session.GotoAsync(_site.Server.Address(SiteUrls.Home));
        var lastWord = Query.LastIndexOf(' ') + 1;
        await box.FillAsync(Query[..lastWord]);
        await box.PressSequentiallyAsync(Query[lastWord..]);
        await page.Locator($"#search-suggestions:not([hidden]) {articleLink}").WaitForAsync();

        // On the search page, Enter lists the matches of ?q=; the article is one, and opens.
        await session.GotoAsync(_site.Server.Address(SiteUrls.Search));
        await box.FillAsync(Query);
        var searchAddress = _site.Server.Address(SiteUrls.Search) + "?q=" + WebUtility.UrlEncode(Query);
        await session.ArriveAsync(() => box.PressAsync("Enter"), new Regex($"^{Regex.Escape(searchAddress)}$"));
        var hit = page.Locator($"#search-results {articleLink}");
        await hit.WaitForAsync();
        Assert.Matches(@"^\d+\+? articles match", await page.Locator("#search-status").InnerTextAsync());
        _output.WriteLine($"“{Query}”: {await page.Locator("#search-status").InnerTextAsync()}; {DefaultSiteFixture.ArticleId} is hit {await HitRankAsync(page)}");
        await session.ArriveAsync(hit, _site.Server.Address(ArticleUrl));
        Assert.StartsWith(DefaultSiteFixture.ArticleId + " ", await page.Locator("main h1").InnerTextAsync(), StringComparison.Ordinal);
        await AssertNoProblemsAsync(session);
    }

    [ChromiumFact]
    public async Task TheHomeAnArticleAndTheTopologyReportAreScreenshottedWithoutErrors()
    {
        Directory.CreateDirectory(DefaultSiteFixture.ScreenshotFolder);
        _output.WriteLine($"screenshots in {DefaultSiteFixture.ScreenshotFolder}");
        await using var session = await BrowserSession.OpenAsync(_site.Browser);
        foreach (var (name, url) in new[] { ("home", SiteUrls.Home), ("article-" + DefaultSiteFixture.ArticleId, ArticleUrl), ("diagnosis", SiteUrls.Diagnosis) })
        {
            await session.GotoAsync(_site.Server.Address(url));
            var file = Path.Combine(DefaultSiteFixture.ScreenshotFolder, name + ".png");
            // The whole page, down to a limit: the diagnosis of the estate is tens of screens long.
            var height = Math.Min(await session.Page.EvaluateAsync<int>("document.documentElement.scrollHeight"), MaxScreenshotHeight);
            await session.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Clip = new Clip { X = 0, Y = 0, Width = 1280, Height = height } });
            var (width, pixelHeight) = PngSize(file);
            _output.WriteLine($"{name}.png: {width}×{pixelHeight}, {new FileInfo(file).Length:N0} bytes");
            Assert.True(width == 1280 && pixelHeight >= 900, $"{file} is {width}×{pixelHeight}");
            Assert.True(new FileInfo(file).Length > 10_000, $"{file} is only {new FileInfo(file).Length} bytes: a blank page?");
        }

        await AssertNoProblemsAsync(session);
    }

    /// <summary>Fails when a page of the session logged an error.</summary>
    private static async Task AssertNoProblemsAsync(BrowserSession session)
    {
        var problems = await session.ProblemsAsync();
        Assert.True(problems.Count == 0, $"{problems.Count} problems in the browser:\n" + string.Join("\n", problems));
    }

    private static async Task<int> HitRankAsync(IPage page)
    {
        var hrefs = await page.Locator("#search-results a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return Array.FindIndex(hrefs, h => h.EndsWith($"/{DefaultSiteFixture.ArticleId}/", StringComparison.Ordinal)) + 1;
    }

    /// <summary>The size in a PNG's header; fails when the file is not a PNG.</summary>
    private static (int Width, int Height) PngSize(string file)
    {
        var header = new byte[24];
        using (var stream = File.OpenRead(file))
        {
            stream.ReadExactly(header);
        }

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], header[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(header, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }
}
