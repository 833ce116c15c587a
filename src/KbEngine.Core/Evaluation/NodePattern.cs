using System.Collections.Immutable;

namespace KbEngine.Core.Evaluation;

/// <summary><c>{"node": "?po", "type": "msmail-postoffice", "where": {...}}</c>: a node of a type, with attribute tests.</summary>
/// <param name="Variable">The variable the node binds to.</param>
/// <param name="Type">The node type, or null for any.</param>
/// <param name="Where">Attribute tests the node must pass.</param>
public sealed record NodePattern(string Variable, string? Type, ImmutableArray<AttributeTest> Where) : Pattern
{
    /// <inheritdoc />
    public override IEnumerable<string> Binds => [Variable];

    /// <inheritdoc />
    public override IEnumerable<Binding> Match(Topology.Topology topology, Binding binding)
    {
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(binding);
        var bound = binding[Variable];
        IEnumerable<Topology.TopologyNode> candidates = bound is not null
            ? new[] { topology.Node(bound) }.OfType<Topology.TopologyNode>()
            : Type is null ? topology.Nodes : topology.NodesOfType(Type);
        foreach (var node in candidates)
        {
            if ((Type is null || node.Type == Type) && Where.All(test => test.Passes(node) == true))
            {
                yield return bound is null ? binding.With(Variable, node.Id) : binding;
            }
        }
    }

    /// <inheritdoc />
    /// <remarks>The node and the tests it passed: <c>EX1 servicePack atLeast 4</c>.</remarks>
    public override string Describe(Binding binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        var node = binding[Variable] ?? Variable;
        return Where.IsEmpty ? $"{node} is a {Type ?? "node"}" : $"{node} {string.Join(", ", Where)}";
    }
}
