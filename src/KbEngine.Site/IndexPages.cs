using System.Collections.Concurrent;
using System.Globalization;
using KbEngine.Core.Compilation;
using KbEngine.Core.Evaluation;
using KbEngine.Core.Extraction;
using KbEngine.Core.Tree;
using KbEngine.Site.Output;
using KbEngine.Site.Views;

namespace KbEngine.Site;

/// <summary>The browse pages: home, browse, one index per catalog product, area, issue type and archive product, and the failures.</summary>
/// <remarks>
/// A list longer than <c>pageSize</c> articles is split into pages (see <see cref="SiteUrls.ListPage"/>),
/// each noted in <c>written</c> with its members, so that a later build can write one page again alone.
/// </remarks>
internal sealed class IndexPages(PageWriter writer, SiteCatalog catalog, int pageSize, ConcurrentBag<ListPageMembers> written)
{
    private static readonly StringComparer Ordinal = StringComparer.Ordinal;

    /// <summary>The URLs of the product, area and issue type lists an article is on (the archive's lists aside).</summary>
    public static string[] ListsOf(ArticleSummary summary) =>
    [
        .. summary.Products.Distinct(Ordinal).Select(SiteUrls.Product),
        .. summary.Area is { } area ? [SiteUrls.Area(area.ToUpperInvariant())] : Array.Empty<string>(),
        .. summary.IssueType is { } type ? [SiteUrls.IssueType(type.ToLowerInvariant())] : Array.Empty<string>(),
    ];

    /// <summary>The lists that show an article: its products', its area's, its issue type's and the archive's lists <paramref name="archiveIndexes"/>.</summary>
    public static IEnumerable<ArticleList> ListsShowing(ArticleSummary summary, IEnumerable<string> archiveIndexes)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.Products.Distinct(Ordinal).Select(ProductList)
            .Concat(summary.Area is { } area ? [AreaList(area.ToUpperInvariant())] : [])
            .Concat(summary.IssueType is { } type ? [TypeList(type.ToLowerInvariant())] : [])
            .Concat(archiveIndexes.Select(ArchiveList));
    }

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
            () => Parallel.ForEach(byProduct.Where(g => Wanted(SiteUrls.Product(g.Key))), g => WriteList(ProductList(g.Key), g.Value)),
            () => Parallel.ForEach(byArea.Where(g => Wanted(SiteUrls.Area(g.Key))), g => WriteList(AreaList(g.Key), g.Value)),
            () => Parallel.ForEach(byType.Where(g => Wanted(SiteUrls.IssueType(g.Key))), g => WriteList(TypeList(g.Key), g.Value)),
            () => Parallel.ForEach(archiveMembers.Where(g => Wanted(SiteUrls.ArchiveIndex(g.Key))), g => WriteList(ArchiveList(g.Key), g.Value)));
        return (byProduct, byArea, byType);
    }

    /// <summary>
    /// Writes page <paramref name="number"/> of <paramref name="count"/> of a list of
    /// <paramref name="total"/> articles, showing <paramref name="members"/> in their order; grouped
    /// lists show each run of one area under its heading.
    /// </summary>
    public void WritePage(ArticleList list, int number, int count, int total, IReadOnlyList<ArticleSummary> members)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(members);
        var url = SiteUrls.ListPage(list.Url, number);
        IReadOnlyList<ListGroup> groups = list.ByArea ? Runs(members) : [new ListGroup(null, [.. members.Select(Item)])];
        var first = ((number - 1) * pageSize) + 1;
        var pager = count == 1 ? null : new Pager(
            number,
            count,
            first,
            first + members.Count - 1,
            number > 1 ? SiteUrls.ListPage(list.Url, number - 1) : null,
            number < count ? SiteUrls.ListPage(list.Url, number + 1) : null,
            [.. Enumerable.Range(1, count).Select(n => new LinkItem(n.ToString(CultureInfo.InvariantCulture), SiteUrls.ListPage(list.Url, n)))]);
        // Every page's title says which page it is: a tab or a bookmark tells them apart.
        var title = count == 1 ? list.Heading : $"{list.Heading}, page {number} of {count}";
        writer.WritePage(url, "list", new ListPage(list.Heading, list.Intro, total, groups, pager), title);
        written.Add(new ListPageMembers(url, list.Url, number, count, total, [.. members.Select(m => m.Id)]));
    }

    private static string ProductName(string id) => ProductNames.GetValueOrDefault(id) ?? id;

    private static readonly Dictionary<string, string> ProductNames = KnowledgeData.Embedded.Catalog.Products.ToDictionary(p => p.Id, p => p.Name, Ordinal);

    private static ArticleList ProductList(string id) => new(SiteUrls.Product(id), ProductName(id), "Articles that apply to this product, by problem area.", ByArea: true);

    private static ArticleList AreaList(string area) => new(SiteUrls.Area(area), $"Problem area {area}", "Articles whose title opens with this area code.", ByArea: false);

    private static ArticleList TypeList(string type) => new(SiteUrls.IssueType(type), $"Issue type {type}", "Articles of this issue type.", ByArea: true);

    private static ArticleList ArchiveList(string slug) => new(
        SiteUrls.ArchiveIndex(slug),
        $"KB Articles for {ArchiveIndexes.Embedded.All.First(i => i.Slug == slug).Title}",
        "The archive's own browse-by-product list, at its address.",
        ByArea: false);

    private static string AreaOf(ArticleSummary summary) => summary.Area?.ToUpperInvariant() ?? "Other";

    /// <summary>
    /// Writes a whole list, page by page. The order depends on membership alone, never on titles:
    /// content order, and for grouped lists the areas with the most articles first (ties in content
    /// order). A retitled article so stays on its page, and only that page changes.
    /// </summary>
    private void WriteList(ArticleList list, List<ArticleSummary> articles)
    {
        IEnumerable<ArticleSummary> ordered = list.ByArea ? articles.GroupBy(AreaOf, Ordinal).OrderByDescending(g => g.Count()).SelectMany(g => g) : articles;
        var pages = ordered.Chunk(pageSize).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            WritePage(list, i + 1, pages.Count, articles.Count, pages[i]);
        }
    }

    /// <summary>The groups of a page of a grouped list: its members' consecutive runs of one area, which are the list's groups cut at the page's ends.</summary>
    private static List<ListGroup> Runs(IReadOnlyList<ArticleSummary> members)
    {
        var groups = new List<ListGroup>();
        var start = 0;
        for (var i = 1; i <= members.Count; i++)
        {
            if (i == members.Count || AreaOf(members[i]) != AreaOf(members[start]))
            {
                groups.Add(new ListGroup(AreaOf(members[start]), [.. Enumerable.Range(start, i - start).Select(j => Item(members[j]))]));
                start = i;
            }
        }

        return groups;
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
