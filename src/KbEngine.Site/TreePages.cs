using KbEngine.Core.Tree;
using KbEngine.Site.Views;

namespace KbEngine.Site;

/// <summary>
/// The decision tree as static pages, one per question, whose answers are plain links: the
/// troubleshooter works with JavaScript off, and every step has an address to share.
/// </summary>
/// <remarks>A leaf is not a page of its own: the answer that reaches it links to the article.</remarks>
internal sealed class TreePages
{
    private readonly DecisionTree _tree;
    private readonly Dictionary<string, string> _urls = new(StringComparer.Ordinal);

    public TreePages(DecisionTree tree)
    {
        _tree = tree;
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in tree.Nodes)
        {
            if (node.Kind == TreeNodeKind.Leaf)
            {
                _urls[node.Id] = SiteUrls.Article(node.ArticleId ?? node.Id);
                continue;
            }

            var url = node.ParentId is null ? SiteUrls.Tree : $"{SiteUrls.Tree}{SiteUrls.Slug(node.Id)}/";
            // Ids differ in case or punctuation only rarely; a number keeps such pages apart.
            for (var n = 2; !taken.Add(url); n++)
            {
                url = $"{SiteUrls.Tree}{SiteUrls.Slug(node.Id)}-{n}/";
            }

            _urls[node.Id] = url;
        }
    }

    /// <summary>The number of pages.</summary>
    public int Count => _tree.Nodes.Count(n => n.Kind != TreeNodeKind.Leaf);

    /// <summary>The URL of a node (an article's for a leaf), or null.</summary>
    public string? UrlOf(string nodeId) => _urls.GetValueOrDefault(nodeId);

    /// <summary>For each article, the page whose answer leads to it.</summary>
    public IReadOnlyDictionary<string, string> LeafPlaces() =>
        _tree.Nodes.Where(n => n.Kind == TreeNodeKind.Leaf && n.ParentId is not null)
            .GroupBy(n => n.ArticleId ?? n.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => _urls[g.First().ParentId!], StringComparer.Ordinal);

    /// <summary>The URL of every page.</summary>
    public IEnumerable<string> PageUrls() => _tree.Nodes.Where(n => n.Kind != TreeNodeKind.Leaf).Select(n => _urls[n.Id]);

    /// <summary>Writes the pages of the nodes <paramref name="only"/> accepts (all by default).</summary>
    public void Write(PageWriter writer, SiteCatalog catalog, Func<TreeNode, bool>? only = null)
    {
        Parallel.ForEach(_tree.Nodes.Where(n => n.Kind != TreeNodeKind.Leaf && (only is null || only(n))), node =>
        {
            var path = new List<LinkItem>();
            for (var at = node; at.ParentId is { } parent && _tree.Node(parent) is { } up; at = up)
            {
                path.Add(new LinkItem(at.Label, _urls[at.Id]));
            }

            path.Add(new LinkItem("All products", SiteUrls.Tree));
            path.Reverse();
            var answers = node.Children.Select(answer =>
            {
                var child = _tree.Node(answer.NodeId);
                var isArticle = child?.Kind == TreeNodeKind.Leaf;
                var articleId = child?.ArticleId ?? answer.NodeId;
                var url = isArticle && !catalog.Has(articleId) ? null : _urls.GetValueOrDefault(answer.NodeId);
                return new LinkItem(answer.Label, url, isArticle ? articleId : null, answer.Articles);
            }).ToList();
            var page = new TreeNodePage(node.Id, node.Kind.ToString().ToLowerInvariant(), node.Label, Question(node), node.Articles, path, answers);
            writer.WritePage(_urls[node.Id], "tree", page, page.Question);
        });
    }

    private static string Question(TreeNode node) => node.Question ?? node.Kind switch
    {
        TreeNodeKind.Root => "Which product is the problem with?",
        TreeNodeKind.Product => "Which part of the product?",
        TreeNodeKind.Choice => "Which of these articles describes your problem?",
        _ => "Which of these fits?",
    };
}
