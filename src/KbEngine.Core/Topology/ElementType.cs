using System.Collections.Immutable;

namespace KbEngine.Core.Topology;

/// <summary>A node or link type of the topology vocabulary, with its declared attributes.</summary>
/// <param name="Name">The type's name (<c>exchange-server</c>, <c>dirsync</c>).</param>
/// <param name="Attributes">The attributes the type may carry, by name.</param>
/// <param name="From">For a link type, the node types it may start at; empty for a node type.</param>
/// <param name="To">For a link type, the node types it may end at; empty for a node type.</param>
public sealed record ElementType(
    string Name,
    ImmutableDictionary<string, AttributeType> Attributes,
    ImmutableArray<string> From,
    ImmutableArray<string> To);
