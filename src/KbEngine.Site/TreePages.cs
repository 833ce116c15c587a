using KbEngine.Core.Tree;
using KbEngine.Site.Views;

namespace KbEngine.Site;

/// <summary>
/// The decision tree as static pages, one per question, whose answers are plain links: the
/// troubleshooter works with JavaScript off, and every step has an address to share.
/// </summary>
/// <remarks>
/// A leaf is not a page of its own: the answer that reaches it links to the article. URLs come
/// from the tree's outline alone (ids, parents, kinds), numbered in id order where two slugs
/// meet, so an incremental build gives every page the address a full build would without
/// reading every node.
/// </remarks>
internal sealed class TreePages
{
    private readonly Func<string, TreeNode?> _node;
    private readonly Dictionary<string, (string? Parent, TreeNodeKind Kind, string? ArticleId)> _outline = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _urls = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, LinkItem[]> _crumbs = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, string>? _places;

    /// <param name="outline">Every node of the tree: id, parent, kind and, for a leaf, its article.</param>
    /// <param name="node">Reads a whole node, for the pages written.</param>
    public TreePages(IEnumerable<(string Id, string? Parent, TreeNodeKind Kind, string? ArticleId)> outline, Func<string, TreeNode?> node)
    {
        _node = node;
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, parent, kind, articleId) in outline.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            _outline[id] = (parent, kind, articleId);
            if (kind == TreeNodeKind.Leaf)
            {
                _urls[id] = SiteUrls.Article(articleId ?? id);
                continue;
            }

            // A page is a file of tree/, not a folder of its own: 59,544 folders fewer to make on the archive's site.
            var url = parent is null ? SiteUrls.Tree : $"{SiteUrls.Tree}{SiteUrls.Slug(id)}.html";
            // Ids differ in case or punctuation only rarely; a number keeps such pages apart.
            for (var n = 2; !taken.Add(url); n++)
            {
                url = $"{SiteUrls.Tree}{SiteUrls.Slug(id)}-{n}.html";
            }

            _urls[id] = url;
        }
    }

    /// <summary>The pages of a whole tree in memory.</summary>
    public TreePages(DecisionTree tree)
        : this(tree.Nodes.Select(n => (n.Id, n.ParentId, n.Kind, n.ArticleId)), ById(tree).GetValueOrDefault)
    {
    }

    /// <summary>The number of pages.</summary>
    public int Count => _outline.Values.Count(n => n.Kind != TreeNodeKind.Leaf);

    /// <summary>The URL of a node (an article's for a leaf), or null.</summary>
    public string? UrlOf(string nodeId) => _urls.GetValueOrDefault(nodeId);

    /// <summary>The URL of every page.</summary>
    public IEnumerable<string> PageUrls() => _outline.Where(n => n.Value.Kind != TreeNodeKind.Leaf).Select(n => _urls[n.Key]);

    /// <summary>The page whose answer leads to an article, or null.</summary>
    public string? PlaceOf(string articleId) => (_places ??= LeafPlaces()).GetValueOrDefault(articleId);

    /// <summary>For each article, the page whose answer leads to it.</summary>
    public IReadOnlyDictionary<string, string> LeafPlaces() =>
        _outline.Where(n => n.Value.Kind == TreeNodeKind.Leaf && n.Value.Parent is not null)
            .GroupBy(n => n.Value.ArticleId ?? n.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => _urls[g.OrderBy(n => n.Key, StringComparer.Ordinal).First().Value.Parent!], StringComparer.Ordinal);

    /// <summary>The nodes a page of each of <paramref name="ids"/> shows: the node and those above it.</summary>
    public IEnumerable<string> Above(IEnumerable<string> ids)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            for (var at = id; at is not null && seen.Add(at); at = _outline.GetValueOrDefault(at).Parent)
            {
                yield return at;
            }
        }
    }

    /// <summary>Writes the pages of the nodes <paramref name="only"/> accepts (all by default).</summary>
    public void Write(PageWriter writer, SiteCatalog catalog, Func<string, bool>? only = null)
    {
        var pages = _outline.Where(n => n.Value.Kind != TreeNodeKind.Leaf && (only is null || only(n.Key))).Select(n => n.Key).ToList();
        Parallel.ForEach(pages, id =>
        {
            var node = _node(id) ?? throw new SiteBuildException($"tree node {id} is in the outline but cannot be read");
            var path = Crumbs(node);
            var answers = node.Children.Select(answer =>
            {
                var child = _outline.GetValueOrDefault(answer.NodeId);
                var isArticle = child.Kind == TreeNodeKind.Leaf;
                var articleId = child.ArticleId ?? answer.NodeId;
                var url = isArticle && !catalog.Has(articleId) ? null : _urls.GetValueOrDefault(answer.NodeId);
                return new LinkItem(answer.Label, url, isArticle ? articleId : null, answer.Articles);
            }).ToList();
            var page = new TreeNodePage(node.Id, node.Kind.ToString().ToLowerInvariant(), node.Label, Question(node), node.Articles, path, answers);
            writer.WritePage(_urls[node.Id], "tree", page, page.Question);
        });
    }

    /// <summary>
    /// The answers from the root to <paramref name="node"/>, each a link, after "All products".
    /// Each node's are kept for the pages below it: a page's are its parent's and one more, and
    /// walking up from every page read a node and its URL 1.8 million times on the archive.
    /// </summary>
    private LinkItem[] Crumbs(TreeNode node)
    {
        if (_crumbs.TryGetValue(node.Id, out var known))
        {
            return known;
        }

        LinkItem[] crumbs = node.ParentId is { } parent && _node(parent) is { } up
            ? [.. Crumbs(up), new LinkItem(node.Label, _urls[node.Id])]
            : [new LinkItem("All products", SiteUrls.Tree)];
        return _crumbs.GetOrAdd(node.Id, crumbs);
    }

    /// <summary>
    /// The tree's nodes in a plain dictionary: each page reads its node, its parent (for the
    /// crumbs) and, through the outline, its answers; the tree's own immutable map was 3% of a
    /// build's CPU when every page also read every node above it.
    /// </summary>
    private static Dictionary<string, TreeNode> ById(DecisionTree tree) => tree.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);

    private static string Question(TreeNode node) => node.Question ?? node.Kind switch
    {
        TreeNodeKind.Root => "Which product is the problem with?",
        TreeNodeKind.Product => "Which part of the product?",
        TreeNodeKind.Choice => "Which of these articles describes your problem?",
        _ => "Which of these fits?",
    };
}
