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
        var depths = new List<(int Questions, double Bits)>();
        var stack = new Stack<(TreeNode Node, int Questions, double Bits)>();
        stack.Push((Root, 0, 0));
        while (stack.Count > 0)
        {
            var (node, questions, bits) = stack.Pop();
            if (node.Kind == TreeNodeKind.Leaf)
            {
                depths.Add((questions, bits));
                continue;
            }

            // A node with one answer asks nothing.
            var asked = node.Children.Length > 1 ? 1 : 0;
            var information = node.Children.Length > 1 ? Math.Log2(node.Children.Length) : 0;
            foreach (var answer in node.Children)
            {
                stack.Push((_byId[answer.NodeId], questions + asked, bits + information));
            }
        }

        return depths.Count == 0
            ? new TreeStatistics(0, Nodes.Length, 0, 0, 0, 0, 0)
            : new TreeStatistics(
                depths.Count,
                Nodes.Length,
                depths.Average(d => d.Questions),
                depths.Max(d => d.Questions),
                depths.Count <= 1 ? 0 : Math.Log2(depths.Count),
                depths.Average(d => d.Bits),
                depths.Max(d => d.Bits));
    }
}
