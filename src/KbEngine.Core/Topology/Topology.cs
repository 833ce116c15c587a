using System.Collections.Frozen;
using System.Collections.Immutable;

namespace KbEngine.Core.Topology;

/// <summary>A user's estate as a graph of typed nodes and links, validated against the topology types.</summary>
/// <remarks>Only <see cref="TopologyReader"/> builds one, so every topology that exists has passed validation.</remarks>
public sealed class Topology
{
    private readonly FrozenDictionary<string, TopologyNode> _byId;

    internal Topology(string? name, ImmutableArray<TopologyNode> nodes, ImmutableArray<TopologyLink> links)
    {
        Name = name;
        Nodes = nodes;
        Links = links;
        _byId = nodes.ToFrozenDictionary(node => node.Id, StringComparer.Ordinal);
    }

    /// <summary>The estate's name, or null.</summary>
    public string? Name { get; }

    /// <summary>The nodes, in file order.</summary>
    public ImmutableArray<TopologyNode> Nodes { get; }

    /// <summary>The links, in file order.</summary>
    public ImmutableArray<TopologyLink> Links { get; }

    /// <summary>The node with <paramref name="id"/>, or null.</summary>
    public TopologyNode? Node(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The nodes of a type.</summary>
    public IEnumerable<TopologyNode> NodesOfType(string type) => Nodes.Where(node => node.Type == type);

    /// <summary>The links of a type.</summary>
    public IEnumerable<TopologyLink> LinksOfType(string type) => Links.Where(link => link.Type == type);
}
