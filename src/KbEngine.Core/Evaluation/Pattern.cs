using System.Collections.Immutable;

namespace KbEngine.Core.Evaluation;

/// <summary>A pattern over a topology: conditions' predicates, written as data in the vocabulary and in curated rules.</summary>
public abstract record Pattern
{
    /// <summary>The variables the pattern binds when it matches (those of its positive parts).</summary>
    public abstract IEnumerable<string> Binds { get; }

    /// <summary>Every extension of <paramref name="binding"/> under which the pattern holds in <paramref name="topology"/>.</summary>
    public abstract IEnumerable<Binding> Match(Topology.Topology topology, Binding binding);
}

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
}

/// <summary><c>{"link": "dirsync", "from": "?po", "to": "?site", "either": false}</c>: a link of a type between two nodes.</summary>
/// <param name="Type">The link type.</param>
/// <param name="From">The variable (or node id) it starts at.</param>
/// <param name="To">The variable (or node id) it ends at.</param>
/// <param name="Either">Whether the link may run either way.</param>
public sealed record LinkPattern(string Type, string From, string To, bool Either) : Pattern
{
    /// <inheritdoc />
    public override IEnumerable<string> Binds => new[] { From, To }.Where(Variables.IsVariable);

    /// <inheritdoc />
    public override IEnumerable<Binding> Match(Topology.Topology topology, Binding binding)
    {
        ArgumentNullException.ThrowIfNull(topology);
        foreach (var link in topology.LinksOfType(Type))
        {
            foreach (var (start, end) in Either ? [(link.From, link.To), (link.To, link.From)] : new[] { (link.From, link.To) })
            {
                if (Bind(binding, From, start) is { } withFrom && Bind(withFrom, To, end) is { } withBoth)
                {
                    yield return withBoth;
                }
            }
        }
    }

    private static Binding? Bind(Binding binding, string term, string id)
    {
        if (!Variables.IsVariable(term))
        {
            return term == id ? binding : null;
        }

        var bound = binding[term];
        return bound is null ? binding.With(term, id) : bound == id ? binding : null;
    }
}

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

/// <summary><c>{"not": {...}}</c>: passes when the inner pattern has no match for the current binding.</summary>
/// <param name="Inner">The pattern that must not match.</param>
public sealed record NotPattern(Pattern Inner) : Pattern
{
    /// <inheritdoc />
    public override IEnumerable<string> Binds => [];

    /// <inheritdoc />
    public override IEnumerable<Binding> Match(Topology.Topology topology, Binding binding) =>
        Inner.Match(topology, binding).Any() ? [] : [binding];
}

/// <summary><c>{"distinct": ["?a", "?b"]}</c>: the variables are bound to different nodes.</summary>
/// <param name="Variables">The variables that must differ.</param>
public sealed record DistinctPattern(ImmutableArray<string> Variables) : Pattern
{
    /// <inheritdoc />
    public override IEnumerable<string> Binds => [];

    /// <inheritdoc />
    public override IEnumerable<Binding> Match(Topology.Topology topology, Binding binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        var values = Variables.Select(variable => binding[variable]).OfType<string>().ToList();
        return values.Distinct(StringComparer.Ordinal).Count() == values.Count ? [binding] : [];
    }
}

/// <summary><c>{"all": [...]}</c>: every part matches, sharing variables (a join).</summary>
/// <param name="Parts">The parts, matched in order.</param>
public sealed record AllPattern(ImmutableArray<Pattern> Parts) : Pattern
{
    /// <inheritdoc />
    public override IEnumerable<string> Binds => Parts.SelectMany(part => part.Binds).Distinct(StringComparer.Ordinal);

    /// <inheritdoc />
    public override IEnumerable<Binding> Match(Topology.Topology topology, Binding binding)
    {
        IEnumerable<Binding> bindings = [binding];
        foreach (var part in Parts)
        {
            var current = bindings;
            bindings = current.SelectMany(candidate => part.Match(topology, candidate)).Distinct().ToList();
        }

        return bindings;
    }
}
