using System.Collections.Immutable;

namespace KbEngine.Core.Topology;

/// <summary>A typed relation between two nodes: a connector, dirsync, directory replication, a trust…</summary>
/// <param name="Type">The link type (<c>dirsync</c>).</param>
/// <param name="From">The id of the node it starts at.</param>
/// <param name="To">The id of the node it ends at.</param>
/// <param name="Attributes">The declared attributes it carries (<c>via</c> of an indirect postoffice).</param>
/// <param name="Path">Where it is in the topology file (<c>$.links[4]</c>).</param>
public sealed record TopologyLink(string Type, string From, string To, ImmutableDictionary<string, TopologyValue> Attributes, string Path);
