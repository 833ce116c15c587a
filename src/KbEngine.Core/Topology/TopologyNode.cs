using System.Collections.Immutable;

namespace KbEngine.Core.Topology;

/// <summary>An element of the estate: a site, a server, a postoffice, a gateway, a client…</summary>
/// <param name="Id">The node's id, unique in the topology (<c>EX1</c>).</param>
/// <param name="Type">The node type (<c>exchange-server</c>).</param>
/// <param name="Attributes">The declared attributes it carries, validated against its type.</param>
/// <param name="Path">Where it is in the topology file (<c>$.nodes[3]</c>).</param>
public sealed record TopologyNode(string Id, string Type, ImmutableDictionary<string, TopologyValue> Attributes, string Path);
