using System.Diagnostics;
using KbEngine.Core.Compilation;
using KbEngine.Core.Tests;
using KbEngine.Core.Tree;
using Microsoft.Playwright;

namespace KbEngine.Site.Tests.Browser;

/// <summary>
/// The default site (content/kb/ with the example estate, as <c>kb build --topology</c> makes it),
/// served over HTTP, and a headless Chromium to open it; nothing is built when Chromium is absent
/// (the tests are then skipped).
/// </summary>
public sealed class DefaultSiteFixture : IAsyncLifetime, IDisposable
{
    /// <summary>The article the tests walk to and search for.</summary>
    public const string ArticleId = "Q199534";

    private readonly TemporaryFolder _folder = new();
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The answers to click from the tree's root to the article, with the node each leads to.</summary>
    public IReadOnlyList<(string Answer, TreeNode Node)> TreePath { get; private set; } = [];

    public StaticSiteServer Server => _server ?? throw new InvalidOperationException("the site is not served: Chromium is not installed");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not running");

    /// <summary>What building the site and starting the browser took, for the test output.</summary>
    public string Timings { get; private set; } = "";

    /// <summary>Where the screenshots go: artifacts/screenshots/ at the repository root.</summary>
    public static string ScreenshotFolder => Path.Combine(SharedCorpus.RepositoryRoot, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        var knowledgeBaseFile = Path.Combine(_folder.Path, "default.kbdb");
        KnowledgeBaseCompiler.Default.Compile(Path.Combine(SharedCorpus.RepositoryRoot, "content", "kb"), knowledgeBaseFile);
        var output = Path.Combine(_folder.Path, "site");
        using (var knowledgeBase = KnowledgeBase.Open(knowledgeBaseFile))
        {
            var report = SiteBuilder.Build(knowledgeBase, SiteFixture.Options(output) with { Estate = SiteFixture.ContosoEstate() });
            if (report.BrokenLinks.Length > 0)
            {
                throw new InvalidOperationException($"the default site has {report.BrokenLinks.Length} broken links, first {report.BrokenLinks[0]}");
            }

            TreePath = PathTo(knowledgeBase.Tree, ArticleId);
        }

        var built = clock.Elapsed;
        _server = new StaticSiteServer(output);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium.ExecutablePath, Headless = true });
        Timings = $"site built in {built.TotalSeconds:0.0} s, Chromium {_browser.Version} started in {(clock.Elapsed - built).TotalSeconds:0.0} s";
    }

    /// <summary>The answers from the root to the first leaf of the article.</summary>
    private static List<(string Answer, TreeNode Node)> PathTo(DecisionTree tree, string articleId)
    {
        var leaf = tree.Nodes.FirstOrDefault(n => n.Kind == TreeNodeKind.Leaf && n.ArticleId == articleId)
            ?? throw new InvalidOperationException($"{articleId} is not a leaf of the decision tree");
        var path = new List<(string Answer, TreeNode Node)>();
        for (var node = leaf; node.ParentId is not null; node = tree.Node(node.ParentId)!)
        {
            var parent = tree.Node(node.ParentId)!;
            path.Add((parent.Children.Single(a => a.NodeId == node.Id).Label, node));
        }

        path.Reverse();
        return path;
    }

    /// <summary>Closes the browser (xunit then calls <see cref="Dispose"/>).</summary>
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>Stops the server and deletes the site.</summary>
    public void Dispose()
    {
        _server?.Dispose();
        _folder.Dispose();
    }
}
