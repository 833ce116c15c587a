using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace KbEngine.Core.Tree;

/// <summary>
/// Builds the corpus decision tree: the root asks for the product, a product node for the problem
/// area, and below each area the yes/no question that best splits the remaining articles, until
/// one article is left (or no question tells the rest apart: then a choice among their titles).
/// </summary>
/// <remarks>
/// Every article is equally likely a priori, so the question with the most information is the one
/// whose yes-share is closest to one half. Features are numbered by key, and ties go to the lower
/// number, so the same content always gives the same tree.
/// </remarks>
public static class DecisionTreeBuilder
{
    /// <summary>Builds the tree over the given articles.</summary>
    public static DecisionTree Build(IReadOnlyList<TreeLeaf> leaves)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        var nodes = new List<TreeNode> { Node("root", null, TreeNodeKind.Root, "All products", "Which product?", null) };
        var products = ImmutableArray.CreateBuilder<TreeAnswer>();
        var productGroups = leaves.GroupBy(l => l.Product, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(product => (Product: product, Areas: product.GroupBy(l => l.Area, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToArray()))
            .ToArray();

        // Areas do not depend on each other, so they are built on all cores and put together in order.
        var areaGroups = productGroups.SelectMany(p => p.Areas.Select(area => (ProductId: ProductNodeId(p.Product.Key), Area: area))).ToArray();
        var subtrees = new IReadOnlyList<TreeNode>[areaGroups.Length];
        try
        {
            Parallel.For(0, areaGroups.Length, i => subtrees[i] = BuildArea(areaGroups[i].ProductId, [.. areaGroups[i].Area]));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // Callers see what BuildArea threw, as when areas were built one after another.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        var next = 0;
        foreach (var (product, productAreas) in productGroups)
        {
            var name = product.First().ProductName;
            var productId = ProductNodeId(product.Key);
            var productAt = nodes.Count;
            nodes.Add(Node(productId, "root", TreeNodeKind.Product, name, $"Which kind of {name} problem?", null));
            var areas = ImmutableArray.CreateBuilder<TreeAnswer>();
            foreach (var area in productAreas)
            {
                var subtree = subtrees[next++];
                areas.Add(new TreeAnswer(area.Key, subtree[0].Id, subtree[0].Articles));
                nodes.AddRange(subtree);
            }

            nodes[productAt] = nodes[productAt] with { Children = areas.ToImmutable(), Articles = product.Count() };
            products.Add(new TreeAnswer(name, productId, product.Count()));
        }

        nodes[0] = nodes[0] with { Children = products.ToImmutable(), Articles = leaves.Count };
        return new DecisionTree(nodes);
    }

    /// <summary>The id of a product's node.</summary>
    public static string ProductNodeId(string product) => $"product:{product}";

    /// <summary>
    /// The subtree of one problem area of one product, its node first, then the rest in the order
    /// a walk from the top meets them. It depends only on the area's own articles (questions are
    /// numbered and worded from them alone), so an update can rebuild one area and get what a
    /// full build would.
    /// </summary>
    /// <param name="productNodeId">The product node it hangs from.</param>
    /// <param name="members">The area's articles (same product and area), in content order.</param>
    public static IReadOnlyList<TreeNode> BuildArea(string productNodeId, IReadOnlyList<TreeLeaf> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
        {
            throw new ArgumentException("an area has at least one article", nameof(members));
        }

        var keys = members.SelectMany(l => l.Features).Select(f => f.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var ids = keys.Select((key, i) => (key, i)).ToDictionary(p => p.key, p => p.i, StringComparer.Ordinal);
        var questions = new string[keys.Count];
        foreach (var feature in members.SelectMany(l => l.Features))
        {
            questions[ids[feature.Key]] ??= feature.Question;
        }

        var features = members.Select(l => l.Features.Select(f => ids[f.Key]).ToArray()).ToArray();
        var context = new BuildContext(members, features, keys, questions, new int[keys.Count], []);
        var area = members[0].Area;
        var id = members.Count == 1 ? members[0].ArticleId : $"area:{members[0].Product}:{area}";
        Split(context, productNodeId, area, [.. Enumerable.Range(0, members.Count)], id, TreeNodeKind.Area);
        return [.. context.Order.Select(n => context.Nodes[n])];
    }

    private static TreeNode Node(string id, string? parent, TreeNodeKind kind, string label, string? question, string? questionKey) =>
        new(id, parent, kind, label, question, questionKey, [], 0, null);

    /// <summary>The node for a set of articles, reached from <paramref name="parent"/> by <paramref name="label"/>; returns its id.</summary>
    private static string Split(BuildContext context, string parent, string label, List<int> members, string? id = null, TreeNodeKind kind = TreeNodeKind.Question)
    {
        id ??= StableId(parent, label);
        if (members.Count == 1)
        {
            var leaf = context.Leaves[members[0]];
            context.Add(parent, TreeNodeKind.Leaf, label, null, null, leaf.ArticleId);
            context.Complete(leaf.ArticleId, [], 1, leaf.ArticleId);
            return leaf.ArticleId;
        }

        var best = BestQuestion(context, members);
        if (best < 0)
        {
            context.Add(parent, TreeNodeKind.Choice, label, "Which of these describes it?", null, id);
            var choices = members.Select(m => new TreeAnswer(context.Leaves[m].Title, Split(context, id, context.Leaves[m].ArticleId, [m]), 1)).ToImmutableArray();
            context.Complete(id, choices, members.Count);
            return id;
        }

        context.Add(parent, kind, label, context.Questions[best], context.Keys[best], id);
        var yes = members.Where(m => context.Features[m].Contains(best)).ToList();
        var no = members.Where(m => !context.Features[m].Contains(best)).ToList();
        var yesId = Split(context, id, "yes", yes);
        var noId = Split(context, id, "no", no);
        context.Complete(id, [new TreeAnswer("yes", yesId, yes.Count), new TreeAnswer("no", noId, no.Count)], members.Count);
        return id;
    }

    /// <summary>The feature whose yes-share among <paramref name="members"/> is closest to half, or -1 when none splits them.</summary>
    private static int BestQuestion(BuildContext context, List<int> members)
    {
        var counts = context.Counts;
        var touched = new List<int>();
        foreach (var member in members)
        {
            foreach (var feature in context.Features[member])
            {
                if (counts[feature]++ == 0)
                {
                    touched.Add(feature);
                }
            }
        }

        var best = -1;
        var bestBalance = 0;
        foreach (var feature in touched)
        {
            var balance = Math.Min(counts[feature], members.Count - counts[feature]);
            if (balance > bestBalance || (balance == bestBalance && balance > 0 && feature < best))
            {
                best = feature;
                bestBalance = balance;
            }

            counts[feature] = 0;
        }

        return best;
    }

    private static string StableId(string parent, string label) =>
        "n" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{parent}\n{label}")).AsSpan(0, 6));

    private sealed record BuildContext(
        IReadOnlyList<TreeLeaf> Leaves, int[][] Features, List<string> Keys, string[] Questions, int[] Counts, List<string> Order)
    {
        public Dictionary<string, TreeNode> Nodes { get; } = new(StringComparer.Ordinal);

        public string Add(string parent, TreeNodeKind kind, string label, string? question, string? questionKey, string id)
        {
            Nodes[id] = Node(id, parent, kind, label, question, questionKey);
            Order.Add(id);
            return id;
        }

        public void Complete(string id, ImmutableArray<TreeAnswer> children, int articles, string? articleId = null) =>
            Nodes[id] = Nodes[id] with { Children = children, Articles = articles, ArticleId = articleId };
    }
}
