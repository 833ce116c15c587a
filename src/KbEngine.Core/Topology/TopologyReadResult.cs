using System.Collections.Immutable;

namespace KbEngine.Core.Topology;

/// <summary>A topology, or every problem that kept the file from being one.</summary>
/// <param name="Topology">The topology, or null when the file had problems.</param>
/// <param name="Problems">All the problems found, in file order.</param>
public sealed record TopologyReadResult(Topology? Topology, ImmutableArray<TopologyProblem> Problems)
{
    /// <summary>Whether the file is a valid topology.</summary>
    public bool IsValid => Topology is not null;
}
