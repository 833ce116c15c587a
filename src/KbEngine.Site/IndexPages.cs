using System.Globalization;
using KbEngine.Core.Compilation;
using KbEngine.Core.Evaluation;
using KbEngine.Core.Extraction;
using KbEngine.Core.Tree;
using KbEngine.Site.Views;

namespace KbEngine.Site;

/// <summary>The browse pages: home, browse, one index per catalog product, area, issue type and archive product, and the failures.</summary>
internal sealed class IndexPages(PageWriter writer, SiteCatalog catalog)
{
    private static readonly StringComparer Ordinal = StringComparer.Ordinal;

    /// <summary>The URLs of the product, area and issue type lists an article is on (the archive's lists aside).</summary>
    public static string[] ListsOf(ArticleSummary summary) =>
    [
        .. summary.Products.Distinct(Ordinal).Select(SiteUrls.Product),
        .. summary.Area is { } area ? [SiteUrls.Area(area.ToUpperInvariant())] : Array.Empty<string>(),
        .. summary.IssueType is { } type ? [SiteUrls.IssueType(type.ToLowerInvariant())] : Array.Empty<string>(),
    ];

    /// <summary>Writes home, browse and failures, and the lists <paramref name="only"/> accepts by URL (all by default).</summary>
    public void Write(
        IReadOnlyDictionary<string, List<ArticleSummary>> archiveMembers,
        TreeNode treeRoot,
        Func<string, string?> treeUrls,
        SiteEstate? estate,
        IReadOnlyList<(ArticleSummary Summary, Finding Finding)> findings,
        Func<string, bool>? only = null)
    {
        var lists = WriteLists(archiveMembers, only);
        var products = lists.ByProduct.Select(g => new LinkItem(ProductName(g.Key), SiteUrls.Product(g.Key), g.Key, g.Value.Count)).OrderByDescending(l => l.Count).ToList();
        var areas = lists.ByArea.Select(g => new LinkItem(g.Key, SiteUrls.Area(g.Key), null, g.Value.Count)).OrderByDescending(l => l.Count).ToList();
        var types = lists.ByType.Select(g => new LinkItem(g.Key, SiteUrls.IssueType(g.Key), null, g.Value.Count)).OrderByDescending(l => l.Count).ToList();
        var archive = ArchiveIndexes.Embedded.All.Where(i => archiveMembers.ContainsKey(i.Slug))
            .Select(i => new LinkItem(i.Title, SiteUrls.ArchiveIndex(i.Slug), i.Slug, archiveMembers[i.Slug].Count)).ToList();

        writer.WritePage(SiteUrls.Browse, "list", new ListPage("Browse", "Every index of the site, with the number of articles in each.", catalog.Summaries.Count,
        [
            new ListGroup("Products", products),
            new ListGroup("Problem areas", areas),
            new ListGroup("Issue types", types),
            new ListGroup("The archive's product lists", archive),
        ]), "Browse");
        WriteFailures();

        var applies = findings.Where(f => f.Finding.Verdict == Verdict.Applies).Select(f => f.Summary.Id).Distinct(Ordinal).Count();
        var open = findings.Where(f => f.Finding.Verdict == Verdict.Open).Select(f => f.Summary.Id).Distinct(Ordinal).Count();
        writer.WritePage(SiteUrls.Home, "home", new HomePage(
            catalog.Summaries.Count,
            catalog.Failures.Count,
            [.. products.Take(12)],
            archive,
            [.. areas.Take(24)],
            [.. types.Take(12)],
            [.. treeRoot.Children.Select(c => new LinkItem(c.Label, treeUrls(c.NodeId), null, c.Articles))],
            estate is null ? null : estate.Topology.Name ?? "your estate",
            applies,
            open), "Home");
    }

