using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KbEngine.Site.Tests.Browser;

/// <summary>
/// One browser tab on the served site that records, on every page it visits, what would show in the
/// developer console as a problem: console errors, uncaught exceptions, failed requests and HTTP errors.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>The longest wait for one step, in milliseconds.</summary>
    private const float Timeout = 30_000;

    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];

    private BrowserSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type != "error")
            {
                return;
            }

            // Every page names its icon (assets/favicon.svg), so even the browser's own request for /favicon.ico would be a failure here.
            Record($"console error on {page.Url}: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => Record($"uncaught error on {page.Url}: {error}");
        page.RequestFailed += (_, request) => Record($"request failed on {page.Url}: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Record($"HTTP {response.Status} for {response.Url} on {page.Url}");
            }
        };
    }

    public IPage Page { get; }

    public static async Task<BrowserSession> OpenAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        // The site is static and local: a step takes well under a second, but a busy CI machine
        // (two cores, tests building sites in parallel) can make one take several.
        context.SetDefaultTimeout(Timeout);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page);
    }

    /// <summary>Opens a page and checks the server answered 200.</summary>
    public async Task GotoAsync(string address)
    {
        var response = await Page.GotoAsync(address);
        Assert.True(response is { Status: 200 }, $"{address} answered {response?.Status.ToString() ?? "nothing"}");
    }

    /// <summary>
    /// Does what leads to another page (a click, Enter), then waits until the address is
    /// <paramref name="address"/> and the page has loaded.
    /// </summary>
    /// <remarks>
    /// Not <c>WaitForURLAsync</c>: called once a click has already committed the navigation, it waits
    /// for a load event it can miss (seen on a busy machine: a timeout on a page whose readyState was
    /// "complete"). The address is polled and the page itself asked instead.
    /// </remarks>
    public async Task ArriveAsync(Func<Task> action, Regex address)
    {
        ArgumentNullException.ThrowIfNull(action);
        await action();
        await Assertions.Expect(Page).ToHaveURLAsync(address, new PageAssertionsToHaveURLOptions { Timeout = Timeout });
        await Page.WaitForFunctionAsync("() => document.readyState === 'complete'");
    }

    /// <summary>Clicks a link and waits until its page, at <paramref name="address"/>, has loaded.</summary>
    public Task ArriveAsync(ILocator link, string address) =>
        ArriveAsync(() => link.ClickAsync(), new Regex($"^{Regex.Escape(address)}$"));

    /// <summary>The problems seen so far, once the events the browser has already sent have arrived.</summary>
    public async Task<IReadOnlyList<string>> ProblemsAsync()
    {
        // Events come in order on the driver's connection: once a round trip returns, the earlier ones are in.
        await Page.EvaluateAsync("1");
        lock (_problems)
        {
            return [.. _problems];
        }
    }

    private void Record(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
