using System.Collections.Immutable;

namespace KbEngine.Core.Tree;

/// <summary>The corpus decision tree: product → problem area → yes/no questions → article leaves.</summary>
public sealed class DecisionTree
{
    private readonly ImmutableDictionary<string, TreeNode> _byId;

    /// <summary>Holds the given nodes; the first is the root.</summary>
    public DecisionTree(IReadOnlyList<TreeNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        Nodes = [.. nodes];
        _byId = Nodes.ToImmutableDictionary(node => node.Id, StringComparer.Ordinal);
        Root = Nodes[0];
        Statistics = Measure();
    }

    /// <summary>Every node, parents before children.</summary>
    public ImmutableArray<TreeNode> Nodes { get; }

    /// <summary>The root.</summary>
    public TreeNode Root { get; }

    /// <summary>The shape of the tree.</summary>
    public TreeStatistics Statistics { get; }

    /// <summary>A node by id, or null.</summary>
    public TreeNode? Node(string id) => _byId.GetValueOrDefault(id);

    private TreeStatistics Measure()
    {
        var depths = new List<int>();
        var stack = new Stack<(TreeNode Node, int Depth)>();
        stack.Push((Root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (node.Kind == TreeNodeKind.Leaf)
            {
                depths.Add(depth);
                continue;
            }

            // A node with one answer asks nothing.
            var asked = node.Children.Length > 1 ? 1 : 0;
            foreach (var answer in node.Children)
            {
                stack.Push((_byId[answer.NodeId], depth + asked));
            }
        }

        return new TreeStatistics(
            depths.Count,
            Nodes.Length,
            depths.Count == 0 ? 0 : depths.Average(),
            depths.Count == 0 ? 0 : depths.Max(),
            depths.Count <= 1 ? 0 : Math.Log2(depths.Count));
    }
}