    /// <summary>
    /// Writes the product, area, issue type and archive lists <paramref name="only"/> accepts by URL
    /// (all by default), each of the catalog's articles that is on it; returns the catalog's
    /// articles grouped by product, area and issue type.
    /// </summary>
    public (Dictionary<string, List<ArticleSummary>> ByProduct, Dictionary<string, List<ArticleSummary>> ByArea, Dictionary<string, List<ArticleSummary>> ByType) WriteLists(
        IReadOnlyDictionary<string, List<ArticleSummary>> archiveMembers,
        Func<string, bool>? only = null)
    {
        var byProduct = Group(catalog.Summaries.SelectMany(s => s.Products.Distinct(Ordinal).Select(p => (Key: p, Summary: s))));
        var byArea = Group(catalog.Summaries.Where(s => s.Area is not null).Select(s => (Key: s.Area!.ToUpperInvariant(), Summary: s)));
        var byType = Group(catalog.Summaries.Where(s => s.IssueType is not null).Select(s => (Key: s.IssueType!.ToLowerInvariant(), Summary: s)));

        bool Wanted(string url) => only?.Invoke(url) ?? true;
        Parallel.Invoke(
            () => Parallel.ForEach(byProduct.Where(g => Wanted(SiteUrls.Product(g.Key))), g => WriteList(SiteUrls.Product(g.Key), ProductName(g.Key), "Articles that apply to this product, by problem area.", g.Value, byArea: true)),
            () => Parallel.ForEach(byArea.Where(g => Wanted(SiteUrls.Area(g.Key))), g => WriteList(SiteUrls.Area(g.Key), $"Problem area {g.Key}", "Articles whose title opens with this area code.", g.Value, byArea: false)),
            () => Parallel.ForEach(byType.Where(g => Wanted(SiteUrls.IssueType(g.Key))), g => WriteList(SiteUrls.IssueType(g.Key), $"Issue type {g.Key}", "Articles of this issue type.", g.Value, byArea: true)),
            () => Parallel.ForEach(archiveMembers.Where(g => Wanted(SiteUrls.ArchiveIndex(g.Key))), g => WriteList(
                SiteUrls.ArchiveIndex(g.Key),
                $"KB Articles for {ArchiveIndexes.Embedded.All.First(i => i.Slug == g.Key).Title}",
                "The archive's own browse-by-product list, at its address.",
                g.Value,
                byArea: false)));
        return (byProduct, byArea, byType);
    }

    private static string ProductName(string id) => ProductNames.GetValueOrDefault(id) ?? id;

    private static readonly Dictionary<string, string> ProductNames = KnowledgeData.Embedded.Catalog.Products.ToDictionary(p => p.Id, p => p.Name, Ordinal);

    private void WriteList(string url, string heading, string intro, List<ArticleSummary> articles, bool byArea)
    {
        IReadOnlyList<ListGroup> groups = byArea
            ? [.. articles.GroupBy(a => a.Area?.ToUpperInvariant() ?? "Other").OrderByDescending(g => g.Count()).Select(g => new ListGroup(g.Key, [.. g.Select(Item)]))]
            : [new ListGroup(null, [.. articles.Select(Item)])];
        writer.WritePage(url, "list", new ListPage(heading, intro, articles.Count, groups), heading);
    }

    private static LinkItem Item(ArticleSummary summary) => new(summary.Title, SiteUrls.Article(summary.Id), summary.Id);

    private void WriteFailures()
    {
        var items = catalog.Failures.Select(f => new LinkItem(
            f.Diagnostic.ToString(),
            f.Id is { } id && catalog.Has(id) ? SiteUrls.Article(id) : null,
            f.Id)).ToList();
        writer.WritePage(SiteUrls.Failures, "list", new ListPage(
            "Articles that did not parse",
            items.Count == 0 ? "Every article parsed." : $"{items.Count.ToString("N0", CultureInfo.InvariantCulture)} articles are shown as their raw text; each line says where the parser stopped and why.",
            items.Count,
            [new ListGroup(null, items)]), "Failures");
    }

    private static Dictionary<string, List<ArticleSummary>> Group(IEnumerable<(string Key, ArticleSummary Summary)> pairs) =>
        pairs.GroupBy(p => p.Key, Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Summary).ToList(), Ordinal);
}
