namespace KbEngine.Core.Evaluation;

/// <summary><c>{"count": {"type": "exchange-site"}, "atLeast": 2}</c>: how many nodes of a type the estate has.</summary>
/// <param name="Type">The node type counted.</param>
/// <param name="AtLeast">The least count that passes, or null.</param>
/// <param name="AtMost">The greatest count that passes, or null.</param>
public sealed record CountPattern(string Type, int? AtLeast, int? AtMost) : Pattern
{
    /// <inheritdoc />
    public override IEnumerable<string> Binds => [];

    /// <inheritdoc />
    public override IEnumerable<Binding> Match(Topology.Topology topology, Binding binding)
    {
        ArgumentNullException.ThrowIfNull(topology);
        var count = topology.NodesOfType(Type).Count();
        return (AtLeast is null || count >= AtLeast) && (AtMost is null || count <= AtMost) ? [binding] : [];
    }
}
